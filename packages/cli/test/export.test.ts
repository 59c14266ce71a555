import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@corpus/core'
import { parseFile } from '@corpus/core/node'
import { TABLES as CSV_TABLES, toCsv } from '@corpus/csv'
import { corpusToJsonLd, toJsonLd } from '@corpus/jsonld'
import { corpusToMarkdownBook, toMarkdown } from '@corpus/markdown'
import { describe, expect, it } from 'vitest'
import { parseMarkdownBytes } from '../src/markdown-input.js'
import { corpusCommand } from './in-process.js'
import { corpusOf, filesUnder, run, SAMPLE, SAMPLE_FILES, scratch, start } from './run.js'

const stem = (name: string) => name.replace(/\.txt$/, '')
const TABLES_IN_ORDER = 'documents, blocks, sentences, quotes, dates, entities, mentions, diagnostics'
const TABLES = ['blocks', 'dates', 'diagnostics', 'documents', 'entities', 'mentions', 'quotes', 'sentences']
const TABLE_COLUMNS: Record<string, string[]> = Object.fromEntries(Object.values(CSV_TABLES).map((table) => [table.name, table.columns.map((column) => column.name)]))

/** `corpus <args>` run in this process, as the binary runs it: most tests need no process of their own, which costs more than the work. */
const here = (args: readonly string[]) => corpusCommand(args, SAMPLE)

// Each test writes into folders of its own: they run side by side, their commands overlapping.
describe.concurrent('corpus export', () => {
  it('writes every format of the sample corpus, each file as the library writes it, and says where', async () => {
    const out = join(scratch(), 'out')
    const result = await run(['export', '.', '--out', out])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toBe(`10 documents read.\njsonld    10 files in ${out}/jsonld\ncsv       8 tables and their metadata in ${out}/csv\nmarkdown  10 files in ${out}/markdown\n`)
    expect(filesUnder(out)).toEqual([
      'corpus-export.ndjson',
      ...['csv-metadata.json', 'datapackage.json', ...TABLES.map((table) => `${table}.csv`)].sort().map((name) => `csv/${name}`),
      ...SAMPLE_FILES.map((name) => `jsonld/${stem(name)}.jsonld`),
      ...SAMPLE_FILES.map((name) => `markdown/${stem(name)}.md`)
    ])
    for (const name of SAMPLE_FILES) {
      const document = await parseFile(join(SAMPLE, name))
      expect(JSON.parse(readFileSync(join(out, 'jsonld', `${stem(name)}.jsonld`), 'utf8'))).toEqual(toJsonLd(document))
      expect(readFileSync(join(out, 'markdown', `${stem(name)}.md`), 'utf8')).toBe(toMarkdown(document))
    }
    const documents = readFileSync(join(out, 'csv', 'documents.csv'), 'utf8').trimEnd().split('\r\n')
    expect(documents).toHaveLength(11)
    expect(documents[0]?.startsWith('doc_id,source_file,title,title_devised,ordinal,sha256,byte_length')).toBe(true)
  })

  it('writes the same files with --jobs, its parsing in worker threads', async () => {
    const one = scratch()
    const two = scratch()
    expect((await here(['export', '.', '--out', one])).code).toBe(0)
    const parallel = await run(['export', '.', '--out', two, '--jobs', '3'])
    expect(parallel).toMatchObject({ code: 0, stderr: '' })
    expect(filesUnder(two)).toEqual(filesUnder(one))
    for (const path of filesUnder(one)) expect(readFileSync(join(two, path), 'utf8'), path).toBe(readFileSync(join(one, path), 'utf8'))
  })

  it('writes one format into its own folder of --out, as it writes all, with the exporters’ options', async () => {
    const out = scratch()
    const result = await here(['export', SAMPLE_FILES[0] ?? '', '--format', 'jsonld', '--out', out, '--vocabulary', 'dcterms', '--base', 'https://archives.example/presse/', '--annotations'])
    expect(result).toEqual({ code: 0, stdout: `1 document read.\njsonld    1 file in ${out}/jsonld\n`, stderr: '' })
    expect(filesUnder(out)).toEqual(['corpus-export.ndjson', `jsonld/${stem(SAMPLE_FILES[0] ?? '')}.jsonld`])
    const document = await parseFile(join(SAMPLE, SAMPLE_FILES[0] ?? ''))
    expect(JSON.parse(readFileSync(join(out, 'jsonld', `${stem(SAMPLE_FILES[0] ?? '')}.jsonld`), 'utf8'))).toEqual(toJsonLd(document, { vocabulary: 'dcterms', base: 'https://archives.example/presse/', annotations: true }))
  })

  it('describes the collection as the options say, and refuses a licence that is not an IRI by its option', async () => {
    const out = scratch()
    const collection = ['--name', 'Presse régionale', '--description', 'Articles de 2020 à 2024.', '--license', 'https://creativecommons.org/licenses/by/4.0/', '--publisher', 'Archives de Lurcy', '--creator', 'Service des archives']
    const result = await here(['export', SAMPLE_FILES[0] ?? '', '--format', 'jsonld', '--out', out, ...collection])
    expect(result.code).toBe(0)
    const corpus = { name: 'Presse régionale', description: 'Articles de 2020 à 2024.', license: 'https://creativecommons.org/licenses/by/4.0/', publisher: 'Archives de Lurcy', creator: 'Service des archives' }
    const document = await parseFile(join(SAMPLE, SAMPLE_FILES[0] ?? ''))
    expect(JSON.parse(readFileSync(join(out, 'jsonld', `${stem(SAMPLE_FILES[0] ?? '')}.jsonld`), 'utf8'))).toEqual(toJsonLd(document, { corpus }))
    const bad = await here(['export', SAMPLE_FILES[0] ?? '', '--format', 'jsonld', '--out', scratch(), '--license', 'CC BY'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--license: Invalid `license` "CC BY": expected an absolute IRI')
  })

  it('keeps existing outputs unless --force: finds them in every format before reading, and names a few and their count', async () => {
    const out = scratch()
    expect((await here(['export', '.', '--out', out])).code).toBe(0)
    const kept = join(out, 'csv', 'documents.csv')
    const before = statSync(kept).mtimeMs
    // A missing input, reported if it were read: the refusal comes first.
    const again = await here(['export', '.', 'missing.txt', '--out', out])
    expect(again).toMatchObject({ code: 2, stdout: '' })
    const shown = SAMPLE_FILES.slice(0, 5).map((name) => `  ${out}/jsonld/${stem(name)}.jsonld\n`)
    expect(again.stderr).toBe(`Not overwriting 30 files that exist (pass --force to replace them):\n${shown.join('')}  and 25 more\n`)
    expect(statSync(kept).mtimeMs).toBe(before)

    // One document's file there already: nothing is read, nothing written.
    const jsonld = scratch()
    mkdirSync(join(jsonld, 'jsonld'))
    const first = join(jsonld, 'jsonld', `${stem(SAMPLE_FILES[0] ?? '')}.jsonld`)
    writeFileSync(first, 'mine\n')
    const some = await here(['export', '.', '--format', 'jsonld', '--out', jsonld])
    expect(some).toMatchObject({ code: 2, stdout: '', stderr: `Not overwriting a file that exists (pass --force to replace it):\n  ${first}\n` })
    expect(readFileSync(first, 'utf8')).toBe('mine\n')
    expect(filesUnder(jsonld)).toHaveLength(1)
    // Files of other names in the folder are in no one's way.
    writeFileSync(join(jsonld, 'jsonld', 'autre.jsonld'), 'mine\n')
    expect((await here(['export', SAMPLE_FILES[1] ?? '', '--format', 'jsonld', '--out', jsonld])).code).toBe(0)

    const forced = await here(['export', '.', '--format', 'jsonld', '--out', jsonld, '--force'])
    expect(forced.code).toBe(0)
    expect(readFileSync(first, 'utf8')).not.toBe('mine\n')
  })

  it('writes nothing when it read no document: no tables, no folders', async () => {
    const out = join(scratch(), 'out')
    for (let time = 0; time < 2; time++) {
      const result = await here(['export', 'nosuchfolder', '--out', out])
      expect(result).toMatchObject({ code: 2, stdout: '0 documents read (1 input not read): nothing written.\n' })
      expect(result.stderr).toBe(`nosuchfolder  error  Cannot read '${join(SAMPLE, 'nosuchfolder')}': no such file or directory  read-error\n`)
      expect(existsSync(out)).toBe(false)
    }
    const there = scratch()
    expect((await here(['export', 'nosuchfolder', '--out', there, '--format', 'csv'])).code).toBe(2)
    expect(readdirSync(there)).toEqual([])
  })

  it('reports a file it cannot read, writes the others, and exits with 2', async () => {
    const out = scratch()
    const result = await here(['export', SAMPLE_FILES[0] ?? '', 'missing.txt', SAMPLE_FILES[1] ?? '', '--format', 'markdown', '--out', out])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`missing.txt  error  Cannot read '${join(SAMPLE, 'missing.txt')}': no such file or directory  read-error\n`)
    expect(filesUnder(out)).toEqual(['corpus-export.ndjson', `markdown/${stem(SAMPLE_FILES[0] ?? '')}.md`, `markdown/${stem(SAMPLE_FILES[1] ?? '')}.md`])
  })

  it('reads one document from standard input and writes one format to standard output', async () => {
    const text = 'PARIS, 3 mai (AFP) - Le ministre Paul Verdier a visité Lyon.\n\nIl repart demain.\n'
    const jsonld = await run(['export', '-', '--format', 'jsonld', '--out', '-'], { input: text })
    expect(jsonld).toMatchObject({ code: 0, stderr: '' })
    expect(jsonld.stdout).toBe(`${JSON.stringify(toJsonLd(parse(new TextEncoder().encode(text))))}\n`)

    const markdown = await run(['export', '-', '--format', 'markdown', '--out', '-'], { input: text })
    expect(markdown.stdout).toBe(toMarkdown(parse(new TextEncoder().encode(text))))

    const csv = await run(['export', '-', '--format', 'csv', '--tables', 'mentions', '--out', '-'], { input: text })
    const [header = '', ...rows] = csv.stdout.trimEnd().split('\r\n')
    const column = header.split(',').indexOf('text')
    expect(rows.map((row) => row.split(',')[column])).toEqual(['PARIS', 'AFP', 'Paul Verdier', 'Lyon'])
  })

  it('refuses what it cannot do, before any work', async () => {
    const out = join(scratch(), 'out')
    const cases: [string[], string][] = [
      [['export', '.', '--out', '-'], '--out - writes one format: choose it with --format'],
      [['export', '.', '--format', 'csv', '--out', '-'], '--out - writes one CSV table: choose it with --tables'],
      [['export', '.', '--format', 'pdf', '--out', out], '--format must be one of jsonld, csv, markdown, all, not `pdf`'],
      [['export', '.', '--tables', 'documents,people', '--out', out], '--tables must be one of documents, blocks, sentences, quotes, dates, entities, mentions, diagnostics, not `people`'],
      [['export', '.'], '--out is required: a folder, or - for standard output'],
      [['export', '--out', out], 'no input: name files, folders, patterns, or - for standard input'],
      [['export', '.', '--out', out, '--colour'], 'unknown option --colour'],
      [['export', '.', '--out', out, '--jobs', '0x4'], '--jobs must be a whole number of at least 1, not `0x4`'],
      [['export', '.', '--out', out, '--jobs', '17'], '--jobs must be at most 16, not 17'],
      [['export', '.', '--out', ''], '--out is empty: name a folder, or - for standard output'],
      [['export', '.', '--out', out, '--tables', ''], `--tables names no table: name one or more of ${TABLES_IN_ORDER}`],
      [['export', '.', '--out', out, '--tables', ' , '], `--tables names no table: name one or more of ${TABLES_IN_ORDER}`],
      [['export', '.', '--out', out, '-f', 'csv', '-f', 'pdf'], '--format must be one of jsonld, csv, markdown, all, not `pdf`'],
      [['export', '.', '--out', out, '--columns', 'wide'], '--columns must be all or compact, or columns as table.column, not `wide`'],
      [['export', '.', '--out', out, '--columns', ' , '], '--columns names nothing: give all or compact, or columns as table.column, comma-separated'],
      [['export', '.', '--out', out, '--columns', 'people.name'], `--columns: \`people.name\`: no table people; the tables are ${TABLES_IN_ORDER}`],
      [['export', '.', '--out', out, '--columns', 'sentences.txt'], '--columns: `sentences.txt`: sentences has no column txt; its columns are doc_id, sentence_index, block_index, text, start_line,'],
      [['export', '.', '--out', out, '--columns', 'sentences.text,sentences.text'], '--columns: `sentences.text` is named twice'],
      [['export', '.', '--out', out, '--tables', 'documents', '--columns', 'sentences.text'], '--columns: `sentences.text`: the table sentences is not written (--tables)']
    ]
    // Refused while reading the command line: in this process, as the binary runs it, without starting one each.
    for (const [args, message] of cases) {
      const result = await corpusCommand(args, SAMPLE)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toContain(`corpus export: ${message}`)
    }
    expect((await run(cases[0]?.[0] ?? [])).stderr).toContain(`corpus export: ${cases[0]?.[1]}`)
    expect(existsSync(out)).toBe(false)
  })

  it('gives files of one name in different folders names of their own, same bytes or not', async () => {
    const input = scratch()
    for (const [folder, text] of [['a', 'Un texte.\n'], ['b', 'Un autre texte.\n'], ['c', 'Un autre texte.\n']] as const) {
      mkdirSync(join(input, folder))
      writeFileSync(join(input, folder, 'notes.txt'), text)
    }
    const out = scratch()
    const result = await here(['export', input, '--format', 'jsonld', '--out', out])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const names = filesUnder(out)
    expect(names).toHaveLength(4)
    expect(names).toContain('corpus-export.ndjson')
    expect(names).toContain('jsonld/notes.jsonld')
  })

  it('leaves a second document of one id out of the CSV tables, says so, and writes the rest', async () => {
    const input = scratch()
    for (const folder of ['a', 'b']) {
      mkdirSync(join(input, folder))
      writeFileSync(join(input, folder, '004_0a1b2c3d4e5f6071.txt'), `Le marché de ${folder} rouvre.\n`)
    }
    writeFileSync(join(input, '005_1b2c3d4e5f607182.txt'), 'La médiathèque ferme en août.\n')
    for (const jobs of ['1', '2']) {
      const out = scratch()
      // One job in this process; two need the binary's worker threads.
      const args = ['export', input, '--out', out, '--quiet', '--jobs', jobs]
      const result = jobs === '1' ? await here(args) : await run(args)
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`${join(input, 'b', '004_0a1b2c3d4e5f6071.txt')}  error  another document has the id doc-0a1b2c3d4e5f6071: left out of the CSV tables  duplicate-id\n`)
      const documents = readFileSync(join(out, 'csv', 'documents.csv'), 'utf8').trimEnd().split('\r\n')
      expect(documents.map((row) => row.split(',')[0])).toEqual(['doc_id', 'doc-0a1b2c3d4e5f6071', 'doc-1b2c3d4e5f607182'])
      expect(filesUnder(join(out, 'jsonld'))).toEqual(['004_0a1b2c3d4e5f6071-doc-0a1b2c3d4e5f6071.jsonld', '004_0a1b2c3d4e5f6071.jsonld', '005_1b2c3d4e5f607182.jsonld'])
      expect(filesUnder(join(out, 'markdown'))).toEqual(['004_0a1b2c3d4e5f6071-doc-0a1b2c3d4e5f6071.md', '004_0a1b2c3d4e5f6071.md', '005_1b2c3d4e5f607182.md'])
    }
  })

  it('writes the whole corpus to standard output with --layout corpus', async () => {
    const names = SAMPLE_FILES.slice(0, 2)
    const documents = await Promise.all(names.map((name) => parseFile(join(SAMPLE, name))))
    const jsonld = await here(['export', ...names, '--format', 'jsonld', '--layout', 'corpus', '--out', '-'])
    expect(jsonld).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(jsonld.stdout)).toEqual(corpusToJsonLd(documents))
    const book = await here(['export', names[0] ?? '', '--format', 'markdown', '--layout', 'corpus', '--out', '-'])
    expect(book.stdout).toBe(corpusToMarkdownBook(documents.slice(0, 1)))
  })

  it('reports an --out it cannot make, at once', async () => {
    // Every level under /proc is refused: Node's own recursive mkdir would never return.
    if (!existsSync('/proc/self')) return
    const result = await here(['export', '.', '--out', '/proc/corpus/out'])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toBe("/proc/corpus/out  error  ENOENT: no such file or directory, mkdir '/proc/corpus'  write-error\n")
  })

  it('stops quietly when its reader closes the pipe, with 141: not all was written', async () => {
    // 100 documents, far more than a pipe holds: some is left to write once the reader goes.
    const { child, done } = start(['export', corpusOf(10), '--format', 'jsonld', '--out', '-'])
    child.stdout?.once('data', () => child.stdout?.destroy())
    const result = await done
    expect(result.stderr).toBe('')
    expect(result.code).toBe(141)
  })

  it('keeps the web page’s furniture in the JSON-LD and Markdown text with --keep-furniture, and leaves it out without', async () => {
    const name = SAMPLE_FILES.find((file) => file.startsWith('009_')) ?? ''
    const document = await parseFile(join(SAMPLE, name))
    const furniture = document.children.filter((block) => block.type === 'furniture')
    expect(furniture).toHaveLength(1)
    const [kept, plain] = [scratch(), scratch()]
    expect(await here(['export', name, '-f', 'jsonld', '-f', 'markdown', '--out', kept, '--keep-furniture'])).toMatchObject({ code: 0, stderr: '' })
    expect(await here(['export', name, '-f', 'jsonld', '-f', 'markdown', '--out', plain])).toMatchObject({ code: 0, stderr: '' })
    const written = (out: string, format: string, extension: string) => readFileSync(join(out, format, `${stem(name)}.${extension}`), 'utf8')
    expect(JSON.parse(written(kept, 'jsonld', 'jsonld'))).toEqual(toJsonLd(document, { keepFurniture: true }))
    expect(written(kept, 'markdown', 'md')).toBe(toMarkdown(document, { keepFurniture: true }))
    expect(JSON.parse(written(plain, 'jsonld', 'jsonld'))).toEqual(toJsonLd(document))
    expect(written(plain, 'markdown', 'md')).toBe(toMarkdown(document))
    const line = document.text.slice(furniture[0]?.position.start.offset, furniture[0]?.position.end.offset)
    expect(written(kept, 'markdown', 'md')).toContain(line)
    expect(written(plain, 'markdown', 'md')).not.toContain(line)
  })

  it('writes each format a repeated --format names', async () => {
    const out = scratch()
    const result = await here(['export', SAMPLE_FILES[0] ?? '', '-f', 'csv', '--format', 'jsonld', '-f', 'csv', '--out', out])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toBe(`1 document read.\njsonld    1 file in ${out}/jsonld\ncsv       8 tables and their metadata in ${out}/csv\n`)
    expect(readdirSync(out).sort()).toEqual(['corpus-export.ndjson', 'csv', 'jsonld'])
  })

  it('puts each format in its own folder by one rule, whatever the number of formats and the layout', async () => {
    const name = SAMPLE_FILES[0] ?? ''
    const cases: Array<[string[], string[]]> = [
      [['-f', 'csv', '--tables', 'documents'], ['corpus-export.ndjson', 'csv/csv-metadata.json', 'csv/datapackage.json', 'csv/documents.csv']],
      [['-f', 'markdown', '--layout', 'corpus'], ['markdown/corpus.md']],
      [['-f', 'jsonld', '-f', 'markdown', '--layout', 'corpus'], ['jsonld/corpus.jsonld', 'markdown/corpus.md']]
    ]
    for (const [options, files] of cases) {
      const out = scratch()
      expect(await here(['export', name, '--out', out, '--quiet', ...options]), options.join(' ')).toEqual({ code: 0, stdout: '', stderr: '' })
      expect(filesUnder(out), options.join(' ')).toEqual(files)
    }
  })

  it('writes the CSV columns --columns chooses, as the library writes them, with metadata that describes them', async () => {
    const [whole, compact, chosen] = [scratch(), scratch(), scratch()]
    const runs = [[whole], [compact, '--columns', 'compact'], [chosen, '--columns', 'compact,documents.doc_id,documents.title, sentences.text,sentences.doc_id']]
    for (const [out = '', ...options] of runs) expect(await here(['export', '.', '-f', 'csv', '--out', out, '--quiet', ...options]), options.join(' ')).toEqual({ code: 0, stdout: '', stderr: '' })
    const documents = await Promise.all(SAMPLE_FILES.map((name) => parseFile(join(SAMPLE, name))))
    const lines = ['start_line', 'start_column', 'end_line', 'end_column']
    const spanned = ['blocks', 'sentences', 'quotes', 'dates', 'mentions']
    const compactColumns = Object.fromEntries(spanned.map((table) => [table, { include: (TABLE_COLUMNS[table] ?? []).filter((column) => !lines.includes(column)) }]))
    const chosenColumns = { documents: { include: ['doc_id', 'title'] }, ...compactColumns, sentences: { include: ['text', 'doc_id'] } }
    const table = (out: string, name: string) => readFileSync(join(out, 'csv', `${name}.csv`), 'utf8')
    const header = (out: string, name: string) => table(out, name).split('\r\n')[0]
    for (const [out, columns] of [[compact, compactColumns], [chosen, chosenColumns]] as const) {
      // Byte for byte what the library writes with that choice.
      const expected = toCsv(documents, { columns })
      for (const name of TABLES) expect(table(out, name), name).toBe(expected[name as keyof typeof expected])
      // The metadata lists the columns written, and the bytes of each table.
      const data = JSON.parse(readFileSync(join(out, 'csv', 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; bytes: number; schema: { fields: Array<{ name: string }> } }> }
      const csvw = JSON.parse(readFileSync(join(out, 'csv', 'csv-metadata.json'), 'utf8')) as { tables: Array<{ url: string; tableSchema: { columns: Array<{ name: string }> } }> }
      for (const resource of data.resources) {
        expect(resource.schema.fields.map((field) => field.name).join(','), resource.name).toBe(header(out, resource.name))
        expect(resource.bytes, resource.name).toBe(statSync(join(out, 'csv', `${resource.name}.csv`)).size)
      }
      for (const described of csvw.tables) expect(described.tableSchema.columns.map((column) => column.name).join(','), described.url).toBe(header(out, described.url.replace(/\.csv$/, '')))
      const manifest = JSON.parse(readFileSync(join(out, 'corpus-export.ndjson'), 'utf8').split('\n')[0] ?? '') as { options: { csv: { columns: unknown } } }
      expect(manifest.options.csv.columns).toEqual(columns)
    }
    expect(header(compact, 'sentences')).toBe('doc_id,sentence_index,block_index,text,start_utf16,end_utf16,start_codepoint,end_codepoint')
    expect(header(chosen, 'sentences')).toBe('text,doc_id')
    expect(header(chosen, 'documents')).toBe('doc_id,title')
    expect(header(chosen, 'mentions')).toBe(header(compact, 'mentions'))
    // The tables without offsets are as they were (a diagnostic keeps the line and column of its end: it has nothing else); those with them are smaller.
    const size = (out: string, name: string) => statSync(join(out, 'csv', `${name}.csv`)).size
    for (const name of ['entities', 'diagnostics', 'documents']) expect(size(compact, name), name).toBe(size(whole, name))
    for (const name of spanned) expect(size(compact, name), name).toBeLessThan(size(whole, name))
  })

  it('refuses an --out that is a file at once, before reading', async () => {
    const file = join(scratch(), 'notes.txt')
    writeFileSync(file, 'mine\n')
    // A missing input would be reported if it were read.
    const result = await here(['export', 'missing.txt', '-f', 'jsonld', '--out', file])
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `${file}  error  Not a folder  write-error\n` })
    expect(readFileSync(file, 'utf8')).toBe('mine\n')
  })

  it('says --force when another run takes a table’s name while it writes', async () => {
    const corpus = corpusOf(30)
    const out = scratch()
    const { child, done } = start(['export', corpus, '--out', out, '--format', 'csv'])
    // Once the tables are being written, after the check for existing files.
    const csv = join(out, 'csv')
    for (let tries = 0; tries < 1000 && !(existsSync(csv) && readdirSync(csv).some((name) => name.startsWith('.corpus-tables-'))); tries++) await new Promise((resolve) => setTimeout(resolve, 10))
    writeFileSync(join(csv, 'quotes.csv'), 'mine\n')
    const result = await done
    expect(child.exitCode).toBe(2)
    expect(result.stderr).toBe(`${csv}  error  Not overwriting ${join(csv, 'quotes.csv')} (pass --force to replace): the CSV tables are not written  write-error\n`)
    expect(result.stdout).toBe(`300 documents read.\ncsv       no table written in ${csv}\n`)
    expect(readFileSync(join(csv, 'quotes.csv'), 'utf8')).toBe('mine\n')
  })

  it('names every output inside --out, whatever the input’s name', async () => {
    const input = scratch()
    writeFileSync(join(input, '...txt'), 'Un texte.\n')
    writeFileSync(join(input, 'CON.txt'), 'Un autre texte.\n')
    const out = scratch()
    const result = await here(['export', join(input, '...txt'), join(input, 'CON.txt'), '--format', 'markdown', '--out', out])
    expect(result.code).toBe(0)
    expect(filesUnder(out)).toEqual(['corpus-export.ndjson', 'markdown/_CON.md', 'markdown/_txt.md'])
  })

  it('reads back its own Markdown edited by hand: the text it now says, no front matter in the body, a warning that it was edited', async () => {
    const folder = scratch()
    const out = join(folder, 'out')
    const name = '041_9c3e5a7b1f2d4e60.md'
    const bytes = readFileSync(new URL(`./fixtures/markdown/edited/${name}`, import.meta.url))
    mkdirSync(join(folder, 'edited'))
    writeFileSync(join(folder, 'edited', name), bytes)
    const result = await corpusCommand(['export', `edited/${name}`, '-f', 'jsonld', '--out', out], folder)
    expect(result).toEqual({ code: 0, stdout: `1 document read.\njsonld    1 file in out/jsonld\n`, stderr: '' })
    const record = JSON.parse(readFileSync(join(out, 'jsonld', '041_9c3e5a7b1f2d4e60.jsonld'), 'utf8')) as { '@id': string; articleBody: { '@value': string } }
    expect(record).toEqual(toJsonLd(parseMarkdownBytes(bytes, name, {})))
    expect(record.articleBody['@value']).toMatch(/^NANTES, 8 novembre \(Presse Ouest\) - La médiathèque .* après onze mois de travaux, et non dix\.\n/)
    const lint = await corpusCommand(['lint', `edited/${name}`], folder)
    expect(lint.stdout).toBe(`edited/${name}:1:15  warning  The text differs from the original its front matter records (sha256 \`05d50e22ceb0…\`): edited since it was exported  edited-text\n\n0 errors, 1 warning, 0 notes in 1 file\n`)
  })

  it('refuses Markdown that it did not write, saying why, and exports the rest', async () => {
    const folder = new URL('./fixtures/markdown/', import.meta.url).pathname
    const out = scratch()
    const result = await corpusCommand(['export', 'foreign.md', '041_9c3e5a7b1f2d4e60.md', '-f', 'jsonld', '--out', out], folder)
    expect(result).toEqual({
      code: 2,
      stdout: `1 document read (1 input not read).\njsonld    1 file in ${out}/jsonld\n`,
      stderr: `foreign.md  error  Cannot read '${folder}foreign.md': it could not be parsed: its front matter has no \`id\`: only Markdown written by \`corpus export\` is read back (rename the file to .txt to read it as raw text)  read-error\n`
    })
  })
})
