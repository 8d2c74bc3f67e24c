import { SOURCE_LIMITS } from './source-limits';

/**
 * Thrown by a `SourceReader` for a file it refuses to hand over (a symlink, a
 * file over the size limit, bytes that are not UTF-8); the loader turns it into
 * a diagnostic with this code.
 */
export class SourceRejected extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export function symlinkRefusal(): SourceRejected {
  return new SourceRejected('SOURCE_SYMLINK', 'This is a symbolic link; sources are read only from files inside the repository, never through links.', 'Replace the link with the file or folder itself (or remove it).');
}

export function tooLarge(size: number): SourceRejected {
  return new SourceRejected('SOURCE_TOO_LARGE', `The file holds ${size} bytes, over the limit of ${SOURCE_LIMITS.fileBytes} bytes for one source.`, 'Split it (a contract per bus, an ADR per decision) or move bulk data out of the sources.');
}
