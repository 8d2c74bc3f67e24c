import type { PlanGenerator } from '../generator';
import { generatedNotice } from '../header';
import { serializeCopy } from '../markdown/serialize';
import { htmlComment, intro, LLMS_FULL_TXT } from './llms-txt';
import { MACHINE_SOURCES, pageUrls, sitePages } from './site-pages';

/**
 * `/llms-full.txt`: every page's Markdown copy in sidebar order (the order of
 * llms.txt), each after a rule and the URL of its page, without its own notice.
 * It reads the copies from the plan, so it runs after every other generator:
 * each copy is rendered once, from its page's tree.
 */
export const llmsFullTxt: PlanGenerator = {
  name: 'render/machines/llms-full-txt.ts',
  render(catalog, planned) {
    const parts = [htmlComment(generatedNotice(this.name, MACHINE_SOURCES)), serializeCopy({ type: 'root', children: intro(catalog) }).trimEnd()];
    for (const page of sitePages(catalog)) {
      const copy = planned.get(page.copyPath);
      if (copy === undefined) throw new Error(`llms-full.txt: no Markdown copy ${page.copyPath} was planned for ${page.route}`);
      parts.push(`---\n\nSource: <${pageUrls(page.route).page}>\n\n${withoutNotice(copy).trimEnd()}`);
    }
    return new Map([[LLMS_FULL_TXT, parts.join('\n\n') + '\n']]);
  },
};

/** A copy starts with its notice, an HTML comment on the first line. */
function withoutNotice(copy: string): string {
  return copy.startsWith('<!--') ? copy.slice(copy.indexOf('-->') + 3).replace(/^\n+/, '') : copy;
}
