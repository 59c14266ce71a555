import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { parseFile, ReadError } from '../../src/node/index.js'
import { tempCorpus, type TempCorpus } from './temp-corpus.js'

const text = 'Les vendanges ont commencé sous un soleil timide.\n'

let corpus: TempCorpus
afterEach(() => corpus.remove())

describe('parseFile', () => {
  it('parses one file with its base name and the SHA-256 of its bytes', async () => {
    corpus = tempCorpus({ 'sub/007_00000000000000ff.txt': text })
    const document = await parseFile(corpus.at('sub/007_00000000000000ff.txt'))
    expect(document.text).toBe(text)
    expect(document.source).toMatchObject({
      file: '007_00000000000000ff.txt',
      ordinal: 7,
      sourceId: '00000000000000ff',
      sha256: createHash('sha256').update(text).digest('hex')
    })
  })

  it('rejects with a ReadError naming the path when the file is missing', async () => {
    corpus = tempCorpus({})
    const missing = corpus.at('absent.txt')
    const error: unknown = await parseFile(missing).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ReadError)
    expect(error).toMatchObject({ message: `Cannot read '${missing}': no such file or directory`, code: 'ENOENT', path: missing })
  })

  it('rejects with EISDIR for a folder', async () => {
    corpus = tempCorpus({ 'dossier/a.txt': text })
    await expect(parseFile(corpus.at('dossier'))).rejects.toMatchObject({ code: 'EISDIR', message: `Cannot read '${corpus.at('dossier')}': it is a directory` })
  })

  it('resolves, with a fatal diagnostic, for a binary file', async () => {
    corpus = tempCorpus({})
    writeFileSync(corpus.at('image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x00, 0x01]))
    const document = await parseFile(corpus.at('image.txt'))
    expect(document.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.fatal])).toEqual([['binary-input', true]])
  })
})
