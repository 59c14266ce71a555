import { gazetteerFromCsv, type GazetteerEntry } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { DIALECTS, formatRecord } from '../src/index.js'

// An authority file kept in a spreadsheet: written in each dialect, it reads back as the entries it holds.
const ENTRIES: GazetteerEntry[] = [
  { id: 'place:lorient', label: 'Lorient', kind: 'place', aliases: ['An Oriant', 'Lorient; la ville'], ids: { archive: '-0042', wikidata: 'Q6627' } },
  { id: 'organization:cafe-du-port', label: 'Café "Le Port"', kind: 'organization', aliases: [], ids: { archive: '=CP-7' } },
  { id: 'person:marie-curie', label: 'Marie Curie', kind: 'person', aliases: ['Curie'], ids: {} }
]

/** The entries as a gazetteer CSV, in `dialect`: a header row, then one record per entry. */
function gazetteerCsv(dialect: keyof typeof DIALECTS): string {
  const format = DIALECTS[dialect]
  const header = formatRecord(['id', 'label', 'kind', 'aliases', 'ids.archive', 'ids.wikidata'], format)
  const rows = ENTRIES.map((entry) => formatRecord([entry.id, entry.label, entry.kind, (entry.aliases ?? []).join('|'), entry.ids?.archive ?? '', entry.ids?.wikidata ?? ''], format))
  return (format.bom ? '\ufeff' : '') + header + rows.join('')
}

describe('a gazetteer written with a dialect of this package', () => {
  it('is read back by @corpus/core’s gazetteerFromCsv: excel-fr (semicolons, BOM, CRLF, guarded cells)', () => {
    const csv = gazetteerCsv('excel-fr')
    expect(csv.startsWith('\ufeffid;label;kind;aliases;ids.archive;ids.wikidata\r\n')).toBe(true)
    expect(csv).toContain(";'-0042;")
    expect(gazetteerFromCsv(csv)).toEqual(ENTRIES)
  })

  it('is read back in the other dialects too', () => {
    for (const dialect of ['rfc4180', 'excel'] as const) expect(gazetteerFromCsv(gazetteerCsv(dialect)), dialect).toEqual(ENTRIES)
  })
})
