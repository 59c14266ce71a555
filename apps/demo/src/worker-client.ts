import type { Answers, Request, Response } from './service.js'

/** Why a request has no answer: it was cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'Cancelled'
  }
}

/** A worker as the client drives it. */
export interface WorkerPort {
  postMessage(request: Request): void
  terminate(): void
}

/** Starts a worker that calls `message` with each reply and `error` when it stops. */
export type StartWorker = (listen: { message: (response: Response) => void; error: (reason: string) => void }) => WorkerPort

interface Job {
  request: Request
  label: string
  resolve: (value: Answers[keyof Answers]) => void
  reject: (error: Error) => void
}

/** The requests to the worker, one at a time, in order; a cancel, and a worker that stops, fail those waiting, and a fresh worker takes the next. */
export interface WorkerClient {
  /** Sends `request` when the worker is free; `label` says what it does while it runs. */
  run<K extends Request['kind']>(request: Extract<Request, { kind: K }>, label: string): Promise<Answers[K]>
  /** Ends the worker and starts a fresh one: the running request and every waiting one fail with `Cancelled`. */
  cancel(): void
}

/**
 * Drives workers started by `start`. `busy` hears the label of each request
 * as it starts, and `null` once none is left. A worker that stops (a crash,
 * out of memory) fails the running request with its reason, and the next
 * runs in a fresh worker: one bad file never stops the others.
 */
export function workerClient(start: StartWorker, busy: (label: string | null) => void): WorkerClient {
  const waiting: Job[] = []
  let running: Job | undefined
  let worker = spawn()

  function spawn(): WorkerPort {
    const port: WorkerPort = start({
      message: (response) => {
        if (port !== worker) return
        const job = running
        running = undefined
        if (response.ok) job?.resolve(response.value)
        else job?.reject(new Error(response.reason))
        next()
      },
      error: (reason) => {
        if (port !== worker) return
        restart()
        running?.reject(new Error(`the parser stopped: ${reason}`))
        running = undefined
        next()
      }
    })
    return port
  }

  function restart(): void {
    worker.terminate()
    worker = spawn()
  }

  function next(): void {
    running = waiting.shift()
    busy(running?.label ?? null)
    if (running) worker.postMessage(running.request)
  }

  return {
    run<K extends Request['kind']>(request: Extract<Request, { kind: K }>, label: string) {
      return new Promise<Answers[K]>((resolve, reject) => {
        // The reply answers this kind of request: the worker answers each with its own kind.
        waiting.push({ request, label, resolve: (value) => resolve(value as Answers[K]), reject })
        if (!running) next()
      })
    },
    cancel() {
      restart()
      const stopped = running ? [running, ...waiting] : [...waiting]
      running = undefined
      waiting.length = 0
      busy(null)
      for (const job of stopped) job.reject(new Cancelled())
    }
  }
}
