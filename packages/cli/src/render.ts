import type { Diagnostic, Document, Source } from '@corpus/core'
import { csvWriter, type CsvOptions, type CsvRecords } from '@corpus/csv'
import { toJsonLd, type JsonLdOptions } from '@corpus/jsonld'
import { toMarkdown, type MarkdownOptions } from '@corpus/markdown'

/** What each document is made into: the options of each format written document by document (`null`: not written). */
export interface RenderPlan {
  jsonld: JsonLdOptions | null
  markdown: MarkdownOptions | null
  csv: CsvOptions | null
}

/**
 * A document made into each format's text, and its source (enough to name its
 * files): small, and cheap to send from a worker thread, where a whole
 * document costs as much to copy as to export.
 */
export interface Rendered {
  source: Source
  /** The document's error diagnostics (a binary file, say), which the run reports and counts. */
  errors: Diagnostic[]
  jsonld: string | null
  markdown: string | null
  /** The document's CSV records; in the command's own thread, the document itself, whose tables the CSV writer streams without ever holding them whole. */
  csv: CsvRecords | Document | null
}

/**
 * Makes documents into their formats' text; one CSV writer renders every
 * document's records. In the thread that writes, `csvFromDocument` leaves the
 * CSV to the writer: a large document's tables are then written piece by
 * piece, where rendered records would hold them all at once.
 */
export function renderer(plan: RenderPlan, { csvFromDocument = false } = {}): (document: Document) => Rendered {
  const csv = plan.csv === null ? null : csvWriter(plan.csv)
  return (document) => ({
    source: document.source,
    errors: errorsOf(document),
    jsonld: plan.jsonld === null ? null : `${JSON.stringify(toJsonLd(document, plan.jsonld), null, 2)}\n`,
    markdown: plan.markdown === null ? null : toMarkdown(document, plan.markdown),
    csv: csv === null ? null : csvFromDocument ? document : csv.render(document)
  })
}

/** The diagnostics of `document` that say it could not be read as text. */
export const errorsOf = (document: Document): Diagnostic[] => document.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
