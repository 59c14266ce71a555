import { parentPort, workerData } from 'node:worker_threads'
import type { Envelope } from './worker-pool.js'

/** In a worker thread of a {@link WorkerPool}: the data it started with, and its number. */
export const started = workerData as { data: unknown; number: number }

/** In a worker thread: answers each request of the pool with `handle`'s result, or the message of what it threw, in the order they came. */
export function serve<Request, Result>(handle: (request: Request) => Result | Promise<Result>): void {
  let queue: Promise<unknown> = Promise.resolve()
  parentPort?.on('message', ({ id, request }: Envelope<Request>) => {
    queue = queue.then(async () => {
      try {
        parentPort?.postMessage({ id, result: await handle(request) })
      } catch (error) {
        parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
      }
    })
  })
}
