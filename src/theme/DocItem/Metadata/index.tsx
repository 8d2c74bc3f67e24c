import Head from '@docusaurus/Head';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type { WrapperProps } from '@docusaurus/types';
import type { ReactNode } from 'react';
import { markdownCopyUrl } from '../../../markdown-copy/copy-url';

type Props = WrapperProps<typeof MetadataType>;

/**
 * Every doc page links its Markdown copy in the head (rendered at build time, so
 * it is in the static HTML): `<link rel="alternate" type="text/markdown">`. The
 * generators write each copy at the same URL (src/markdown-copy/copy-url.ts).
 */
export default function MetadataWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  // The permalink includes the base URL, and static files are served under it too.
  const href = markdownCopyUrl(metadata.permalink);
  return (
    <>
      <Metadata {...props} />
      <Head>
        <link rel="alternate" type="text/markdown" href={href} />
      </Head>
    </>
  );
}
