/**
 * Markdown that `corpus export` wrote, read back as an input: unedited, it is
 * the original article again; edited by hand, it is the text it now says,
 * with an `edited-text` warning and everything counted again; Markdown that
 * is not the tool's is refused, saying why.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { documentId } from '@corpus/core'
import { parseBytes } from '@corpus/core/node'
import { toJsonLd } from '@corpus/jsonld'
import { fromMarkdown, toMarkdown } from '@corpus/markdown'
import { describe, expect, it } from 'vitest'
import { parseInput, parseMarkdownBytes, rawText, recorded, type Recorded } from '../src/markdown-input.js'

const NAME = '041_9c3e5a7b1f2d4e60'
const fixture = (path: string) => readFileSync(new URL(`./fixtures/markdown/${path}`, import.meta.url))
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')
const original = parseBytes(fixture(`${NAME}.txt`), `${NAME}.txt`)

describe('Markdown written by corpus export', () => {
  it('is the fixture: toMarkdown of the original', () => {
    expect(fixture(`${NAME}.md`).toString('utf8')).toBe(toMarkdown(original))
  })

  it('unedited, reads back into the original article, its source the Markdown file', () => {
    const bytes = fixture(`${NAME}.md`)
    const document = parseMarkdownBytes(bytes, `${NAME}.md`, {})
    expect(document.text).toBe(original.text)
    expect(document.children).toEqual(original.children)
    expect(document.diagnostics).toEqual([])
    expect(document.date).toEqual(original.date)
    expect(documentId(document)).toBe('doc-9c3e5a7b1f2d4e60')
    expect(document.source).toEqual({ ...original.source, file: `${NAME}.md`, sha256: sha256(bytes), byteLength: bytes.length })
    expect(toMarkdown(document)).toBe(toMarkdown(original).replace(`source_file: "${NAME}.txt"`, `source_file: "${NAME}.md"`).replace(original.source.sha256, sha256(bytes)))
  })

  it('edited, is the text it now says, with a warning at its body and its counts made again', () => {
    const bytes = fixture(`edited/${NAME}.md`)
    const document = parseMarkdownBytes(bytes, `${NAME}.md`, {})
    expect(document.text).toBe(
      ' date 2023-11 NANTES, 8 novembre (Presse Ouest) - La médiathèque du quartier Bellevue rouvrira ses portes samedi après onze mois de travaux, et non dix.\nLes lecteurs y trouveront une salle d’étude agrandie et un fonds de bandes dessinées entièrement renouvelé. « Nous voulions un lieu ouvert tard le soir », a expliqué la directrice, Hélène Morvan.\nLes horaires d’hiver s’appliqueront dès le 2 décembre.\nUne fête de quartier suivra dimanche.\n'
    )
    expect(document.diagnostics).toEqual([
      {
        ruleId: 'edited-text',
        severity: 'warning',
        fatal: false,
        message: 'The text differs from the original its front matter records (sha256 `05d50e22ceb0…`): edited since it was exported',
        position: { start: { line: 1, column: 15, offset: 14 }, end: { line: 4, column: 38, offset: 441 } },
        actual: null,
        expected: null
      }
    ])
    expect(documentId(document)).toBe('doc-9c3e5a7b1f2d4e60')
    expect(document.source.sha256).toBe(sha256(bytes))
    expect(document.date).toEqual({ date: '2023-11-08', precision: 'day', source: 'dateline' })
    expect(fromMarkdown(toMarkdown(document)).frontmatter?.counts).toEqual({ blocks: 5, sentences: 6, words: 66, quotes: 1, dates: 2, diagnostics: 1 })
    // The article's body: no front matter, no header.
    expect((toJsonLd(document) as { articleBody?: unknown }).articleBody).toEqual({ '@language': 'fr', '@value': document.text.slice(14, 441) })
  })

  it('is refused when it is not: no front matter, another tool’s, or a broken one', () => {
    expect(() => parseMarkdownBytes(fixture('plain.md'), 'plain.md', {})).toThrow(new Error('it has no front matter: only Markdown written by `corpus export` is read back (rename the file to .txt to read it as raw text)'))
    expect(() => parseMarkdownBytes(fixture('foreign.md'), 'foreign.md', {})).toThrow(new Error('its front matter has no `id`: only Markdown written by `corpus export` is read back (rename the file to .txt to read it as raw text)'))
    expect(() => parseMarkdownBytes(fixture('damaged.md'), 'damaged.md', {})).toThrow(/^its front matter is not valid YAML \(unexpected end of the stream within a double quoted scalar/)
  })

  it('is told from raw text by its name', () => {
    expect(parseInput(fixture(`${NAME}.txt`), `${NAME}.txt`, {}).text).toBe(original.text)
    expect(parseInput(fixture(`${NAME}.md`), `${NAME}.MD`, {}).text).toBe(original.text)
  })
})

describe('rawText', () => {
  const record: Recorded = { sha256: '0'.repeat(64), ordinal: null, sourceId: null, date: '2024-03-14', dateSource: 'dateline' }
  const blocks = [
    { type: 'dateline', text: 'RENNES, 14 MARS -' },
    { type: 'paragraph', text: 'Le marché rouvre.' },
    { type: 'listItem', text: 'les étals' }
  ] as const

  it('lays the blocks out as an original may have', () => {
    expect(rawText(blocks, record, { header: true, gap: '\n', datelineInline: true, final: true, newline: '\n' })).toBe(' date 2024-03 RENNES, 14 MARS - Le marché rouvre.\n- les étals\n')
    expect(rawText(blocks, record, { header: false, gap: '\n\n', datelineInline: false, final: false, newline: '\r\n' })).toBe('RENNES, 14 MARS -\r\n\r\nLe marché rouvre.\r\n\r\n- les étals')
  })

  it('finds an original laid out with blank lines and CRLF: no warning', () => {
    const raw = 'RENNES, 14 MARS 2024 -\r\n\r\nLe marché rouvre ce matin.\r\n\r\nLes étals sont pleins.'
    const document = parseBytes(Buffer.from(raw), 'marche.txt')
    const back = parseMarkdownBytes(Buffer.from(toMarkdown(document)), 'marche.md', {})
    expect(back.text).toBe(raw)
    expect(back.diagnostics).toEqual(document.diagnostics)
  })
})

describe('recorded', () => {
  it('takes what reading back needs from the front matter, and nothing it cannot trust', () => {
    expect(recorded({ id: 'doc-x', sha256: 'a'.repeat(64), ordinal: 3, source_id: 'not hex', date: '2024-03', date_source: 'header' })).toEqual({ sha256: 'a'.repeat(64), ordinal: 3, sourceId: null, date: '2024-03', dateSource: 'header' })
    expect(recorded({ id: 'doc-x', sha256: 'A'.repeat(64) })).toBe('its front matter has no `sha256` of 64 hex digits')
    expect(recorded(null)).toBe('it has no front matter')
  })
})
