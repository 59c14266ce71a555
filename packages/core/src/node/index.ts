/**
 * `@corpus/core/node`: reading corpus files from disk. Node only; the main
 * entry `@corpus/core` stays free of Node built-ins.
 */
export { readCorpus, type ReadCorpusOptions } from './read-corpus.js'
export type { CorpusItem, CorpusDocument, CorpusFailure } from './corpus-item.js'
export { parseFile } from './parse-file.js'
export { parseBytes, type FileParseOptions } from './parse-bytes.js'
export { ReadError } from './read-error.js'
