import { existsSync } from 'node:fs';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { themes as prismThemes } from 'prism-react-renderer';
import { SITE_URL } from './generators/model/contract-id';
import validatorPlugin from './src/plugins/validator';
import { groupLargeCategories } from './src/sidebar/group-large-categories';

/** Navbar entries for the generated sections that exist (a link to a missing page fails the build). */
const sections: Array<[dir: string, label: string]> = [
  ['registry', 'Registry'],
  ['contracts', 'Contracts'],
  ['plugins', 'Plugins'],
  ['decisions', 'Decisions'],
];

const config: Config = {
  title: 'Ecosystem Ops Manual',
  tagline: 'Decision registry and contract catalog of the pipeline ecosystem',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: '/',
  trailingSlash: undefined,
  future: { v4: true },
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    mermaid: true,
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          async sidebarItemsGenerator({ defaultSidebarItemsGenerator, ...args }) {
            return groupLargeCategories(await defaultSidebarItemsGenerator(args));
          },
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      { hashed: true, indexBlog: false, docsRouteBasePath: '/', highlightSearchTermsOnTargetPage: false },
    ],
  ],
  plugins: [validatorPlugin],
  themeConfig: {
    navbar: {
      title: 'Ecosystem Ops Manual',
      items: [
        { to: '/', label: 'Manual', position: 'left', activeBaseRegex: '^/$' },
        ...sections
          .filter(([dir]) => existsSync(`${__dirname}/docs/${dir}/index.md`))
          .map(([dir, label]) => ({ to: `/${dir}/`, label, position: 'left' as const })),
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Generated pages are built from the sources in adr/, schemas/ and registry/.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula, additionalLanguages: ['json', 'bash'] },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
  } satisfies Preset.ThemeConfig,
};

export default config;
