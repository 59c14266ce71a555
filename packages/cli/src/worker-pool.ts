import { Worker } from 'node:worker_threads'
import type { FileParseOptions } from '@corpus/core/node'
import type { WorkerReply, WorkerRequest } from './worker.js'

const YOUNG_MIB = 8

/**
 * Worker threads that parse files for `readCorpus` (its `parse` option), and
 * make each into `T`: the document itself, or its formats' text when given a
 * render plan. The reading and writing stay on the main thread, in order.
 */
export class WorkerPool<T> {
  readonly #workers: Worker[]
  readonly #waiting = new Map<number, { resolve: (result: T) => void; reject: (error: Error) => void }>()
  #next = 0
  #broken: Error | null = null
  #closing = false

  /**
   * `plan` goes to every worker as it starts (structured-cloned: plain data
   * only). `script` is the worker's module: the command's own, but for tests.
   */
  constructor(size: number, plan: unknown, script: URL = new URL('./worker.js', import.meta.url)) {
    this.#workers = Array.from({ length: size }, () => {
      // A smaller young generation than the default: each thread's short-lived
      // objects are collected sooner, for 20 MiB less per thread at the same speed.
      const worker = new Worker(script, { workerData: plan, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MIB } })
      worker.on('message', (reply: WorkerReply<T>) => this.#settle(reply))
      worker.on('error', (error) => this.#fail(error))
      // A worker that stops while files wait for it would leave them waiting for ever.
      worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new Error(`A worker thread stopped (exit code ${code})`))
      })
      return worker
    })
  }

  /** Parses `bytes` in the next worker, in turn; rejects at once if a worker has failed. */
  parse = (bytes: Uint8Array, file: string, options: FileParseOptions): Promise<T> => {
    if (this.#broken) return Promise.reject(this.#broken)
    if (this.#closing) return Promise.reject(new Error('The worker threads are stopped'))
    const id = this.#next++
    const worker = this.#workers[id % this.#workers.length]
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      const request: WorkerRequest = { id, bytes, file, options }
      worker?.postMessage(request)
    })
  }

  /** Stops the workers; files still waiting for one fail. */
  async close(): Promise<void> {
    this.#closing = true
    this.#fail(new Error('The worker threads are stopped'))
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }

  #settle(reply: WorkerReply<T>): void {
    const waiting = this.#waiting.get(reply.id)
    this.#waiting.delete(reply.id)
    if ('error' in reply) waiting?.reject(new Error(reply.error))
    else waiting?.resolve(reply.result)
  }

  #fail(error: Error): void {
    this.#broken ??= error
    for (const { reject } of this.#waiting.values()) reject(error)
    this.#waiting.clear()
  }
}
