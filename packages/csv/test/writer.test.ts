import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, type Document } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { csvWriter, toCsv, toCsvChunks, type CsvOptions } from '../src/index.js'
import { existingTables, writeCsvTables } from '../src/node/index.js'
import { NODE_FILE_SYSTEM, type FileSystem } from '../src/node/file-system.js'
import { writeTables } from '../src/node/write-tables.js'
import { scratchFolders } from './support/scratch.js'

const documents = [
  parse(' date 2024-02 Le tramway de Besançon rouvre le 5 février après « six mois » de travaux.', { file: '001_0a1b2c3d4e5f6071.txt' }),
  parse('La médiathèque de Vannes prolonge ses horaires le samedi.', { file: '002_1b2c3d4e5f607182.txt' })
]
const folder = scratchFolders()
/** The names a reader sees in a folder (the generations of tables are hidden). */
const visible = (path: string) => readdirSync(path).filter((name) => !name.startsWith('.')).sort()

describe('columns', () => {
  it('are chosen and renamed through options, keys following their columns', () => {
    const writer = csvWriter({ tables: ['documents', 'dates'], columns: { documents: { include: ['doc_id', 'date', 'year_month'], rename: { doc_id: 'id' } }, dates: { include: ['doc_id', 'date_index', 'date'] } } })
    expect(writer.header('documents')).toBe('id,date,year_month\r\n')
    expect(writer.records(documents[0] as Document)).toEqual({ documents: 'doc-0a1b2c3d4e5f6071,2024-02,2024-02\r\n', dates: 'doc-0a1b2c3d4e5f6071,0,2024-02-05\r\n' })
    const [table, dates] = writer.tables
    expect(table?.primaryKey).toEqual(['id'])
    expect(dates?.foreignKeys).toEqual([{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['id'] } }])
  })

  it('drop keys whose columns are not written', () => {
    const writer = csvWriter({ tables: ['documents', 'blocks'], columns: { blocks: { include: ['doc_id', 'text'] } } })
    expect(writer.tables[1]?.primaryKey).toEqual([])
    expect(writer.tables[1]?.foreignKeys).toEqual([{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }])
    expect(csvWriter({ tables: ['blocks'] }).tables[0]?.foreignKeys).toEqual([])
  })

  it('refuse unknown tables, columns, profiles and clashing names', () => {
    expect(() => csvWriter({ tables: ['documents', 'pages' as 'documents'] })).toThrow('Invalid table `pages`')
    expect(() => csvWriter({ columns: { blocks: { include: ['doc_id', 'txt'] } } })).toThrow('Invalid column `txt` of table `blocks`')
    expect(() => csvWriter({ columns: { blocks: { rename: { txt: 'x' } } } })).toThrow('Invalid column `txt`')
    expect(() => csvWriter({ dialect: 'excel-de' as 'excel' })).toThrow('Invalid `dialect` "excel-de"')
    expect(() => csvWriter({ columns: { blocks: { rename: { kind: 'text' } } } })).toThrow('Two columns of table `blocks` would have the same name')
  })

  it('refuse two documents with one id: doc_id is a key', () => {
    const writer = csvWriter()
    writer.records(documents[0] as Document)
    expect(() => writer.records(documents[0] as Document)).toThrow('Two documents have the id `doc-0a1b2c3d4e5f6071`')
  })
})

describe('rendered records', () => {
  const options: CsvOptions = { dialect: 'excel-fr', tables: ['documents', 'quotes'] }

  it('are the records of the document, and are taken as the document is', () => {
    const rendered = csvWriter(options).render(documents[0] as Document)
    expect(rendered).toEqual({ type: 'csvRecords', id: 'doc-0a1b2c3d4e5f6071', file: '001_0a1b2c3d4e5f6071.txt', tables: csvWriter(options).records(documents[0] as Document) })
    expect(rendered.tables.quotes).toContain('six mois')
    const writer = csvWriter(options)
    expect(writer.records(rendered)).toEqual(rendered.tables)
    expect(() => writer.records(documents[0] as Document)).toThrow('Two documents have the id `doc-0a1b2c3d4e5f6071` (001_0a1b2c3d4e5f6071.txt)')
    expect(() => csvWriter(options).records({ ...rendered, id: 'other' })).not.toThrow()
  })

  it('come table by table in pieces that make the records render gives', () => {
    const writer = csvWriter(options)
    const rendered = writer.render(documents[0] as Document)
    for (const table of ['documents', 'quotes'] as const) expect([...writer.pieces(documents[0] as Document, table)].join('')).toBe(rendered.tables[table])
    expect(() => [...writer.pieces(documents[0] as Document, 'blocks')]).toThrow('Table `blocks` is not written')
    expect(writer.has('doc-0a1b2c3d4e5f6071')).toBe(false)
  })

  it('are refused by a writer of other tables', () => {
    const rendered = csvWriter(options).render(documents[1] as Document)
    expect(() => csvWriter().records(rendered)).toThrow('The records of 002_1b2c3d4e5f607182.txt are for the tables documents, quotes, not documents, blocks')
  })

  it('are written by writeCsvTables as the documents are', async () => {
    const [fromDocuments, fromRecords] = [folder(), folder()]
    await writeCsvTables(documents, fromDocuments, options)
    const renderer = csvWriter(options)
    await writeCsvTables([renderer.render(documents[0] as Document), documents[1] as Document], fromRecords, options)
    for (const name of visible(fromDocuments)) expect(readFileSync(join(fromRecords, name), 'utf8')).toBe(readFileSync(join(fromDocuments, name), 'utf8'))
    expect(visible(fromRecords)).toEqual(['csv-metadata.json', 'datapackage.json', 'documents.csv', 'quotes.csv'])
  })

  it('may be bytes, copied as they are, between records given as text', async () => {
    const [fromDocuments, fromBytes] = [folder(), folder()]
    await writeCsvTables(documents, fromDocuments, options)
    const rendered = csvWriter(options).render(documents[0] as Document)
    const bytes = Object.fromEntries(Object.entries(rendered.tables).map(([table, text]) => [table, new TextEncoder().encode(typeof text === 'string' ? text : '')]))
    const written = await writeCsvTables([{ ...rendered, tables: bytes }, documents[1] as Document], fromBytes, options)
    for (const name of visible(fromDocuments)) expect(readFileSync(join(fromBytes, name), 'utf8')).toBe(readFileSync(join(fromDocuments, name), 'utf8'))
    // Sizes and hashes count the bytes copied, as the metadata records them.
    const quotes = readFileSync(join(fromBytes, 'quotes.csv'))
    expect(written.files.find((file) => file.table === 'quotes')).toEqual({ table: 'quotes', path: 'quotes.csv', bytes: quotes.length, sha256: createHash('sha256').update(quotes).digest('hex') })
  })
})

describe('streaming', () => {
  it('gives each header first, then each document’s records, as toCsv holds them whole', async () => {
    async function* slowly() {
      for (const document of documents) yield await Promise.resolve(document)
    }
    const chunks: Array<[string, string]> = []
    for await (const chunk of toCsvChunks(slowly())) chunks.push([chunk.table, chunk.text])
    expect(chunks.slice(0, 8).map(([table]) => table)).toEqual(['documents', 'blocks', 'sentences', 'quotes', 'dates', 'entities', 'mentions', 'diagnostics'])
    const joined: Record<string, string> = {}
    for (const [table, text] of chunks) joined[table] = (joined[table] ?? '') + text
    expect(joined).toEqual(toCsv(documents))
  })
})

describe('writeCsvTables', () => {
  it('writes the tables and their metadata, with true sizes and hashes', async () => {
    const out = folder()
    const written = await writeCsvTables(documents, out)
    expect(visible(out)).toEqual(['blocks.csv', 'csv-metadata.json', 'datapackage.json', 'dates.csv', 'diagnostics.csv', 'documents.csv', 'entities.csv', 'mentions.csv', 'quotes.csv', 'sentences.csv'])
    expect(written.documents).toBe(2)
    const tables = toCsv(documents)
    for (const file of written.files) {
      const bytes = readFileSync(join(out, file.path))
      expect(bytes.toString('utf8')).toBe(tables[file.table])
      expect(file.bytes).toBe(bytes.length)
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
    const datapackage = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: Array<{ path: string; hash: string; bytes: number }> }
    for (const resource of datapackage.resources) {
      const bytes = readFileSync(join(out, resource.path))
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`)
      expect(resource.bytes).toBe(bytes.length)
    }
  })

  it('leaves a document of an id already written out of the tables when told what to do with it', async () => {
    const out = folder()
    const again = parse('Le même identifiant, un autre texte.', { file: '003_0a1b2c3d4e5f6071.txt' })
    const left: unknown[] = []
    const written = await writeCsvTables([documents[0] as Document, again, csvWriter().render(again), documents[1] as Document], out, { onDuplicate: (document) => left.push(document) })
    expect(left).toEqual([
      { id: 'doc-0a1b2c3d4e5f6071', file: '003_0a1b2c3d4e5f6071.txt' },
      { id: 'doc-0a1b2c3d4e5f6071', file: '003_0a1b2c3d4e5f6071.txt' }
    ])
    expect(written.documents).toBe(2)
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toBe(toCsv(documents).documents)
    await expect(writeCsvTables([documents[0] as Document, again], folder())).rejects.toThrow('Two documents have the id `doc-0a1b2c3d4e5f6071` (003_0a1b2c3d4e5f6071.txt)')
  })

  it('writes a large table in pieces, never between the halves of a surrogate pair', async () => {
    const out = folder()
    // Of two shifts by one character, one puts a pair across each piece's end.
    const large = [0, 1].map((shift) => parse(`${'a'.repeat(shift)}${'Le 🐟 frais. '.repeat(3000)}`, { file: `00${shift}_${'0'.repeat(15)}${shift}.txt` }))
    await writeCsvTables(large, out, { tables: ['blocks', 'sentences'] })
    const tables = toCsv(large, { tables: ['blocks', 'sentences'] })
    expect(readFileSync(join(out, 'blocks.csv'), 'utf8')).toBe(tables.blocks)
    expect(readFileSync(join(out, 'sentences.csv'), 'utf8')).toBe(tables.sentences)
  })

  it('writes .tsv files in the TSV profile', async () => {
    const out = folder()
    await writeCsvTables(documents, out, { dialect: 'tsv', tables: ['documents'] })
    expect(visible(out)).toEqual(['csv-metadata.json', 'datapackage.json', 'documents.tsv'])
  })

  it('writes nothing when the documents fail mid-way, and leaves no temporary file', async () => {
    const out = folder()
    async function* failing() {
      yield documents[0] as Document
      throw new Error('disk gone')
    }
    await expect(writeCsvTables(failing(), out)).rejects.toThrow('disk gone')
    expect(readdirSync(out)).toEqual([])
  })

  it('does not overwrite existing files unless asked, and then replaces them', async () => {
    const out = folder()
    writeFileSync(join(out, 'blocks.csv'), 'old')
    await expect(writeCsvTables(documents, out)).rejects.toThrow(`Not overwriting blocks.csv in ${out}`)
    expect(readFileSync(join(out, 'blocks.csv'), 'utf8')).toBe('old')
    expect(existsSync(join(out, 'documents.csv'))).toBe(false)
    await writeCsvTables(documents, out, { overwrite: true })
    expect(readFileSync(join(out, 'blocks.csv'), 'utf8')).toBe(toCsv(documents).blocks)
  })

  it('does not overwrite a file that appears while it writes (another run), and moves none of its own', async () => {
    const out = folder()
    async function* racing() {
      yield documents[0] as Document
      writeFileSync(join(out, 'quotes.csv'), 'theirs')
      yield* documents.slice(1)
    }
    await expect(writeCsvTables(racing(), out)).rejects.toThrow(`Not overwriting ${join(out, 'quotes.csv')}`)
    expect(readdirSync(out)).toEqual(['quotes.csv'])
    expect(readFileSync(join(out, 'quotes.csv'), 'utf8')).toBe('theirs')
  })
})

describe('the on-disk layout', () => {
  it('reads each name through .corpus-tables, a link to the one generation there is', async () => {
    const out = folder()
    await writeCsvTables(documents, out, { tables: ['documents'] })
    await writeCsvTables(documents.slice(1), out, { tables: ['documents', 'quotes'], overwrite: true })
    const hidden = readdirSync(out).filter((name) => name.startsWith('.'))
    const generation = readlinkSync(join(out, '.corpus-tables'))
    expect(generation).toMatch(new RegExp(`^\\.corpus-tables-${process.pid}-[0-9a-f]{8}$`))
    expect(hidden.sort()).toEqual(['.corpus-tables', generation])
    for (const name of visible(out)) expect(readlinkSync(join(out, name))).toBe(join('.corpus-tables', name))
    expect(readdirSync(join(out, generation)).sort()).toEqual(visible(out))
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toBe(toCsv(documents.slice(1)).documents)
  })

  it('tells what is in the way of a set, and not the links a stopped run left leading nowhere', async () => {
    const out = folder()
    expect(await existingTables(out)).toEqual([])
    await writeCsvTables(documents, out, { tables: ['documents'] })
    expect(await existingTables(out, { tables: ['quotes'] })).toEqual([join(out, 'datapackage.json'), join(out, 'csv-metadata.json'), join(out, 'documents.csv')])
    rmSync(join(out, '.corpus-tables'))
    expect(await existingTables(out)).toEqual([])
    writeFileSync(join(out, 'quotes.csv'), 'theirs')
    expect(await existingTables(out)).toEqual([join(out, 'quotes.csv')])
  })

  it('removes what stopped runs left, not what a running one is writing', async () => {
    const out = folder()
    // 2^22 + 1: above Linux's largest process id, so no process runs with it.
    const running = `.corpus-tables-${process.pid}-0badf00d`
    for (const name of ['.corpus-tables-4194305-0badf00d', running]) mkdirSync(join(out, name))
    for (const name of ['.quotes.csv.4194305-0badf00d.tmp', '.corpus-tables.4194305-0badf00d.tmp']) writeFileSync(join(out, name), 'left')
    writeFileSync(join(out, '.notes.txt.4194305-0badf00d.tmp'), 'not ours')
    await writeCsvTables(documents, out, { tables: ['documents'] })
    const hidden = readdirSync(out).filter((name) => name.startsWith('.'))
    expect(hidden.sort()).toEqual(['.corpus-tables', readlinkSync(join(out, '.corpus-tables')), running, '.notes.txt.4194305-0badf00d.tmp'].sort())
  })

  it('moves each file into place where the file system has no symbolic links', async () => {
    const out = folder()
    const refusing: FileSystem = { ...NODE_FILE_SYSTEM, symlink: () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' })) }
    await writeTables(documents, out, { tables: ['documents', 'quotes'] }, refusing)
    expect(readdirSync(out).sort()).toEqual(['csv-metadata.json', 'datapackage.json', 'documents.csv', 'quotes.csv'])
    expect(lstatSync(join(out, 'quotes.csv')).isFile()).toBe(true)
    expect(readFileSync(join(out, 'quotes.csv'), 'utf8')).toBe(toCsv(documents).quotes)
    await expect(writeTables(documents, out, { tables: ['quotes'] }, refusing)).rejects.toThrow('Not overwriting quotes.csv, datapackage.json, csv-metadata.json')
  })
})
