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

/** A file that could not be read, or an input that matched no file. The run goes on after it. */
export interface CorpusFailure {
  /** Item type. */
  type: 'failure'
  /** Absolute path of the file, or the input as given when it matched no file. */
  path: string
  /** What went wrong, in one sentence naming the path. */
  message: string
  /**
   * Error code in Node's style: `ENOENT` (missing, or an input that matched no
   * file), `EACCES` (permission denied), `EISDIR` (a directory), `EINVAL` (not a
   * regular file, such as a FIFO), `UNKNOWN` when the error had no code.
   */
  code: string
}

/** What {@link readCorpus} yields for each file. */
export type CorpusItem<T = Document> = CorpusDocument<T> | CorpusFailure
