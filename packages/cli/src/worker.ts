// A worker thread of `--jobs` for the corpus layout: parses the files it is sent as `readCorpus` would, and sends back the document.
import type { FileParseOptions } from '@corpus/core/node'
import { parseInput } from './markdown-input.js'
import { serve } from './serve.js'

/** One file to parse. */
export interface ParseRequest {
  bytes: Uint8Array
  file: string
  options: FileParseOptions
}

serve(({ bytes, file, options }: ParseRequest) => parseInput(bytes, file, options))
