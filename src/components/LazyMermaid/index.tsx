import BrowserOnly from '@docusaurus/BrowserOnly';
import React, { lazy, Suspense, type ReactNode } from 'react';

// Imported lazily so that pages reference one shared async chunk instead of each
// pulling the Mermaid library into its own module graph: with a diagram on every
// member page, the static import made the bundler's work grow with the page count.
const Mermaid = lazy(() => import('@theme/Mermaid'));

/** A Mermaid diagram rendered in the browser, like a ```mermaid code fence. */
export default function LazyMermaid({ value }: { readonly value: string }): ReactNode {
  return (
    <BrowserOnly>
      {() => (
        <Suspense fallback={null}>
          <Mermaid value={value} />
        </Suspense>
      )}
    </BrowserOnly>
  );
}
