import { parse, type Document } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { csvWriter, csvwMetadata, dataPackage, DIALECTS, documentRows, formatCell, formatRecord, toCsv, toCsvChunks, type CsvOptions } from '../src/index.js'
import { existingTables, writeCsvTables } from '../src/node/index.js'
import { scratchFolders } from './support/scratch.js'

const document = parse('Le marché couvert de Brest rouvre samedi.\n', { file: '001_0a1b2c3d4e5f6071.txt' })
const scratch = scratchFolders()
// Wrong on purpose: what a caller without types may pass.
const wrong = <T>(value: unknown) => value as T

describe('wrong arguments are TypeErrors that name them and say what they accept', () => {
  it('toCsv', () => {
    expect(() => toCsv(wrong(42))).toThrow(new TypeError('Invalid `documents`: expected an iterable of documents (an array of `parse` results), got a number (42)'))
    expect(() => toCsv(wrong(undefined))).toThrow(new TypeError('Invalid `documents`: expected an iterable of documents (an array of `parse` results), got undefined'))
    expect(() => toCsv(wrong(document))).toThrow(new TypeError('Invalid `documents`: expected an iterable of documents (an array of `parse` results), got a document'))
    expect(() => toCsv(wrong('text'))).toThrow(new TypeError('Invalid `documents`: expected an iterable of documents (an array of `parse` results), got a string ("text")'))
    expect(() => toCsv(wrong([{ text: 'x' }]))).toThrow(new TypeError('Invalid `documents`: expected documents from `parse` of @corpus/core (or the records `render` made of them), got an object (Object)'))
    expect(() => toCsv(wrong([null]))).toThrow(new TypeError('Invalid `documents`: expected documents from `parse` of @corpus/core (or the records `render` made of them), got null'))
    expect(() => toCsv([document], wrong('tsv'))).toThrow(new TypeError('Invalid `options`: expected an object, got a string ("tsv")'))
    expect(() => toCsv([document], wrong<CsvOptions>({ tables: 'documents' }))).toThrow(
      new TypeError('Invalid `tables`: expected an array of table names (documents, blocks, sentences, quotes, dates, entities, mentions, diagnostics), got a string ("documents")')
    )
    expect(() => toCsv([document], wrong<CsvOptions>({ columns: 3 }))).toThrow(new TypeError('Invalid `columns`: expected an object of column choices by table, got a number (3)'))
  })

  it('options the types do not declare', async () => {
    const csvOptions = 'the options are `dialect`, `tables`, `columns`'
    expect(() => toCsv([document], wrong({ profile: 'excel' }))).toThrow(new TypeError(`Invalid \`options\`: unknown option "profile"; ${csvOptions}`))
    expect(() => csvWriter(wrong({ overwrite: true }))).toThrow(new TypeError(`Invalid \`options\`: unknown option "overwrite"; ${csvOptions}`))
    await expect(writeCsvTables([document], scratch(), wrong({ force: true }))).rejects.toThrow(
      new TypeError('Invalid `options`: unknown option "force"; the options are `dialect`, `tables`, `columns`, `overwrite`, `name`, `base`, `onDuplicate`')
    )
    expect(() => dataPackage(csvWriter(), [], wrong({ base: 'https://example.org/' }))).toThrow(new TypeError('Invalid `options`: unknown option "base"; the options are `name`'))
  })

  it('toCsvChunks, at its first chunk', async () => {
    await expect(toCsvChunks(wrong(new Map())).next()).resolves.toMatchObject({ done: false })
    await expect(toCsvChunks(wrong(7)).next()).rejects.toThrow(new TypeError('Invalid `documents`: expected an iterable or async iterable of documents (an array of `parse` results), got a number (7)'))
  })

  it('the writer and the rows', () => {
    expect(() => csvWriter().render(wrong({ type: 'csvRecords' }))).toThrow(new TypeError('Invalid `document`: expected a document from `parse` of @corpus/core, got an object (Object)'))
    expect(() => documentRows(wrong(new Uint8Array(2)))).toThrow(new TypeError('Invalid `document`: expected a document from `parse` of @corpus/core, got an object (Uint8Array)'))
    expect(() => formatCell('a', wrong('rfc4180'))).toThrow(new TypeError('Invalid `dialect`: expected a dialect, such as `DIALECTS.rfc4180`, got a string ("rfc4180")'))
    expect(() => formatRecord(wrong('a,b'), DIALECTS.rfc4180)).toThrow(new TypeError('Invalid `values`: expected an array of cells, got a string ("a,b")'))
    expect(() => dataPackage(wrong(undefined), [])).toThrow(new TypeError('Invalid `writer`: expected a writer from `csvWriter`, got undefined'))
    expect(() => csvwMetadata(csvWriter(), wrong({}))).toThrow(new TypeError('Invalid `files`: expected an array of the files written (`{ table, path, bytes, sha256 }`), got an object (Object)'))
  })

  it('writeCsvTables and existingTables', async () => {
    const documents: Document[] = [document]
    await expect(writeCsvTables(documents, wrong(42))).rejects.toThrow(new TypeError('Invalid `folder`: expected the path of a folder (a non-empty string), got a number (42)'))
    await expect(writeCsvTables(documents, '')).rejects.toThrow(new TypeError('Invalid `folder`: expected the path of a folder (a non-empty string), got a string ("")'))
    await expect(writeCsvTables(wrong(null), 'out')).rejects.toThrow(new TypeError('Invalid `documents`: expected an iterable or async iterable of documents (an array of `parse` results), got null'))
    await expect(writeCsvTables(wrong([document, null]), scratch())).rejects.toThrow(new TypeError('Invalid `documents`: expected documents from `parse` of @corpus/core (or the records `render` made of them), got null'))
    await expect(writeCsvTables(documents, 'out', wrong({ overwrite: 'yes' }))).rejects.toThrow(new TypeError('Invalid `overwrite`: expected a boolean, got a string ("yes")'))
    await expect(writeCsvTables(documents, 'out', wrong({ onDuplicate: true }))).rejects.toThrow(new TypeError('Invalid `onDuplicate`: expected a function, got a boolean (true)'))
    await expect(existingTables(wrong(undefined))).rejects.toThrow(new TypeError('Invalid `folder`: expected the path of a folder (a non-empty string), got undefined'))
  })
})
