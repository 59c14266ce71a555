import { describe, expect, it } from 'vitest'
import type { TableName } from '@corpus/csv'
import type { Format } from '../src/exports.js'
import { lazyExports } from '../src/lazy-exports.js'
import type { ExportView, Request } from '../src/service.js'
import { workerClient, type StartWorker } from '../src/worker-client.js'

const file = new Blob(['Texte.'])
const exported = (name: string): ExportView => ({ name, blob: new Blob([name]), preview: name, length: name.length })

/** Exports made by a worker client over a stand-in worker that answers each request at once, and the requests it was sent. */
function standIn(fails: (request: Request) => boolean = () => false) {
  const requests: Request[] = []
  const start: StartWorker = ({ message }) => ({
    postMessage: (request) => {
      requests.push(request)
      const name = request.kind === 'export' ? `${request.format}${request.table ? `-${request.table}` : ''}` : request.kind
      queueMicrotask(() => message(fails(request) ? { ok: false, reason: 'no room left' } : { ok: true, value: exported(name) }))
    },
    terminate: () => {}
  })
  const client = workerClient(start, () => {})
  const released: string[] = []
  const exports = lazyExports(
    (format: Format, table: TableName) => client.run({ kind: 'export', id: 1, name: 'depeche.txt', file, format, ...(format === 'csv' ? { table } : {}) }, 'Exporting…'),
    (view) => released.push(view.name)
  )
  const made = () => requests.filter((request) => request.kind === 'export').map((request) => (request.kind === 'export' ? `${request.format}${request.table ? `-${request.table}` : ''}` : ''))
  return { exports, made, released }
}

describe('lazyExports', () => {
  it('makes nothing until asked, then each export once, however often it is shown', async () => {
    const { exports, made } = standIn()
    expect(made()).toEqual([])
    expect((await exports.get('jsonld', 'documents')).name).toBe('jsonld')
    expect(made()).toEqual(['jsonld'])
    for (const format of ['csv', 'jsonld', 'csv', 'jsonld', 'markdown', 'csv'] as const) await exports.get(format, 'documents')
    expect(made()).toEqual(['jsonld', 'csv-documents', 'markdown'])
  })

  it('makes each CSV table once, and no other format again for another table', async () => {
    const { exports, made } = standIn()
    await Promise.all([exports.get('csv', 'documents'), exports.get('csv', 'documents'), exports.get('csv', 'quotes')])
    await exports.get('csv', 'documents')
    await exports.get('markdown', 'documents')
    await exports.get('markdown', 'quotes')
    expect(made()).toEqual(['csv-documents', 'csv-quotes', 'markdown'])
  })

  it('makes them again once cleared, and releases each it made', async () => {
    const { exports, made, released } = standIn()
    await exports.get('jsonld', 'documents')
    await exports.get('csv', 'entities')
    exports.clear()
    await new Promise((resolve) => setTimeout(resolve))
    expect(released.sort()).toEqual(['csv-entities', 'jsonld'])
    await exports.get('jsonld', 'documents')
    expect(made()).toEqual(['jsonld', 'csv-entities', 'jsonld'])
  })

  it('releases an export cleared while it was on its way', async () => {
    const { exports, released } = standIn()
    const making = exports.get('markdown', 'documents')
    exports.clear()
    await making
    await new Promise((resolve) => setTimeout(resolve))
    expect(released).toEqual(['markdown'])
  })

  it('makes again an export that failed', async () => {
    let failures = 1
    const { exports, made } = standIn(() => failures-- > 0)
    await expect(exports.get('jsonld', 'documents')).rejects.toThrow('no room left')
    expect((await exports.get('jsonld', 'documents')).name).toBe('jsonld')
    await exports.get('jsonld', 'documents')
    expect(made()).toEqual(['jsonld', 'jsonld'])
  })
})
