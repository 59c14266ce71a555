import type { Diagnostic, Document } from '@corpus/core'
import type { CsvOptions } from '@corpus/csv'
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
 * A format's text, made only when it is written: whole, or for a large
 * document in chunks, so that its JSON-LD is never held as one string.
 */
export type Text = string | (() => Iterable<string>)

/** A document's files, made as they are written: each format's text (`null`: not written). */
export interface Rendered {
  jsonld: Text | null
  markdown: Text | null
}

// Documents of up to this many characters have their JSON-LD made whole: the engine's own JSON.stringify is faster than chunks.
const WHOLE = 1 << 20

/** Makes documents into the text of their files, each made only when it is written (the CSV records go their own way, table by table). */
export function renderer(plan: RenderPlan): (document: Document) => Rendered {
  const { jsonld, markdown } = plan
  return (document) => ({
    jsonld: jsonld === null ? null : () => (document.text.length > WHOLE ? jsonFile(toJsonLd(document, jsonld)) : [`${JSON.stringify(toJsonLd(document, jsonld), null, 2)}\n`]),
    markdown: markdown === null ? null : () => [toMarkdown(document, markdown)]
  })
}

/** The diagnostics of `document` that say it could not be read as text. */
export const errorsOf = (document: Document): Diagnostic[] => document.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
