import { chmodSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseFile, readCorpus, ReadError } from '../../src/node/index.js'
import { listInputs } from '../../src/node/list-inputs.js'
import { collect, summary, tempCorpus, type TempCorpus } from './temp-corpus.js'

const texts = {
  'a.txt': 'Une averse a surpris les coureurs du marathon.\n',
  'b.txt': 'Le facteur passe deux fois par semaine.\n',
  'archives/c.txt': 'Le musée prête trois tableaux à la ville voisine.\n'
}

let corpus: TempCorpus
afterEach(() => corpus.remove())

const asRoot = process.getuid?.() === 0

// A file whose parse throws, as a parser bug would (a stack overflow on a hostile input): the
// reader's own handling is what is tested, whatever the parser does with that input today.
const FAILING = 'débordement.txt'
vi.mock('../../src/node/parse-bytes.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/node/parse-bytes.js')>()
  return {
    ...actual,
    parseBytes: (...args: Parameters<typeof actual.parseBytes>) => {
      if (args[1] === FAILING) throw new RangeError('Maximum call stack size exceeded')
      return actual.parseBytes(...args)
    }
  }
})

describe('readCorpus when parsing fails', () => {
  it('gives a failure for the file whose parse throws and goes on with the others', async () => {
    corpus = tempCorpus(texts)
    const parse = (bytes: Uint8Array, file: string) => {
      if (file === 'a.txt') throw new RangeError('Maximum call stack size exceeded')
      return { file, bytes: bytes.length }
    }
    const items = await collect(readCorpus(corpus.folder, { parse }))
    expect(summary(items)).toEqual([`failure ${corpus.at('a.txt')} ERR_PARSE`, `document ${corpus.at('b.txt')}`, `document ${corpus.at('archives/c.txt')}`])
    expect(items[0]).toEqual({ type: 'failure', path: corpus.at('a.txt'), message: `Cannot read '${corpus.at('a.txt')}': it could not be parsed: Maximum call stack size exceeded`, code: 'ERR_PARSE' })
  })

  it('gives a failure for the file the default parser throws on', async () => {
    corpus = tempCorpus({ ...texts, [FAILING]: texts['a.txt'] })
    const items = await collect(readCorpus(corpus.folder))
    expect(summary(items)).toEqual([`document ${corpus.at('a.txt')}`, `document ${corpus.at('b.txt')}`, `document ${corpus.at('archives/c.txt')}`, `failure ${corpus.at(FAILING)} ERR_PARSE`])
  })

  it('gives a failure when an asynchronous parse rejects', async () => {
    corpus = tempCorpus(texts)
    const parse = (_bytes: Uint8Array, file: string) => (file === 'b.txt' ? Promise.reject(new Error('A worker thread stopped (exit code 1)')) : Promise.resolve(file))
    const items = await collect(readCorpus(corpus.folder, { parse }))
    expect(summary(items)).toEqual([`document ${corpus.at('a.txt')}`, `failure ${corpus.at('b.txt')} ERR_PARSE`, `document ${corpus.at('archives/c.txt')}`])
  })
})

describe('parseFile when parsing fails', () => {
  it('rejects with a ReadError, not the raw error, naming the path', async () => {
    corpus = tempCorpus({ [FAILING]: texts['a.txt'] })
    const path = corpus.at(FAILING)
    const error: unknown = await parseFile(path).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ReadError)
    expect(error).toMatchObject({ code: 'ERR_PARSE', path, message: `Cannot read '${path}': it could not be parsed: Maximum call stack size exceeded` })
    expect((error as ReadError).cause).toBeInstanceOf(RangeError)
  })
})

describe('readCorpus maxFileSize', () => {
  it('skips a bigger file before reading it, naming the limit, and reads the others', async () => {
    corpus = tempCorpus(texts)
    writeFileSync(corpus.at('grand.txt'), 'x'.repeat(101))
    // Sparse, 2 GiB: reading it would fail otherwise (too large for one buffer), so only a look at its size comes first.
    writeFileSync(corpus.at('énorme.txt'), '')
    truncateSync(corpus.at('énorme.txt'), 2 ** 31)
    const items = await collect(readCorpus(corpus.folder, { maxFileSize: 100 }))
    expect(summary(items)).toEqual([
      `document ${corpus.at('a.txt')}`,
      `document ${corpus.at('b.txt')}`,
      `document ${corpus.at('archives/c.txt')}`,
      `failure ${corpus.at('grand.txt')} EFBIG`,
      `failure ${corpus.at('énorme.txt')} EFBIG`
    ])
    expect(items[3]).toMatchObject({ message: `Cannot read '${corpus.at('grand.txt')}': 101 bytes, over the size limit of 100 bytes: skipped` })
    expect(items[4]).toMatchObject({ message: `Cannot read '${corpus.at('énorme.txt')}': 2,147,483,648 bytes, over the size limit of 100 bytes: skipped` })
  })

  it('takes a file of exactly the limit', async () => {
    corpus = tempCorpus({ 'juste.txt': 'x'.repeat(100) })
    expect(summary(await collect(readCorpus(corpus.folder, { maxFileSize: 100 })))).toEqual([`document ${corpus.at('juste.txt')}`])
  })

  it('checks what a given reader returns too', async () => {
    corpus = tempCorpus(texts)
    const items = await collect(readCorpus(corpus.at('a.txt'), { maxFileSize: 10, readFile: () => new Uint8Array(11) }))
    expect(items).toEqual([{ type: 'failure', path: corpus.at('a.txt'), message: `Cannot read '${corpus.at('a.txt')}': 11 bytes, over the size limit of 10 bytes: skipped`, code: 'EFBIG' }])
  })

  it('rejects a limit that is not a positive whole number at once', () => {
    expect(() => readCorpus('.', { maxFileSize: 0 })).toThrow('readCorpus: maxFileSize must be a whole number of bytes of at least 1, or Infinity, not 0')
    expect(() => readCorpus('.', { maxFileSize: 1.5 })).toThrow(RangeError)
    expect(() => readCorpus('.', { maxFileSize: Number.NaN })).toThrow(RangeError)
  })
})

describe('readCorpus listing failures', () => {
  it('reports a broken symbolic link and a link loop in a folder by path', async () => {
    corpus = tempCorpus(texts)
    symlinkSync(corpus.at('absent.txt'), corpus.at('cassé.txt'))
    symlinkSync(corpus.at('boucle-b'), corpus.at('boucle-a'))
    symlinkSync(corpus.at('boucle-a'), corpus.at('boucle-b'))
    const items = await collect(readCorpus(corpus.folder))
    expect(summary(items)).toEqual([
      `document ${corpus.at('a.txt')}`,
      `document ${corpus.at('b.txt')}`,
      `failure ${corpus.at('boucle-a')} ELOOP`,
      `failure ${corpus.at('boucle-b')} ELOOP`,
      `document ${corpus.at('archives/c.txt')}`,
      `failure ${corpus.at('cassé.txt')} ENOENT`
    ])
    expect(items.find((item) => item.path === corpus.at('cassé.txt'))).toMatchObject({ message: `Cannot read '${corpus.at('cassé.txt')}': a symbolic link to '${corpus.at('absent.txt')}', which does not exist` })
    expect(items.find((item) => item.path === corpus.at('boucle-a'))).toMatchObject({ message: `Cannot read '${corpus.at('boucle-a')}': a symbolic link in a loop` })
  })

  it('reports a broken symbolic link met by a pattern', async () => {
    corpus = tempCorpus(texts)
    symlinkSync(corpus.at('absent.txt'), corpus.at('archives/cassé.txt'))
    expect(summary(await collect(readCorpus('**/*.txt', { cwd: corpus.folder })))).toEqual([
      `document ${corpus.at('a.txt')}`,
      `document ${corpus.at('b.txt')}`,
      `document ${corpus.at('archives/c.txt')}`,
      `failure ${corpus.at('archives/cassé.txt')} ENOENT`
    ])
  })

  it('reports a subfolder it cannot list, and still reads the rest (injected failure)', async () => {
    corpus = tempCorpus(texts)
    const denied = corpus.at('archives')
    const readdir = (path: string) => {
      if (path === denied) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES', errno: -13 })
    }
    const listed = await listInputs([corpus.folder], { cwd: corpus.folder, extensions: ['.txt'], followSymlinks: false, beforeReaddir: readdir })
    expect(listed.map((file) => (file.failure ? `failure ${file.path} ${file.failure.code} ${file.failure.message}` : file.path))).toEqual([
      corpus.at('a.txt'),
      `failure ${denied} EACCES Cannot read the folder '${denied}': permission denied`,
      corpus.at('b.txt')
    ])
  })

  it('says a folder named directly could not be read, not that it holds no file (injected failure)', async () => {
    corpus = tempCorpus(texts)
    const readdir = () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES', errno: -13 })
    }
    const listed = await listInputs(['archives'], { cwd: corpus.folder, extensions: ['.txt'], followSymlinks: false, beforeReaddir: readdir })
    expect(listed.map((file) => file.failure)).toEqual([{ type: 'failure', path: corpus.at('archives'), message: `Cannot read the folder '${corpus.at('archives')}': permission denied`, code: 'EACCES' }])
  })

  it.skipIf(asRoot || process.platform === 'win32')('reports a subfolder it may not read, and a folder named directly that it may not read', async () => {
    corpus = tempCorpus(texts)
    chmodSync(corpus.at('archives'), 0o000)
    try {
      expect(summary(await collect(readCorpus(corpus.folder)))).toEqual([`document ${corpus.at('a.txt')}`, `failure ${corpus.at('archives')} EACCES`, `document ${corpus.at('b.txt')}`])
      expect(summary(await collect(readCorpus(corpus.at('archives'))))).toEqual([`failure ${corpus.at('archives')} EACCES`])
    } finally {
      chmodSync(corpus.at('archives'), 0o755)
    }
  })
})

describe('readCorpus symbolic links', () => {
  function withOutside() {
    corpus = tempCorpus({ ...texts, 'dehors/secret.txt': 'Le code du coffre est dans le tiroir.\n', 'dehors/plus/d.txt': 'Un texte de plus.\n' })
    mkdirSync(corpus.at('dedans'))
    writeFileSync(corpus.at('dedans/a.txt'), texts['a.txt'])
    symlinkSync(corpus.at('dehors/secret.txt'), corpus.at('dedans/lien.txt'))
    symlinkSync(corpus.at('dehors/plus'), corpus.at('dedans/plus'))
    // A link back up to the folder itself stays inside, and must not loop.
    symlinkSync(corpus.at('dedans'), corpus.at('dedans/retour'))
    return corpus
  }

  it('skips and reports a link whose target is outside the input folders, by default', async () => {
    const { at } = withOutside()
    const items = await collect(readCorpus(at('dedans')))
    expect(summary(items)).toEqual([`document ${at('dedans/a.txt')}`, `failure ${at('dedans/lien.txt')} ERR_LINK_OUTSIDE`, `failure ${at('dedans/plus')} ERR_LINK_OUTSIDE`])
    expect(items[1]).toMatchObject({ message: `Cannot read '${at('dedans/lien.txt')}': a symbolic link to '${at('dehors/secret.txt')}', outside the input folders: skipped` })
  })

  it('follows a link into another input folder', async () => {
    const { at } = withOutside()
    expect(summary(await collect(readCorpus([at('dedans'), at('dehors')])))).toEqual([
      `document ${at('dedans/a.txt')}`,
      `document ${at('dedans/plus/d.txt')}`,
      `document ${at('dehors/plus/d.txt')}`,
      `document ${at('dedans/lien.txt')}`,
      `document ${at('dehors/secret.txt')}`
    ])
  })

  it('follows every link with followSymlinks', async () => {
    const { at } = withOutside()
    expect(summary(await collect(readCorpus(at('dedans'), { followSymlinks: true })))).toEqual([
      `document ${at('dedans/a.txt')}`,
      `document ${at('dedans/plus/d.txt')}`,
      `document ${at('dedans/lien.txt')}`
    ])
  })

  it('skips and reports what a pattern reaches through a link to the outside', async () => {
    const { at } = withOutside()
    // A glob follows a link back up once more: not what this test is about.
    rmSync(at('dedans/retour'))
    expect(summary(await collect(readCorpus('dedans/**/*.txt', { cwd: corpus.folder })))).toEqual([
      `document ${at('dedans/a.txt')}`,
      `failure ${at('dedans/plus/d.txt')} ERR_LINK_OUTSIDE`,
      `failure ${at('dedans/lien.txt')} ERR_LINK_OUTSIDE`
    ])
  })

  it('reads a link named explicitly, wherever it leads', async () => {
    const { at } = withOutside()
    expect(summary(await collect(readCorpus(at('dedans/lien.txt'))))).toEqual([`document ${at('dedans/lien.txt')}`])
  })
})
