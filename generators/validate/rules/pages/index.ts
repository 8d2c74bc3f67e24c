import type { Rule } from '../rule';
import { pageMarkdownCopy } from './page-markdown-copy';

export const pageRules: readonly Rule[] = [pageMarkdownCopy];
