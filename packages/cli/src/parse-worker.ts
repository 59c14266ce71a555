// A worker thread of `--jobs`: parses the bytes it is sent, as `readCorpus` would, and sends the document back.
import { parentPort } from 'node:worker_threads'
import { parseBytes, type FileParseOptions } from '@corpus/core/node'

/** What the pool sends: one file to parse. */
export interface ParseRequest {
  id: number
  bytes: Uint8Array
  file: string
  options: FileParseOptions
}

parentPort?.on('message', ({ id, bytes, file, options }: ParseRequest) => {
  try {
    parentPort?.postMessage({ id, document: parseBytes(bytes, file, options) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
