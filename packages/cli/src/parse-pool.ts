import { Worker } from 'node:worker_threads'
import type { Document } from '@corpus/core'
import type { FileParseOptions } from '@corpus/core/node'
import type { ParseRequest } from './parse-worker.js'

type Reply = { id: number; document: Document } | { id: number; error: string }

/**
 * Worker threads that parse files for `readCorpus` (its `parse` option): the
 * reading, exporting and writing stay on the main thread, in order.
 */
export class ParsePool {
  readonly #workers: Worker[]
  readonly #waiting = new Map<number, { resolve: (document: Document) => void; reject: (error: Error) => void }>()
  #next = 0

  constructor(size: number) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./parse-worker.js', import.meta.url))
      worker.on('message', (reply: Reply) => this.#settle(reply))
      worker.on('error', (error) => this.#failAll(error))
      return worker
    })
  }

  /** Parses `bytes` in the next worker, in turn. */
  parse = (bytes: Uint8Array, file: string, options: FileParseOptions): Promise<Document> => {
    const id = this.#next++
    const worker = this.#workers[id % this.#workers.length]
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      const request: ParseRequest = { id, bytes, file, options }
      worker?.postMessage(request)
    })
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }

  #settle(reply: Reply): void {
    const waiting = this.#waiting.get(reply.id)
    this.#waiting.delete(reply.id)
    if ('error' in reply) waiting?.reject(new Error(reply.error))
    else waiting?.resolve(reply.document)
  }

  #failAll(error: Error): void {
    for (const { reject } of this.#waiting.values()) reject(error)
    this.#waiting.clear()
  }
}
