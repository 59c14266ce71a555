// Type-checked in a fresh project against the packed packages' types, with
// moduleResolution node16 and bundler: a consumer's everyday use compiles, and
// a wrong use does not (the @ts-expect-error line fails to compile if it would).
import { documentId, parse, type Block, type Document } from '@corpus/core'
import { readCorpus, type CorpusItem } from '@corpus/core/node'
import { csvWriter, toCsv, type CsvRecords, type TableName } from '@corpus/csv'
import { writeCsvTables, type WrittenTables } from '@corpus/csv/node'
import { toJsonLd, type JsonLdOptions } from '@corpus/jsonld'
import { markdownFileName, toMarkdown } from '@corpus/markdown'

const document: Document = parse('Le conseil municipal se réunit lundi soir.', { file: '001_0123456789abcdef.txt' })
const first: Block | undefined = document.children[0]
const language: string | null = document.language
const options: JsonLdOptions = { profile: 'dcterms', annotations: true }
const jsonld: object = toJsonLd(document, options)
const tables: Record<TableName, string> = toCsv([document], { profile: 'excel-fr' })
const some: Partial<Record<TableName, string>> = toCsv([document], { tables: ['documents'] })
const records: CsvRecords = csvWriter().render(document)
const name: string = markdownFileName({ source: document.source }, { extension: '.md' })
const markdown: string = toMarkdown(document, { frontmatter: ['id', 'date'] })

export async function blocksIn(folder: string): Promise<number> {
  let count = 0
  const items: AsyncIterable<CorpusItem> = readCorpus(folder)
  for await (const item of items) if (item.type === 'document') count += item.document.children.length
  return count
}

export const tablesOf = (folder: string): Promise<WrittenTables> => writeCsvTables([document], folder)

// @ts-expect-error: a document's language is a string or null, never a number.
const wrong: number = document.language

export const used = [documentId(document), first, language, jsonld, tables, some, records, name, markdown, wrong]
