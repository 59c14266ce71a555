// Run in a fresh project where the packed packages are installed: a small real
// job through every public entry, printed as JSON for the check to compare
// with what the workspace's builds give.
import process from 'node:process'
import { documentId } from '@corpus/core'
import { parseFile, readCorpus } from '@corpus/core/node'
import { toCsv } from '@corpus/csv'
import { writeCsvTables } from '@corpus/csv/node'
import { toJsonLd } from '@corpus/jsonld'
import { fromMarkdown, toMarkdown } from '@corpus/markdown'

const [file, folder, out] = process.argv.slice(2)
const document = await parseFile(file)
const documents = []
for await (const item of readCorpus(folder)) if (item.type === 'document') documents.push(item.document)
const written = await writeCsvTables(documents, out)
process.stdout.write(
  JSON.stringify({
    id: documentId(document),
    language: document.language,
    jsonld: toJsonLd(document),
    csv: toCsv([document]),
    markdown: toMarkdown(document),
    blocks: fromMarkdown(toMarkdown(document)).children.length,
    corpus: documents.length,
    tables: written.files.map((table) => [table.path, table.sha256])
  })
)
