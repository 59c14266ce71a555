import { documentId, type Document } from '@corpus/core'
import { toCsv, type TableName } from '@corpus/csv'
import { toJsonLd } from '@corpus/jsonld'
import { markdownFileName, toMarkdown } from '@corpus/markdown'

/** One file to show and download. */
export interface Output {
  name: string
  type: string
  text: string
}

/** The document in each format, as the exporters write it; the CSV by table. */
export function outputs(document: Document): { jsonld: Output; markdown: Output; csv: Map<TableName, Output> } {
  const stem = markdownFileName(document).replace(/\.md$/, '') || documentId(document)
  const tables = toCsv([document])
  return {
    jsonld: { name: `${stem}.jsonld`, type: 'application/ld+json', text: `${JSON.stringify(toJsonLd(document, { annotations: true }), null, 2)}\n` },
    markdown: { name: `${stem}.md`, type: 'text/markdown', text: toMarkdown(document) },
    csv: new Map(Object.entries(tables).map(([table, text]) => [table as TableName, { name: `${stem}-${table}.csv`, type: 'text/csv', text }]))
  }
}
