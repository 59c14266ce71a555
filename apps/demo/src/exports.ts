import { documentId, type Document } from '@corpus/core'
import { toCsv, type TableName } from '@corpus/csv'
import { toJsonLd } from '@corpus/jsonld'
import { markdownFileName, toMarkdown } from '@corpus/markdown'

/** The formats the page exports. */
export type Format = 'jsonld' | 'csv' | 'markdown'

/** One file to show and download. */
export interface Output {
  name: string
  type: string
  text: string
}

/** The document in one format, as the exporters write it; the CSV one table (`documents` unless named). */
export function exportOf(document: Document, format: Format, table: TableName = 'documents'): Output {
  const stem = markdownFileName(document).replace(/\.md$/, '') || documentId(document)
  switch (format) {
    case 'jsonld':
      return { name: `${stem}.jsonld`, type: 'application/ld+json', text: `${JSON.stringify(toJsonLd(document, { annotations: true }), null, 2)}\n` }
    case 'markdown':
      return { name: `${stem}.md`, type: 'text/markdown', text: toMarkdown(document) }
    case 'csv':
      return { name: `${stem}-${table}.csv`, type: 'text/csv', text: toCsv([document], { tables: [table] })[table] ?? '' }
  }
}
