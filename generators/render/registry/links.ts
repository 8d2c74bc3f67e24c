import type { PhrasingContent } from 'mdast';
import { code, link, text } from '../markdown/mdast';
import { pagePath, relativeLink } from '../page-paths';

/** A link from `fromPage` to a member's page, named by the member. */
export function memberLink(fromPage: string, name: string): PhrasingContent {
  return link(relativeLink(fromPage, pagePath.member(name)), text(name));
}

/** A link from `fromPage` to a contract's page, its id as code. */
export function contractLink(fromPage: string, id: string): PhrasingContent {
  return link(relativeLink(fromPage, pagePath.contract(id)), code(id));
}

/** A link to a contract id when it has a page, plain code otherwise (an id the doctor already reported). */
export function contractRef(fromPage: string, id: string, known: ReadonlySet<string>): PhrasingContent {
  return known.has(id) ? contractLink(fromPage, id) : code(id);
}
