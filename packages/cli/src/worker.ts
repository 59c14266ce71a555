// A worker thread of `--jobs`: parses the files it is sent as `readCorpus`
// would, and sends back the document, or, given a render plan, its formats' text.
import { parentPort, workerData } from 'node:worker_threads'
import type { FileParseOptions } from '@corpus/core/node'
import { parseInput } from './markdown-input.js'
import { renderer, type RenderPlan } from './render.js'

/** What the pool sends: one file to parse. */
export interface WorkerRequest {
  id: number
  bytes: Uint8Array
  file: string
  options: FileParseOptions
}

/** What the worker sends back: its result, or why there is none. */
export type WorkerReply<T> = { id: number; result: T } | { id: number; error: string }

const plan = workerData as RenderPlan | null
const make = plan === null ? null : renderer(plan)

parentPort?.on('message', ({ id, bytes, file, options }: WorkerRequest) => {
  try {
    const document = parseInput(bytes, file, options)
    parentPort?.postMessage({ id, result: make === null ? document : make(document) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
