import { Worker } from 'node:worker_threads'

const YOUNG_MIB = 8

/** What the pool posts to a worker: a request and the id its reply carries. */
export interface Envelope<Request> {
  id: number
  request: Request
}

/** What a worker sends back: its result, or why there is none. */
export type WorkerReply<T> = { id: number; result: T } | { id: number; error: string }

/**
 * Worker threads that answer requests: parse a file for `readCorpus` (its
 * `parse` option), or export a batch of files whole. Each request goes to the
 * worker with the fewest waiting, which answers its own in the order given.
 */
export class WorkerPool<Request, Result> {
  readonly #workers: Worker[]
  readonly #waiting = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void; worker: number }>()
  readonly #load: number[]
  #next = 0
  #broken: Error | null = null
  #closing = false

  /**
   * `data` goes to every worker as it starts (structured-cloned: plain data
   * only), with its number. `script` is the worker's module.
   */
  constructor(size: number, data: unknown, script: URL) {
    this.#load = Array.from({ length: size }, () => 0)
    this.#workers = Array.from({ length: size }, (_, number) => {
      // A smaller young generation than the default: each thread's short-lived
      // objects are collected sooner, for 20 MiB less per thread at the same speed.
      const worker = new Worker(script, { workerData: { data, number }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MIB } })
      worker.on('message', (reply: WorkerReply<Result>) => this.#settle(reply))
      worker.on('error', (error) => this.#fail(error))
      // A worker that stops while requests wait for it would leave them waiting for ever.
      worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new Error(`A worker thread stopped (exit code ${code})`))
      })
      return worker
    })
  }

  /** How many worker threads there are. */
  get size(): number {
    return this.#workers.length
  }

  /** Sends `request` to the least busy worker (or to worker `to`); rejects at once if a worker has failed. */
  run(request: Request, to?: number): Promise<Result> {
    if (this.#broken) return Promise.reject(this.#broken)
    if (this.#closing) return Promise.reject(new Error('The worker threads are stopped'))
    const worker = to ?? this.#load.indexOf(Math.min(...this.#load))
    const id = this.#next++
    this.#load[worker] = (this.#load[worker] ?? 0) + 1
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject, worker })
      const envelope: Envelope<Request> = { id, request }
      this.#workers[worker]?.postMessage(envelope)
    })
  }

  /** Sends `request` to every worker; resolves when all have answered. */
  all(request: Request): Promise<Result[]> {
    return Promise.all(this.#workers.map((_, worker) => this.run(request, worker)))
  }

  /** Stops the workers; requests still waiting fail. */
  async close(): Promise<void> {
    this.#closing = true
    this.#fail(new Error('The worker threads are stopped'))
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }

  #settle(reply: WorkerReply<Result>): void {
    const waiting = this.#waiting.get(reply.id)
    this.#waiting.delete(reply.id)
    if (waiting === undefined) return
    this.#load[waiting.worker] = (this.#load[waiting.worker] ?? 1) - 1
    if ('error' in reply) waiting.reject(new Error(reply.error))
    else waiting.resolve(reply.result)
  }

  #fail(error: Error): void {
    this.#broken ??= error
    for (const { reject } of this.#waiting.values()) reject(error)
    this.#waiting.clear()
  }
}
