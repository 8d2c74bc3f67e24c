/** The part of a webpack or Rspack compiler this plugin uses (both ship the same API). */
interface Compiler {
  readonly webpack: { readonly WebpackError: new (message: string) => Error };
  readonly hooks: { readonly thisCompilation: { tap(name: string, fn: (compilation: Compilation) => void): void } };
}
interface Compilation {
  readonly errors: Error[];
  readonly hooks: { readonly processAssets: { tap(name: string, fn: () => void): void } };
}

const NAME = 'ops-manual-source-problems';

/**
 * Shows the sources' problems in the browser during `npm start`: each client
 * compilation gets them as one compilation error, which the dev server's overlay
 * displays (and clears after the next compilation without them). The error's
 * message is the report `check` prints and carries no stack: it is made a
 * compilation error precisely so that no JavaScript frame is involved.
 * `current` is read at every compilation, since the bundler is configured once
 * and the report changes with every edit.
 */
export class SourceProblemsOverlay {
  constructor(private readonly current: () => string | undefined) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(NAME, () => {
        const report = this.current();
        if (report === undefined) return;
        const error = new compiler.webpack.WebpackError(`The sources of the manual have problems; the pages show the last valid state until they are fixed:\n${report}`);
        error.stack = '';
        compilation.errors.push(error);
      });
    });
  }
}
