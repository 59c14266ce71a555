/**
 * One fuzz case through everything a user runs: `parse`, then each exporter
 * and the Markdown round trip, each checked against the model.
 */
import { documentId, parse, type Document } from '@corpus/core'
import { TABLE_NAMES, TABLES, documentRows, toCsv } from '@corpus/csv'
import { toJsonLd } from '@corpus/jsonld'
import { fromMarkdown, markdownText, toMarkdown } from '@corpus/markdown'
import { parse as parseCsv } from 'csv-parse/sync'
import { inputOf, type Case } from './articles.js'
import { checkDocument } from './invariants.js'

/** How many documents went through each step, for the report. */
export const counts = { parse: 0, jsonld: 0, csv: 0, markdown: 0 }

/** Parses the input and checks the model's invariants. */
export function parsed(input: string | Uint8Array): Document {
  const document = parse(input)
  checkDocument(document)
  counts.parse++
  return document
}

function fail(what: string, found: unknown, expected: unknown): never {
  throw new Error(`${what}: found ${JSON.stringify(found)?.slice(0, 300)}, expected ${JSON.stringify(expected)?.slice(0, 300)}`)
}

const BASE = 'https://archives.example/presse/'

/** JSON-LD: plain JSON, identified by the document's id in its documented form, with the article's text (its blocks, page furniture kept) only when it was read. */
export function checkJsonLd(document: Document): void {
  const node = JSON.parse(JSON.stringify(toJsonLd(document, { base: BASE, keepFurniture: true }))) as Record<string, unknown>
  const id = `${BASE}${documentId(document)}`
  if (node['@id'] !== id) fail('JSON-LD @id', node['@id'], id)
  if (!/^(doc|sha256)-[0-9a-f]{16}$/.test(documentId(document))) fail('document id form', documentId(document), '(doc|sha256)-<16 hex>')
  const read = document.children.length > 0 && !document.diagnostics.some((diagnostic) => diagnostic.fatal)
  const first = document.children[0]
  const last = document.children.at(-1)
  const text = first && last ? document.text.slice(first.position.start.offset, last.position.end.offset) : ''
  const literal = node['articleBody']
  const body = typeof literal === 'object' && literal !== null && '@value' in literal ? literal['@value'] : literal
  if (read ? body !== text : body !== undefined) fail('JSON-LD articleBody', body, read ? text : undefined)
  counts.jsonld++
}

/** CSV: every table reads back in strict RFC 4180 with its header and one record per row of the model. */
export function checkCsv(document: Document): void {
  const tables = toCsv([document])
  const rows = documentRows(document)
  for (const name of TABLE_NAMES) {
    const [header, ...records] = parseCsv(tables[name], { bom: true, relax_quotes: false, relax_column_count: false }) as string[][]
    const columns = TABLES[name].columns.map((column) => column.name)
    if (header?.join(',') !== columns.join(',')) fail(`${name} header`, header, columns)
    if (records.length !== rows[name].length) fail(`${name} records`, records.length, rows[name].length)
  }
  counts.csv++
}

/** Markdown, with or without annotations and with page furniture kept, reads back into the same blocks. */
export function checkMarkdown(document: Document, annotations: boolean): void {
  const blocks = fromMarkdown(toMarkdown(document, { annotations, keepFurniture: true })).children
  const expected = document.children.map((block) => ({ type: block.type, text: markdownText(block) }))
  if (blocks.length !== expected.length) fail(`Markdown blocks (annotations: ${annotations})`, blocks, expected)
  expected.forEach((block, index) => {
    const read = blocks[index]
    if (read?.type !== block.type || read.text !== block.text) fail(`Markdown block ${index} (annotations: ${annotations})`, read, block)
  })
  counts.markdown++
}

/** A case through `parse` and its invariants, then, with `exporters`, through JSON-LD, CSV and the Markdown round trip. */
export function runCase(fuzz: Case, annotations: boolean, exporters: boolean): void {
  const document = parsed(inputOf(fuzz))
  if (!exporters) return
  checkJsonLd(document)
  checkCsv(document)
  checkMarkdown(document, annotations)
}
