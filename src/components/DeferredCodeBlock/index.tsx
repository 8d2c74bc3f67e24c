import BrowserOnly from '@docusaurus/BrowserOnly';
import CodeBlock from '@theme/CodeBlock';
import React, { type ReactNode } from 'react';

/**
 * A code block highlighted in the browser (see `deferredCodeBlock` in
 * generators/render/markdown/mdast.ts for why). Before hydration, and without
 * JavaScript, the same code shows as plain preformatted text.
 */
export default function DeferredCodeBlock({ language, value }: { readonly language: string; readonly value: string }): ReactNode {
  return (
    <BrowserOnly
      fallback={
        <pre className={`language-${language}`}>
          <code>{value}</code>
        </pre>
      }
    >
      {() => <CodeBlock language={language}>{value}</CodeBlock>}
    </BrowserOnly>
  );
}
