import type { Document } from '../types.js'

/** A file that was read and parsed. */
export interface CorpusDocument<T = Document> {
  /** Item type. */
  type: 'document'
  /** Absolute path of the file. */
  path: string
  /**
   * The parsed article; problems in its text are in `document.diagnostics`.
   * With a `parse` option of `readCorpus`, what it returned.
   */
  document: T
}

/**
 * A file that could not be read or was skipped, a folder that could not be
 * read, a broken link, or an input that matched no file. The run goes on after it.
 */
export interface CorpusFailure {
  /** Item type. */
  type: 'failure'
  /** Absolute path of the file, folder or link, or the input as given when it matched no file. */
  path: string
  /** What went wrong, in one sentence naming the path. */
  message: string
  /**
   * Error code in Node's style: `ENOENT` (missing, a broken symbolic link, or
   * an input that matched no file), `EACCES` (permission denied, for a file or
   * a folder), `EISDIR` (a directory), `EINVAL` (not a regular file, such as a
   * FIFO), `ELOOP` (a symbolic link in a loop), `EFBIG` (over `maxFileSize`),
   * `ERR_LINK_OUTSIDE` (a symbolic link leading outside the input folders,
   * skipped), `ERR_PARSE` (parsing threw), `UNKNOWN` when the error had no code.
   */
  code: string
}

/** What {@link readCorpus} yields for each file. */
export type CorpusItem<T = Document> = CorpusDocument<T> | CorpusFailure
