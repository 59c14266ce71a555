import { countWords, documentId, documentTitle, type Document, type EntityKind } from '@corpus/core'
import { dump } from 'js-yaml'
import type { Frontmatter, FrontmatterField } from './types.js'

/** Every front matter field, in the order written. */
export const FRONTMATTER_FIELDS: readonly FrontmatterField[] = ['id', 'title', 'title_devised', 'source_file', 'ordinal', 'source_id', 'sha256', 'language', 'date', 'date_precision', 'date_source', 'dateline', 'byline', 'people', 'places', 'organizations', 'speakers', 'counts']

type Fields = Required<Frontmatter>

// Each field from the document, computed only when written.
const FIELDS: { [Field in FrontmatterField]: (document: Document) => Fields[Field] } = {
  id: (document) => documentId(document),
  title: (document) => documentTitle(document)?.value ?? null,
  title_devised: (document) => documentTitle(document)?.devised ?? null,
  source_file: (document) => document.source.file,
  ordinal: (document) => document.source.ordinal,
  source_id: (document) => document.source.sourceId,
  sha256: (document) => document.source.sha256,
  language: (document) => document.language,
  date: (document) => document.date?.date ?? null,
  date_precision: (document) => document.date?.precision ?? null,
  date_source: (document) => document.date?.source ?? null,
  dateline: ({ dateline }) => (dateline ? { raw: dateline.raw, place: dateline.place, region: dateline.region, date: dateline.date, agency: dateline.agency } : null),
  byline: ({ byline }) => (byline ? { raw: byline.raw, author: byline.author, date: byline.date } : null),
  people: (document) => labels(document, 'person'),
  places: (document) => labels(document, 'place'),
  organizations: (document) => labels(document, 'organization'),
  speakers: (document) =>
    document.quotes.flatMap((quote, index) => (quote.speaker ? [{ quote: index, speaker: quote.speaker.text, entity: quote.speaker.entity, cue: quote.speaker.cue.kind }] : [])),
  counts: (document) => {
    const first = document.children[0]
    const last = document.children.at(-1)
    return {
      blocks: document.children.length,
      sentences: document.sentences.length,
      words: first && last ? countWords(document.text, first.position.start.offset, last.position.end.offset) : 0,
      quotes: document.quotes.length,
      dates: document.dates.length,
      diagnostics: document.diagnostics.length
    }
  }
}

function labels(document: Document, kind: EntityKind): string[] {
  return document.entities.filter((entity) => entity.kind === kind).map((entity) => entity.label)
}

/** The metadata of a document, field by field. */
export function metadata(document: Document, fields: readonly FrontmatterField[] = FRONTMATTER_FIELDS): Frontmatter {
  const result: Record<string, unknown> = {}
  for (const field of fields) result[field] = FIELDS[field](document)
  return result as Frontmatter
}

/**
 * The front matter’s YAML, written by a YAML library (js-yaml): every string
 * double quoted, so that no reader takes `2023-09-25` for a timestamp, `yes`
 * for a boolean, or `: ` and `#` for syntax.
 */
export function frontmatterYaml(document: Document, fields: readonly FrontmatterField[]): string {
  return dump(metadata(document, fields), { quotingType: '"', forceQuotes: true, lineWidth: -1, noRefs: true }).trimEnd()
}
