import { describe, expect, it } from 'vitest'
import type { Request, Response } from '../src/service.js'
import type { DocumentView } from '../src/view.js'
import { Cancelled, workerClient, type StartWorker } from '../src/worker-client.js'

interface StandIn {
  requests: Request[]
  terminated: boolean
  reply: (response: Response) => void
  stop: (reason: string) => void
}

/** Stand-in workers that record what they are sent and reply when told to. */
function standIns() {
  const workers: StandIn[] = []
  const labels: (string | null)[] = []
  const start: StartWorker = ({ message, error }) => {
    const worker: StandIn = { requests: [], terminated: false, reply: message, stop: error }
    workers.push(worker)
    return {
      postMessage: (request) => worker.requests.push(request),
      terminate: () => {
        worker.terminated = true
      }
    }
  }
  return { workers, labels, client: workerClient(start, (label) => labels.push(label)) }
}

const file = new Blob(['Texte.'])
const open = (id: number): Extract<Request, { kind: 'open' }> => ({ kind: 'open', id, name: `${id}.txt`, file })
const view = (blocks: number): DocumentView => ({ facts: [], blocks, quotes: 0, dates: 0, diagnostics: [], diagnosticCount: 0 })
const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ value }), (error: Error) => ({ error: error.message, cancelled: error instanceof Cancelled }))

describe('workerClient', () => {
  it('sends one request at a time, in order, and says what runs', async () => {
    const { workers, labels, client } = standIns()
    const first = client.run(open(1), 'Parsing 1.txt…')
    const second = client.run(open(2), 'Parsing 2.txt…')
    expect(workers[0]?.requests).toEqual([open(1)])
    workers[0]?.reply({ ok: true, value: view(1) })
    expect(await first).toEqual(view(1))
    expect(workers[0]?.requests).toEqual([open(1), open(2)])
    workers[0]?.reply({ ok: true, value: view(2) })
    expect(await second).toEqual(view(2))
    expect(labels).toEqual(['Parsing 1.txt…', 'Parsing 2.txt…', null])
  })

  it('fails a request the worker could not answer with its reason, and goes on', async () => {
    const { workers, client } = standIns()
    const first = outcome(client.run(open(1), 'Parsing 1.txt…'))
    const second = outcome(client.run(open(2), 'Parsing 2.txt…'))
    workers[0]?.reply({ ok: false, reason: 'Maximum call stack size exceeded' })
    workers[0]?.reply({ ok: true, value: view(2) })
    expect(await first).toEqual({ error: 'Maximum call stack size exceeded', cancelled: false })
    expect(await second).toEqual({ value: view(2) })
  })

  it('fails the running request of a worker that stops, and runs the next in a fresh worker', async () => {
    const { workers, labels, client } = standIns()
    const first = outcome(client.run(open(1), 'Parsing 1.txt…'))
    const second = outcome(client.run(open(2), 'Parsing 2.txt…'))
    workers[0]?.stop('Out of memory')
    expect(await first).toEqual({ error: 'the parser stopped: Out of memory', cancelled: false })
    expect(workers.map((worker) => worker.terminated)).toEqual([true, false])
    expect(workers[1]?.requests).toEqual([open(2)])
    workers[1]?.reply({ ok: true, value: view(2) })
    expect(await second).toEqual({ value: view(2) })
    expect(labels).toEqual(['Parsing 1.txt…', 'Parsing 2.txt…', null])
  })

  it('cancels the running and waiting requests, ends the worker, and runs later ones in a fresh worker', async () => {
    const { workers, labels, client } = standIns()
    const first = outcome(client.run(open(1), 'Parsing 1.txt…'))
    const second = outcome(client.run(open(2), 'Parsing 2.txt…'))
    client.cancel()
    expect(await first).toEqual({ error: 'cancelled', cancelled: true })
    expect(await second).toEqual({ error: 'cancelled', cancelled: true })
    expect(workers.map((worker) => worker.terminated)).toEqual([true, false])
    const third = client.run(open(3), 'Parsing 3.txt…')
    // A late reply of the ended worker answers nothing.
    workers[0]?.reply({ ok: true, value: view(1) })
    expect(workers[1]?.requests).toEqual([open(3)])
    workers[1]?.reply({ ok: true, value: view(3) })
    expect(await third).toEqual(view(3))
    expect(labels).toEqual(['Parsing 1.txt…', null, 'Parsing 3.txt…', null])
  })
})
