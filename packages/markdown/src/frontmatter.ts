import { countWords, documentId, type Document } from '@corpus/core'
import { stringify } from 'yaml'
import type { Frontmatter, FrontmatterField } from './types.js'

/** Every front matter field, in the order written. */
export const FRONTMATTER_FIELDS: readonly FrontmatterField[] = ['id', 'source_file', 'ordinal', 'source_id', 'sha256', 'language', 'date', 'date_precision', 'date_source', 'dateline', 'byline', 'counts']

/** The metadata of a document, field by field. */
export function metadata(document: Document): Required<Frontmatter> {
  const first = document.children[0]
  const last = document.children.at(-1)
  return {
    id: documentId(document),
    source_file: document.source.file,
    ordinal: document.source.ordinal,
    source_id: document.source.sourceId,
    sha256: document.source.sha256,
    language: document.language,
    date: document.date?.value ?? null,
    date_precision: document.date?.precision ?? null,
    date_source: document.date?.source ?? null,
    dateline: document.dateline ? { raw: document.dateline.raw, place: document.dateline.place, region: document.dateline.region, date: document.dateline.date, agency: document.dateline.agency } : null,
    byline: document.byline ? { raw: document.byline.raw, author: document.byline.author, date: document.byline.date } : null,
    counts: {
      blocks: document.children.length,
      sentences: document.sentences.length,
      words: first && last ? countWords(document.text, first.position.start.offset, last.position.end.offset) : 0,
      quotes: document.quotes.length,
      dates: document.dates.length,
      diagnostics: document.diagnostics.length
    }
  }
}

/**
 * The front matter’s YAML, written by a YAML library: every string double
 * quoted, so that no reader takes `2023-09-25` for a timestamp, `yes` for a
 * boolean, or `: ` and `#` for syntax.
 */
export function frontmatterYaml(document: Document, fields: readonly FrontmatterField[]): string {
  const all = metadata(document)
  const chosen: Record<string, unknown> = {}
  for (const field of fields) chosen[field] = all[field]
  return stringify(chosen, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }).trimEnd()
}
