// Type-checked in a fresh project against the packed packages' types, with
// moduleResolution node16 and bundler: a consumer's everyday use compiles, and
// its wrong uses do not (each @ts-expect-error line fails to compile if it would).
import { createGazetteer, documentId, gazetteerFromJson, parse, type Block, type DatelineInfo, type Document, type GazetteerEntry, type RuleId } from '@corpus/core'
import { readCorpus, type CorpusItem } from '@corpus/core/node'
import { csvWriter, toCsv, toCsvChunks, type CsvChunk, type CsvRecords, type TableName } from '@corpus/csv'
import { writeCsvTables, type WrittenTables } from '@corpus/csv/node'
import { corpusToJsonLd, toJsonLd, toNdjson, type JsonLdGraphDocument, type JsonLdNodeDocument, type JsonLdOptions } from '@corpus/jsonld'
import { corpusParse, fromMarkdown, markdownFileName, toMarkdown, type ReadDocument } from '@corpus/markdown'

const document: Document = parse('Le conseil municipal se réunit lundi soir.', { file: '001_0123456789abcdef.txt' })
const first: Block | undefined = document.children[0]
const language: string | null = document.language
const options: JsonLdOptions = { vocabulary: 'dcterms', annotations: true }
const jsonld: object = toJsonLd(document, options)
const tables: Record<TableName, string> = toCsv([document], { dialect: 'excel-fr' })
const some: Partial<Record<TableName, string>> = toCsv([document], { tables: ['documents'] })
const records: CsvRecords = csvWriter().render(document)
const name: string = markdownFileName({ source: document.source }, { extension: '.md' })
const markdown: string = toMarkdown(document, { frontmatter: ['id', 'date'] })
const entries: GazetteerEntry[] = gazetteerFromJson('[{"id": "place:lorient", "label": "Lorient", "kind": "place"}]')
const withArchive: Document = parse('Le port de Lorient rouvre.', { gazetteer: createGazetteer(entries) })
const rules: RuleId[] = withArchive.diagnostics.map((diagnostic) => diagnostic.ruleId)
const node: JsonLdNodeDocument = toJsonLd(document)
const graph: JsonLdGraphDocument = corpusToJsonLd([document], { annotations: true })
const read: ReadDocument = fromMarkdown(markdown)
const dateline: DatelineInfo | null | undefined = read.frontmatter?.dateline
const plugin: typeof corpusParse = corpusParse

export async function streamed(documents: Document[]): Promise<number> {
  let length = 0
  for await (const line of toNdjson(documents)) length += line.length
  for await (const chunk of toCsvChunks(documents, { tables: ['quotes'] })) length += (chunk satisfies CsvChunk).text.length
  return length
}

export async function blocksIn(folder: string): Promise<number> {
  let count = 0
  const items: AsyncIterable<CorpusItem> = readCorpus(folder)
  for await (const item of items) if (item.type === 'document') count += item.document.children.length
  return count
}

export const tablesOf = (folder: string): Promise<WrittenTables> => writeCsvTables([document], folder)

// @ts-expect-error: a document's language is a string or null, never a number.
const wrong: number = document.language

// @ts-expect-error: a table this package does not write.
const unknownTable = toCsv([document], { tables: ['pages'] })

// @ts-expect-error: with annotations, the JSON-LD is a graph, not one node.
const notANode: JsonLdNodeDocument = toJsonLd(document, { annotations: true })

export const used = [documentId(document), first, language, jsonld, tables, some, records, name, markdown, rules, node, graph, dateline, plugin, wrong, unknownTable, notANode]
