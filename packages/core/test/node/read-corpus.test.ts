import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, rmSync, symlinkSync, truncateSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest'
import { basename } from 'node:path'
import { parseBytes, readCorpus, type CorpusItem, type FileParseOptions } from '../../src/node/index.js'
import { readBytes } from '../../src/node/read-bytes.js'
import { collect, summary, tempCorpus, type TempCorpus } from './temp-corpus.js'

const texts = {
  '010_0123456789abcdef.txt': 'Le conseil municipal a voté le budget mardi soir.\n',
  '002_fedcba9876543210.txt': 'La boulangerie du village rouvre ses portes en juin.\n',
  'notes.txt': 'Le facteur passe deux fois par semaine.\n',
  'a.txt': 'Une averse a surpris les coureurs du marathon.\n',
  'archives/002_aaaaaaaaaaaaaaaa.txt': 'Le musée prête trois tableaux à la ville voisine.\n',
  'archives/1999/notes.txt': 'La rivière a débordé pendant la nuit.\n',
  'archives/brouillon.md': 'Le maire prépare un discours pour la rentrée.\n'
}

let corpus: TempCorpus
afterEach(() => corpus.remove())

function withTexts(extra: Record<string, string> = {}): TempCorpus {
  corpus = tempCorpus({ ...texts, ...extra })
  return corpus
}

function documentOf(item: CorpusItem | undefined) {
  if (item?.type !== 'document') throw new Error(`expected a document, got ${JSON.stringify(item)}`)
  return item.document
}

describe('readCorpus order', () => {
  it('sorts by ordinal, names without one last, then by base name, then by path, reading folders recursively', async () => {
    const { folder, at } = withTexts()
    expect(summary(await collect(readCorpus(folder)))).toEqual([
      `document ${at('archives/002_aaaaaaaaaaaaaaaa.txt')}`,
      `document ${at('002_fedcba9876543210.txt')}`,
      `document ${at('010_0123456789abcdef.txt')}`,
      `document ${at('a.txt')}`,
      `document ${at('archives/1999/notes.txt')}`,
      `document ${at('notes.txt')}`
    ])
  })

  it('gives the same order whatever the order of the inputs', async () => {
    const { at } = withTexts()
    const names = ['notes.txt', '010_0123456789abcdef.txt', 'a.txt', '002_fedcba9876543210.txt']
    const forward = summary(await collect(readCorpus(names.map(at))))
    const backward = summary(await collect(readCorpus([...names].reverse().map(at))))
    expect(forward).toEqual([
      `document ${at('002_fedcba9876543210.txt')}`,
      `document ${at('010_0123456789abcdef.txt')}`,
      `document ${at('a.txt')}`,
      `document ${at('notes.txt')}`
    ])
    expect(backward).toEqual(forward)
  })
})

describe('readCorpus documents', () => {
  it('parses each file with its base name and the SHA-256 of its raw bytes', async () => {
    const { at } = withTexts()
    const items = await collect(readCorpus(at('010_0123456789abcdef.txt')))
    expect(items).toHaveLength(1)
    const document = documentOf(items[0])
    const text = texts['010_0123456789abcdef.txt']
    expect(document.text).toBe(text)
    expect(document.source).toMatchObject({
      file: '010_0123456789abcdef.txt',
      ordinal: 10,
      sourceId: '0123456789abcdef',
      sha256: createHash('sha256').update(text).digest('hex'),
      byteLength: Buffer.byteLength(text)
    })
  })

  it('passes parseOptions on to parse', async () => {
    const { at } = withTexts()
    const [item] = await collect(readCorpus(at('a.txt'), { parseOptions: { detectLanguage: false } }))
    expect(documentOf(item).language).toBeNull()
  })
})

describe('readCorpus inputs', () => {
  it('ignores other extensions in folders but reads a file named explicitly whatever its extension', async () => {
    const { at } = withTexts()
    const fromFolder = summary(await collect(readCorpus(at('archives'))))
    expect(fromFolder).toEqual([`document ${at('archives/002_aaaaaaaaaaaaaaaa.txt')}`, `document ${at('archives/1999/notes.txt')}`])
    const named = await collect(readCorpus([at('archives'), at('archives/brouillon.md')]))
    expect(summary(named)).toEqual([...fromFolder.slice(0, 1), `document ${at('archives/brouillon.md')}`, ...fromFolder.slice(1)])
    expect(documentOf(named[1]).text).toBe(texts['archives/brouillon.md'])
  })

  it('takes other extensions from folders when asked, with or without the dot, in any case', async () => {
    const { at } = withTexts({ 'archives/RELEVE.MD': 'Le relevé des pluies tient sur une page.\n' })
    expect(summary(await collect(readCorpus(at('archives'), { extensions: ['md'] })))).toEqual([
      `document ${at('archives/RELEVE.MD')}`,
      `document ${at('archives/brouillon.md')}`
    ])
    expect(summary(await collect(readCorpus(at('archives'), { extensions: ['.MD', '.txt'] })))).toHaveLength(4)
  })

  it('skips hidden files and folders in folders, as globs do', async () => {
    const { folder, at } = withTexts({ '.brouillon.txt': 'Caché.\n', '.git/notes.txt': 'Caché aussi.\n', 'archives/.cache/a.txt': 'Encore caché.\n' })
    expect(summary(await collect(readCorpus(at('archives'))))).toEqual([`document ${at('archives/002_aaaaaaaaaaaaaaaa.txt')}`, `document ${at('archives/1999/notes.txt')}`])
    expect(await collect(readCorpus(folder))).toHaveLength(6)
  })

  it('follows symbolic links that stay inside, reads a folder reached twice once, and reports broken links', async () => {
    const { folder, at } = withTexts()
    symlinkSync(at('a.txt'), at('lien.txt'))
    symlinkSync(at('archives'), at('raccourci'))
    symlinkSync(at('absent.txt'), at('cassé.txt'))
    // A link back up: the walk must not loop.
    symlinkSync(folder, at('archives/retour'))
    expect(summary(await collect(readCorpus(folder)))).toEqual([
      `document ${at('archives/002_aaaaaaaaaaaaaaaa.txt')}`,
      `document ${at('002_fedcba9876543210.txt')}`,
      `document ${at('010_0123456789abcdef.txt')}`,
      `document ${at('a.txt')}`,
      `failure ${at('cassé.txt')} ENOENT`,
      `document ${at('lien.txt')}`,
      `document ${at('archives/1999/notes.txt')}`,
      `document ${at('notes.txt')}`
    ])
    // From `archives`, the link back up leads outside the input folder.
    expect(summary(await collect(readCorpus(at('archives'))))).toEqual([
      `document ${at('archives/002_aaaaaaaaaaaaaaaa.txt')}`,
      `document ${at('archives/1999/notes.txt')}`,
      `failure ${at('archives/retour')} ERR_LINK_OUTSIDE`
    ])
    expect(summary(await collect(readCorpus(at('archives'), { followSymlinks: true })))).toEqual([
      `document ${at('archives/002_aaaaaaaaaaaaaaaa.txt')}`,
      `document ${at('archives/retour/002_fedcba9876543210.txt')}`,
      `document ${at('archives/retour/010_0123456789abcdef.txt')}`,
      `document ${at('archives/retour/a.txt')}`,
      `failure ${at('archives/retour/cassé.txt')} ENOENT`,
      `document ${at('archives/retour/lien.txt')}`,
      `document ${at('archives/1999/notes.txt')}`,
      `document ${at('archives/retour/notes.txt')}`
    ])
  })

  it('expands glob patterns, absolute or relative to cwd', async () => {
    const { folder, at } = withTexts()
    expect(summary(await collect(readCorpus(`${folder}/**/0*.txt`)))).toEqual([
      `document ${at('archives/002_aaaaaaaaaaaaaaaa.txt')}`,
      `document ${at('002_fedcba9876543210.txt')}`,
      `document ${at('010_0123456789abcdef.txt')}`
    ])
    expect(summary(await collect(readCorpus(['archives/*.md', '*.txt'], { cwd: folder })))).toEqual([
      `document ${at('002_fedcba9876543210.txt')}`,
      `document ${at('010_0123456789abcdef.txt')}`,
      `document ${at('a.txt')}`,
      `document ${at('archives/brouillon.md')}`,
      `document ${at('notes.txt')}`
    ])
  })

  it('resolves relative file and folder paths against cwd', async () => {
    const { folder, at } = withTexts()
    expect(summary(await collect(readCorpus(['a.txt', 'archives/1999'], { cwd: folder })))).toEqual([
      `document ${at('a.txt')}`,
      `document ${at('archives/1999/notes.txt')}`
    ])
  })

  it('tells how many items will come before the first one, failures included', async () => {
    const { folder, at } = withTexts()
    const events: string[] = []
    for await (const item of readCorpus([folder, at('missing.txt')], { onListed: (count) => events.push(`listed ${count}`) })) events.push(item.type)
    expect(events[0]).toBe('listed 7')
    expect(events.slice(1)).toHaveLength(7)
    expect(events.filter((event) => event === 'failure')).toHaveLength(1)
  })

  it('parses with the given parser, in parallel, and still yields in order', async () => {
    const { folder } = withTexts()
    const order = (await collect(readCorpus(folder))).map((item) => item.path)
    let inFlight = 0
    let most = 0
    let calls = 0
    const parseLater = async (bytes: Uint8Array, file: string, options: FileParseOptions) => {
      most = Math.max(most, ++inFlight)
      // Later files finish first.
      await new Promise((resolve) => setTimeout(resolve, 40 - 5 * calls++))
      inFlight--
      return parseBytes(bytes, file, options)
    }
    const items = await collect(readCorpus(folder, { parse: parseLater, concurrency: 4 }))
    expect(items.map((item) => item.path)).toEqual(order)
    expect(most).toBe(4)
    const [first] = items
    expect(first?.type === 'document' ? first.document.source.file : null).toBe(basename(order[0] ?? ''))
  })

  it('yields what the given parser gives, whatever it is', async () => {
    const { folder } = withTexts()
    const inputs = [folder, `${folder}/missing.txt`]
    const order = (await collect(readCorpus(inputs))).map((item) => item.path)
    const sizes = readCorpus(inputs, { parse: (bytes, file) => ({ file, bytes: bytes.length }) })
    expectTypeOf(sizes).toEqualTypeOf<AsyncIterable<CorpusItem<{ file: string; bytes: number }>>>()
    expectTypeOf(readCorpus(folder)).toEqualTypeOf<AsyncIterable<CorpusItem>>()
    const items = await collect(sizes)
    expect(items.map((item) => item.path)).toEqual(order)
    const text = (path: string) => texts[path.slice(folder.length + 1) as keyof typeof texts]
    expect(items.map((item) => (item.type === 'document' ? item.document : item.code))).toEqual(
      order.map((path) => (path.endsWith('missing.txt') ? 'ENOENT' : { file: basename(path), bytes: Buffer.byteLength(text(path)) }))
    )
  })

  it('reads a file once when it is given twice or reached by several inputs', async () => {
    const { folder, at } = withTexts()
    const reads: string[] = []
    const readFile = (path: string) => {
      reads.push(path)
      return readBytes(path)
    }
    const items = await collect(
      readCorpus([at('a.txt'), folder, at('a.txt'), `${folder}/*.txt`, `${folder}/./archives/../a.txt`], { readFile })
    )
    expect(items).toHaveLength(6)
    expect(reads).toHaveLength(6)
    expect(new Set(reads).size).toBe(6)
    expect(summary(items).filter((line) => line === `document ${at('a.txt')}`)).toHaveLength(1)
  })
})

describe('readCorpus failures', () => {
  it('gives a failure for a missing file in its place and goes on with the others', async () => {
    const { at } = withTexts()
    const missing = at('005_1111111111111111.txt')
    const items = await collect(readCorpus([at('a.txt'), missing, at('010_0123456789abcdef.txt'), at('002_fedcba9876543210.txt')]))
    expect(summary(items)).toEqual([
      `document ${at('002_fedcba9876543210.txt')}`,
      `failure ${missing} ENOENT`,
      `document ${at('010_0123456789abcdef.txt')}`,
      `document ${at('a.txt')}`
    ])
    expect(items[1]).toEqual({ type: 'failure', path: missing, message: `Cannot read '${missing}': no such file or directory`, code: 'ENOENT' })
  })

  it('gives one ENOENT failure for a pattern or a folder that matches nothing', async () => {
    const { folder, at } = withTexts()
    mkdirSync(at('vide'))
    const items = await collect(readCorpus(['absent/*.txt', 'vide', 'a.txt', 'absent/*.txt'], { cwd: folder }))
    // Sorted like the rest by base name: `*.txt`, `a.txt`, `vide`.
    expect(items).toEqual([
      { type: 'failure', path: 'absent/*.txt', message: "No file matches the pattern 'absent/*.txt'", code: 'ENOENT' },
      expect.objectContaining({ type: 'document', path: at('a.txt') }),
      { type: 'failure', path: 'vide', message: "No .txt file in the folder 'vide'", code: 'ENOENT' }
    ])
  })

  it('gives a failure when a listed file has become a directory', async () => {
    const { at } = withTexts()
    const raced = at('notes.txt')
    const readFile = (path: string) => {
      if (path === raced) {
        rmSync(path)
        mkdirSync(path)
      }
      return readBytes(path)
    }
    const items = await collect(readCorpus([at('a.txt'), raced], { readFile }))
    expect(items[1]).toEqual({ type: 'failure', path: raced, message: `Cannot read '${raced}': it is a directory`, code: 'EISDIR' })
    expect(documentOf(items[0]).text).toBe(texts['a.txt'])
  })

  it.skipIf(process.platform === 'win32')('gives a failure for a FIFO instead of waiting for a writer', async () => {
    const { at } = withTexts()
    execFileSync('mkfifo', [at('tube.txt')])
    const items = await collect(readCorpus([at('tube.txt'), at('a.txt')]))
    expect(summary(items)).toEqual([`document ${at('a.txt')}`, `failure ${at('tube.txt')} EINVAL`])
    expect(items[1]).toMatchObject({ message: `Cannot read '${at('tube.txt')}': it is not a regular file` })
  })

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('gives an EACCES failure for a file it may not read', async () => {
    const { at } = withTexts()
    chmodSync(at('notes.txt'), 0o000)
    const items = await collect(readCorpus([at('notes.txt'), at('a.txt')]))
    expect(items[1]).toEqual({ type: 'failure', path: at('notes.txt'), message: `Cannot read '${at('notes.txt')}': permission denied`, code: 'EACCES' })
  })

  it.skipIf(process.platform === 'win32')('gives a failure for a file too large to read at once (2 GiB), and reads the others', async () => {
    const { at } = withTexts()
    // A sparse file: its size is 2 GiB, but no byte of it is written.
    truncateSync(at('notes.txt'), 2 ** 31)
    const items = await collect(readCorpus([at('notes.txt'), at('a.txt')]))
    expect(summary(items)).toEqual([`document ${at('a.txt')}`, `failure ${at('notes.txt')} ERR_FS_FILE_TOO_LARGE`])
    expect(items[1]).toMatchObject({ message: `Cannot read '${at('notes.txt')}': File size (2147483648) is greater than 2 GiB` })
  })

  it("keeps a reader error's code and message, and says UNKNOWN when it has no code", async () => {
    const { at } = withTexts()
    const readFile = (path: string): Uint8Array => {
      throw path.endsWith('a.txt') ? Object.assign(new Error('le disque ne répond plus'), { code: 'EIO' }) : new Error('lecture refusée')
    }
    expect(await collect(readCorpus([at('a.txt'), at('notes.txt')], { readFile }))).toEqual([
      { type: 'failure', path: at('a.txt'), message: `Cannot read '${at('a.txt')}': le disque ne répond plus`, code: 'EIO' },
      { type: 'failure', path: at('notes.txt'), message: `Cannot read '${at('notes.txt')}': lecture refusée`, code: 'UNKNOWN' }
    ])
  })
})

describe('readCorpus concurrency', () => {
  const sentences = Object.fromEntries(
    Array.from({ length: 10 }, (_, index) => [`${String(index).padStart(3, '0')}_${'c'.repeat(16)}.txt`, `La dépêche numéro ${index} est arrivée à midi.\n`])
  )

  /** A reader whose later files answer sooner, counting the reads in flight. */
  function slowReader() {
    const counts = { started: 0, active: 0, most: 0 }
    const readFile = async (path: string): Promise<Uint8Array> => {
      counts.started++
      counts.active++
      counts.most = Math.max(counts.most, counts.active)
      await new Promise((done) => setTimeout(done, 10 - (counts.started % 5) * 2))
      counts.active--
      return readBytes(path)
    }
    return { counts, readFile }
  }

  it.each([1, 2, 4])('never has more than %i reads in flight and keeps the order', async (concurrency) => {
    corpus = tempCorpus(sentences)
    const { counts, readFile } = slowReader()
    const items = await collect(readCorpus(corpus.folder, { concurrency, readFile }))
    expect(counts.most).toBe(concurrency)
    expect(items.map((item) => documentOf(item).source.ordinal)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('defaults to 4 and reads no further ahead than that', async () => {
    corpus = tempCorpus(sentences)
    const { counts, readFile } = slowReader()
    const iterator = readCorpus(corpus.folder, { readFile })[Symbol.asyncIterator]()
    const first = await iterator.next()
    expect(first.done).toBe(false)
    expect(counts.started).toBe(4)
    await iterator.return?.()
    expect(counts.most).toBe(4)
  })

  it('lets the event loop turn during a long run of synchronous reads', async () => {
    corpus = tempCorpus(sentences)
    // Each read keeps the thread busy for longer than readCorpus ever goes without a turn.
    const slowRead = (path: string) => {
      const until = performance.now() + 60
      while (performance.now() < until);
      return readBytes(path)
    }
    let turns = 0
    let running = true
    const tick = () => {
      turns++
      if (running) setImmediate(tick)
    }
    let seen = 0
    for await (const item of readCorpus(corpus.folder, { concurrency: 2, readFile: slowRead })) {
      if (seen++ === 0) {
        turns = 0
        setImmediate(tick)
      }
      expect(item.type).toBe('document')
    }
    running = false
    expect(seen).toBe(10)
    expect(turns).toBeGreaterThanOrEqual(8)
  })

  it('rejects a concurrency that is not a positive integer at once', () => {
    expect(() => readCorpus('.', { concurrency: 0 })).toThrow(RangeError)
    expect(() => readCorpus('.', { concurrency: 1.5 })).toThrow('concurrency must be an integer of at least 1, not 1.5')
  })
})
