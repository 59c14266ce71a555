import type { Diagnostic, Document, Source } from '@corpus/core'
import { csvWriter, type CsvOptions, type CsvRecords } from '@corpus/csv'
import { toJsonLd, type JsonLdOptions } from '@corpus/jsonld'
import { toMarkdown, type MarkdownOptions } from '@corpus/markdown'
import { jsonFile } from './json-chunks.js'

/** What each document is made into: the options of each format written document by document (`null`: not written). */
export interface RenderPlan {
  jsonld: JsonLdOptions | null
  markdown: MarkdownOptions | null
  csv: CsvOptions | null
}

/**
 * A format's text: whole, as a worker thread sends it; or, in the thread that
 * writes, made only when it is written, in chunks, so that a large document
 * holds one format's text at a time and its JSON-LD never as one string.
 */
export type Text = string | (() => Iterable<string>)

/**
 * A document made into each format's text, and its source (enough to name its
 * files): small, and cheap to send from a worker thread, where a whole
 * document costs as much to copy as to export.
 */
export interface Rendered {
  source: Source
  /** The document's error diagnostics (a binary file, say), which the run reports and counts. */
  errors: Diagnostic[]
  jsonld: Text | null
  markdown: Text | null
  /** The document's CSV records; in the command's own thread, the document itself, whose tables the CSV writer streams without ever holding them whole. */
  csv: CsvRecords | Document | null
}

// Documents of up to this many characters have their JSON-LD made whole: the engine's own JSON.stringify is faster than chunks.
const WHOLE = 1 << 20

/**
 * Makes documents into their formats' text; one CSV writer renders every
 * document's records. In the thread that writes (`lazy`), each text is made
 * as it is written and the CSV is left to the writer: a large document's
 * files and tables are then written piece by piece, where rendered text and
 * records would hold them all at once.
 */
export function renderer(plan: RenderPlan, { lazy = false } = {}): (document: Document) => Rendered {
  const csv = plan.csv === null ? null : csvWriter(plan.csv)
  const { jsonld, markdown } = plan
  return (document) => ({
    source: document.source,
    errors: errorsOf(document),
    jsonld: jsonld === null ? null : lazy && document.text.length > WHOLE ? () => jsonFile(toJsonLd(document, jsonld)) : `${JSON.stringify(toJsonLd(document, jsonld), null, 2)}\n`,
    markdown: markdown === null ? null : lazy ? () => [toMarkdown(document, markdown)] : toMarkdown(document, markdown),
    csv: csv === null ? null : lazy ? document : csv.render(document)
  })
}

/** The diagnostics of `document` that say it could not be read as text. */
export const errorsOf = (document: Document): Diagnostic[] => document.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
