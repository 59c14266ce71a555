/**
 * Round trip: every table of every input, in every profile, read back with
 * csv-parse in strict mode (no relaxed quotes or column counts), equals the
 * rows produced.
 */
import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { DIALECTS, TABLE_NAMES, TABLES, documentRows, toCsv, type DialectName } from '../src/index.js'
import { asRead } from './support/expected.js'
import { inputs } from './support/inputs.js'
import { readRecords } from './support/read.js'

const all = inputs()
const PROFILES: DialectName[] = ['rfc4180', 'excel', 'excel-fr', 'tsv']

describe.each(PROFILES)('%s', (profile) => {
  const dialect = DIALECTS[profile]
  const tables = toCsv(
    all.map((input) => input.document),
    { dialect: profile }
  )

  it.each(TABLE_NAMES)('%s reads back as the rows produced', (name) => {
    const text = tables[name] ?? ''
    expect(text.startsWith('\ufeff')).toBe(dialect.bom)
    const records = readRecords(text, dialect)
    const [header, ...rows] = records
    const columns = TABLES[name].columns.map((column) => column.name)
    expect(header).toEqual(columns)
    const expected = all.flatMap((input) => documentRows(input.document)[name]).map((row) => columns.map((column) => asRead(row[column] ?? null, dialect)))
    expect(rows).toEqual(expected)
    expect(rows.length).toBeGreaterThan(0)
  })
})

describe('tsv', () => {
  const tables = toCsv(
    all.map((input) => input.document),
    { dialect: 'tsv' }
  )

  it.each(TABLE_NAMES)('%s has one record a line, each with one tab fewer than its columns, as cut and awk -F"\\t" need', (name) => {
    const lines = (tables[name] ?? '').split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.length).toBe(1 + all.reduce((sum, input) => sum + documentRows(input.document)[name].length, 0))
    const tabs = TABLES[name].columns.length - 1
    expect(lines.filter((line) => line.split('\t').length - 1 !== tabs || line.includes('\r'))).toEqual([])
  })

  it('escapes what the text holds: tabs, line breaks and backslashes come back', () => {
    const escaped = (tables.blocks ?? '').split('\n').filter((line) => /\\[tnr\\]/.test(line))
    expect(escaped.length).toBeGreaterThan(0)
  })
})

describe('rows', () => {
  it('hold what the model holds', () => {
    const rows = all.flatMap((input) => documentRows(input.document).blocks)
    expect(rows.length).toBe(all.reduce((sum, input) => sum + input.document.children.length, 0))
    for (const input of all) {
      const { documents, sentences, quotes, dates, entities, mentions, diagnostics } = documentRows(input.document)
      expect(documents[0]?.sha256).toBe(input.document.source.sha256)
      expect(sentences.map((row) => row.text)).toEqual(input.document.sentences.map((sentence) => input.document.text.slice(sentence.position.start.offset, sentence.position.end.offset)))
      expect(quotes.map((row) => row.text)).toEqual(input.document.quotes.map((quote) => quote.value))
      expect(dates.map((row) => row.date)).toEqual(input.document.dates.map((date) => date.date))
      expect(entities.map((row) => [row.entity_id, row.kind, row.label, row.mention_count])).toEqual(input.document.entities.map((entity) => [entity.id, entity.kind, entity.label, entity.mentionCount]))
      expect(mentions.map((row) => [row.entity_id, row.text, row.block_index])).toEqual(input.document.mentions.map((mention) => [mention.entity, mention.text, mention.block]))
      expect(diagnostics.map((row) => row.rule)).toEqual(input.document.diagnostics.map((diagnostic) => diagnostic.ruleId))
    }
  })

  it('count offsets in code points as Python does', () => {
    for (const input of all) {
      const points = Array.from(input.document.text)
      const { sentences, mentions } = documentRows(input.document)
      for (const row of [...sentences, ...mentions]) {
        expect(points.slice(Number(row.start_codepoint), Number(row.end_codepoint)).join('')).toBe(row.text)
      }
    }
  })
})

describe('entities', () => {
  it('hold a country’s authority ids, each in its column and all together', () => {
    const [row] = documentRows(parse('Le gouvernement de l’Arménie a répondu.\n', { detectLanguage: false })).entities
    expect(row).toEqual({ doc_id: expect.any(String), entity_id: 'country:AM', kind: 'place', label: 'Arménie', mention_count: 1, wikidata: null, iso3166: 'AM', authority_ids: 'iso3166=AM|iso3166Alpha3=ARM' })
  })
})
