/**
 * Checks the model against `../shared/conformance/seeds.expected.json`: what a
 * careful reader finds in the seed articles, written model-neutrally. This file
 * is the adapter from our model to those fields; see the README beside the JSON
 * for how each field is compared.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse, type Document, type EntityKind } from '../src/index.js'

const root = fileURLToPath(new URL('../../../../shared/', import.meta.url))
const expectedFile = `${root}conformance/seeds.expected.json`
const available = existsSync(expectedFile)

interface ExpectedDate { text: string; value: string }
interface ExpectedQuote { text?: string; startsWith?: string; endsWith?: string; in?: string; sentences?: number }
interface Expected {
  file: string
  ordinal: number
  sourceId: string
  language: string
  date: { value: string; precision: string; from: string; header?: string } | null
  dateline: { place: string; date: string; source: string; text: string } | null
  blocks: Array<[string, string]>
  dates: ExpectedDate[]
  quotes: ExpectedQuote[]
  quotesNotExpected?: Array<{ startsWith: string }>
  people: string[]
  placesInclude: string[]
  organizationsInclude: string[]
  diagnosticsInclude: Array<{ kind: string; at: string }>
  sentenceCounts: number[]
}

// The conformance file names problems in words; these are our rule ids for them.
const RULES: Record<string, string> = {
  'trailing fragment': 'trailing-fragment',
  'broken hyphenation': 'broken-hyphenation',
  'unclosed quote': 'unclosed-quote',
  'stray space': 'space-before-punctuation',
  'weekday mismatch': 'weekday-mismatch'
}

const fold = (text: string) => text.replace(/’/g, "'")

if (!available) {
  console.warn(`Conformance suite skipped: ${expectedFile} is not there (it ships beside the project, not with it).`)
}

describe.skipIf(!available)('conformance with ../shared/conformance', () => {
  const documents: Expected[] = available ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as { documents: Expected[] }).documents : []

  describe.each(documents.map((expected) => [expected.file, expected] as const))('%s', (file, expected) => {
    const document: Document = parse(readFileSync(`${root}seeds/${file}`), { file })

    it('names the source', () => {
      expect([document.source.file, document.source.ordinal, document.source.sourceId]).toEqual([expected.file, expected.ordinal, expected.sourceId])
    })

    it('tells the language', () => {
      expect(document.language).toBe(expected.language)
    })

    it('dates the article, inventing nothing', () => {
      const date = document.date && { value: document.date.date, precision: document.date.precision, from: document.date.source }
      const { header, ...rest } = expected.date ?? { header: undefined }
      expect(date).toEqual(expected.date ? rest : null)
      if (header !== undefined) expect(document.header?.date).toBe(header)
    })

    it('reads the dateline', () => {
      const dateline = document.dateline && {
        place: document.dateline.place?.toLowerCase(),
        date: document.dateline.date,
        source: document.dateline.agency,
        text: document.dateline.raw
      }
      expect(dateline).toEqual(expected.dateline && { ...expected.dateline, place: expected.dateline.place.toLowerCase() })
    })

    it('finds every block, of the right kind', () => {
      expect(document.children.map((block) => block.type)).toEqual(expected.blocks.map(([kind]) => kind))
      document.children.forEach((block, index) => {
        expect(fold(block.value).startsWith(fold(expected.blocks[index]?.[1] ?? '\u0000'))).toBe(true)
      })
    })

    it('counts the sentences of each block', () => {
      const counts = document.children.map((_, index) => document.sentences.filter((sentence) => sentence.block === index).length)
      expect(counts).toEqual(expected.sentenceCounts)
    })

    it('finds every date and no other', () => {
      const matches = (found: { text: string; date: string }, wanted: ExpectedDate) =>
        found.date === wanted.value && fold(found.text).includes(fold(wanted.text))
      for (const wanted of expected.dates) {
        expect(document.dates.some((found) => matches(found, wanted)), `missing ${wanted.text}`).toBe(true)
      }
      for (const found of document.dates) {
        expect(expected.dates.some((wanted) => matches(found, wanted)), `unexpected ${found.text}`).toBe(true)
      }
    })

    it('finds every quotation, and none that should not be', () => {
      for (const wanted of expected.quotes) {
        const hit = document.quotes.find((quote) => {
          const value = fold(quote.value)
          if (wanted.text !== undefined && value !== fold(wanted.text)) return false
          if (wanted.startsWith !== undefined && !value.startsWith(fold(wanted.startsWith))) return false
          if (wanted.endsWith !== undefined && !value.endsWith(fold(wanted.endsWith))) return false
          if (wanted.in !== undefined && document.children[quote.block]?.type !== wanted.in) return false
          return wanted.sentences === undefined || quote.sentenceCount === wanted.sentences
        })
        expect(hit, `missing ${JSON.stringify(wanted)}`).toBeDefined()
      }
      for (const unwanted of expected.quotesNotExpected ?? []) {
        expect(document.quotes.some((quote) => fold(quote.value).startsWith(fold(unwanted.startsWith)))).toBe(false)
      }
    })

    it('reports every problem at its place', () => {
      for (const wanted of expected.diagnosticsInclude) {
        const ruleId = RULES[wanted.kind]
        expect(ruleId, `no rule for ${wanted.kind}`).toBeDefined()
        const hit = document.diagnostics.find(
          (diagnostic) =>
            diagnostic.ruleId === ruleId &&
            diagnostic.position !== null &&
            fold(document.text.slice(diagnostic.position.start.offset)).startsWith(fold(wanted.at))
        )
        expect(hit, `missing ${wanted.kind} at ${wanted.at}`).toBeDefined()
      }
    })

    it('finds every person, and no one else', () => {
      const people = document.entities.filter((entity) => entity.kind === 'person').map((entity) => fold(entity.label))
      expect(people.sort()).toEqual(expected.people.map(fold).sort())
    })

    // A found entity matches when its mention or its canonical name holds the string (case and apostrophes aside).
    const found = (kind: EntityKind, wanted: string) => {
      const key = fold(wanted).toLowerCase()
      const names = [...document.mentions.filter((mention) => mention.kind === kind).map((mention) => mention.text), ...document.entities.filter((entity) => entity.kind === kind).map((entity) => entity.label)]
      return names.some((name) => fold(name).toLowerCase().includes(key))
    }

    it('finds the places', () => {
      expect(expected.placesInclude.filter((place) => !found('place', place))).toEqual([])
    })

    it('finds the organisations', () => {
      expect(expected.organizationsInclude.filter((organization) => !found('organization', organization))).toEqual([])
    })
  })
})
