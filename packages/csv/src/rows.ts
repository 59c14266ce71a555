import { countWords, documentId, documentTitle, toCodePointOffsets, type Document, type Position } from '@corpus/core'
import { checkDocument } from './arguments.js'
import { TABLE_NAMES } from './tables.js'
import type { Row, TableName } from './types.js'

/** The rows of every table for one document, by table: pure data, not yet quoted. */
export function documentRows(document: Document): Record<TableName, Row[]> {
  checkDocument(document, 'document')
  const rows: Partial<Record<TableName, Row[]>> = {}
  for (const table of TABLE_NAMES) rows[table] = [...rowsOf(document, table)]
  return rows as Record<TableName, Row[]>
}

/**
 * The rows of one table of a document, in order, each made as it is asked
 * for: the writers format it at once, so that a large document's rows are
 * never all held (they were most of an export's memory).
 */
export function rowsOf(document: Document, table: TableName): Iterable<Row> {
  return ROWS[table](document, documentId(document))
}

type Rows = (document: Document, id: string) => Iterable<Row>

const ROWS: Record<TableName, Rows> = {
  documents: (document, id) => [documentRow(document, id)],
  blocks: (document, id) =>
    withSpans(document, document.children, (block, blockIndex) => ({
      doc_id: id,
      block_index: blockIndex,
      kind: block.type,
      text: block.value,
      heading_number: block.type === 'heading' ? block.number : null,
      list_marker: block.type === 'listItem' ? block.marker : null,
      role: block.type === 'boilerplate' || block.type === 'furniture' ? block.role : null
    })),
  sentences: (document, id) =>
    withSpans(document, document.sentences, (sentence, sentenceIndex) => ({
      doc_id: id,
      sentence_index: sentenceIndex,
      block_index: sentence.block,
      text: slice(document, sentence.position)
    })),
  quotes: (document, id) =>
    withSpans(document, document.quotes, (quote, quoteIndex) => ({
      doc_id: id,
      quote_index: quoteIndex,
      quote_id: quoteId(id, quoteIndex),
      block_index: quote.block,
      text: quote.value,
      open_mark: quote.open,
      close_mark: quote.close,
      depth: quote.depth,
      parent_index: quote.parent,
      parent_id: quote.parent === null ? null : quoteId(id, quote.parent),
      sentence_count: quote.sentenceCount,
      speaker: quote.speaker?.text ?? null,
      speaker_entity_id: quote.speaker?.entity ?? null,
      speaker_cue: quote.speaker?.cue.kind ?? null
    })),
  dates: (document, id) =>
    withSpans(document, document.dates, (date, dateIndex) => ({
      doc_id: id,
      date_index: dateIndex,
      block_index: date.block,
      text: date.text,
      date: date.date,
      precision: date.precision,
      year_source: date.year,
      weekday: date.weekday
    })),
  entities: (document, id) =>
    document.entities.map((entity) => ({
      doc_id: id,
      entity_id: entity.id,
      kind: entity.kind,
      label: entity.label,
      mention_count: entity.mentionCount,
      wikidata: entity.ids.wikidata ?? null,
      iso3166: entity.ids.iso3166 ?? null,
      authority_ids: authorityIds(entity.ids)
    })),
  mentions: (document, id) =>
    withSpans(document, document.mentions, (mention, mentionIndex) => ({
      doc_id: id,
      mention_index: mentionIndex,
      block_index: mention.block,
      entity_id: mention.entity,
      kind: mention.kind,
      text: mention.text
    })),
  diagnostics: (document, id) =>
    document.diagnostics.map((diagnostic, diagnosticIndex) => ({
      doc_id: id,
      diagnostic_index: diagnosticIndex,
      rule: diagnostic.ruleId,
      severity: diagnostic.severity,
      fatal: diagnostic.fatal,
      line: diagnostic.position?.start.line ?? null,
      column: diagnostic.position?.start.column ?? null,
      end_line: diagnostic.position?.end.line ?? null,
      end_column: diagnostic.position?.end.column ?? null,
      message: diagnostic.message,
      actual: diagnostic.actual,
      expected: diagnostic.expected
    }))
}

function documentRow(document: Document, id: string): Row {
  const { source, date, dateline } = document
  // `2023-09-25` → 2023, 9, 25: the parts the date states, and no more.
  const [year = null, month = null, day = null] = date ? date.date.split('-').map((part) => Number.parseInt(part, 10)) : []
  const first = document.children[0]
  const last = document.children.at(-1)
  // A file of bytes that are not text has no blocks, hence no title.
  const title = documentTitle(document)
  return {
    doc_id: id,
    source_file: source.file,
    title: title?.value ?? null,
    title_devised: title?.devised ?? null,
    ordinal: source.ordinal,
    sha256: source.sha256,
    byte_length: source.byteLength,
    encoding: source.encoding,
    language: document.language,
    date: date?.date ?? null,
    date_precision: date?.precision ?? null,
    date_source: date?.source ?? null,
    year,
    year_month: date && date.precision !== 'year' ? date.date.slice(0, 7) : null,
    month,
    day,
    dateline: dateline?.raw ?? null,
    dateline_place: dateline?.place ?? null,
    dateline_region: dateline?.region ?? null,
    dateline_agency: dateline?.agency ?? null,
    byline_author: document.byline?.author ?? null,
    repost_source: repostSource(document),
    block_count: document.children.length,
    sentence_count: document.sentences.length,
    word_count: first && last ? countWords(document.text, first.position.start.offset, last.position.end.offset) : 0,
    quote_count: document.quotes.length,
    date_count: document.dates.length,
    diagnostic_count: document.diagnostics.length
  }
}

/** The publication the first repost signature credits, the provenance a catalogue records; the reposter and the day of the repost stay in its block's text. */
function repostSource(document: Document): string | null {
  for (const block of document.children) if (block.type === 'boilerplate' && block.repost?.source) return block.repost.source
  return null
}

/** A quotation's id across the corpus: the fragment the JSON-LD exporter gives it, after its document's id. */
function quoteId(documentId: string, index: number): string {
  return `${documentId}#quote-${index}`
}

function authorityIds(ids: Readonly<Record<string, string>>): string | null {
  const pairs = Object.entries(ids).map(([authority, value]) => `${authority}=${value}`)
  return pairs.length > 0 ? pairs.join('|') : null
}

function slice(document: Document, position: Position): string {
  return document.text.slice(position.start.offset, position.end.offset)
}

const SURROGATE = /[\ud800-\udfff]/

/** Rows of a layer, each with the position columns of its item; code points are counted in one pass per layer. */
function* withSpans<T extends { position: Position }>(document: Document, items: readonly T[], row: (item: T, index: number) => Row): Generator<Row> {
  const offsets = new Array<number>(items.length * 2)
  items.forEach((item, index) => {
    offsets[index * 2] = item.position.start.offset
    offsets[index * 2 + 1] = item.position.end.offset
  })
  // Without surrogates, a code point is a UTF-16 unit: the offsets are the same.
  const points = SURROGATE.test(document.text) ? toCodePointOffsets(document.text, offsets) : offsets
  for (const [itemIndex, item] of items.entries()) {
    const { start, end } = item.position
    // Added to the row rather than spread into a new one: spreading is the slow part of a large export.
    const result = row(item, itemIndex)
    result.start_line = start.line
    result.start_column = start.column
    result.end_line = end.line
    result.end_column = end.column
    result.start_utf16 = start.offset
    result.end_utf16 = end.offset
    result.start_codepoint = points[itemIndex * 2] ?? 0
    result.end_codepoint = points[itemIndex * 2 + 1] ?? 0
    yield result
  }
}
