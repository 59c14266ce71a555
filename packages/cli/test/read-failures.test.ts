/**
 * A file whose parse throws (as a parser bug does on a hostile input) is that
 * file's failure: every command reports it by name, in one line, and goes on.
 * In process, with the parser made to throw on one file: the command's own
 * handling is what is tested, whatever the parser does with any input today.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { corpusCommand } from './in-process.js'

const FAILING = 'débordement.txt'
const MARK = 'DÉBORDEMENT'
const REASON = 'Maximum call stack size exceeded'

vi.mock('@corpus/core/node', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@corpus/core/node')>()
  return {
    ...actual,
    parseBytes: (...args: Parameters<typeof actual.parseBytes>) => {
      if (args[1] === FAILING) throw new RangeError(REASON)
      return actual.parseBytes(...args)
    }
  }
})
vi.mock('@corpus/core', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@corpus/core')>()
  return {
    ...actual,
    parse: (...args: Parameters<typeof actual.parse>) => {
      const [input] = args
      if (input instanceof Uint8Array && Buffer.from(input).toString('utf8').includes(MARK)) throw new RangeError(REASON)
      return actual.parse(...args)
    }
  }
})

/** A folder with two good articles and, between them in order, the one whose parse throws. */
function corpus(): string {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-cli-'))
  writeFileSync(join(folder, 'a.txt'), 'Le conseil municipal a voté le budget mardi soir.\n')
  writeFileSync(join(folder, FAILING), 'M. Jean Dupont a parlé.\n')
  writeFileSync(join(folder, 'z.txt'), 'La boulangerie du village rouvre ses portes en juin.\n')
  return folder
}

const line = (folder: string) => `${FAILING}  error  Cannot read '${join(folder, FAILING)}': it could not be parsed: ${REASON}  read-error\n`

describe('a file whose parse throws', () => {
  it('lint reports it in one line, lints the others and exits with 2', async () => {
    const folder = corpus()
    const result = await corpusCommand(['lint', '.'], folder)
    expect(result).toEqual({ code: 2, stdout: `${line(folder)}\n0 errors, 0 warnings, 0 notes, 1 file not read in 3 files\n`, stderr: '' })
  })

  it('stats counts the others, names it, and exits with 2', async () => {
    const folder = corpus()
    const result = await corpusCommand(['stats', '.', '--json'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(line(folder))
    expect(JSON.parse(result.stdout)).toMatchObject({ documents: 2, unreadable: [FAILING], withErrors: [] })
  })

  it('inspect reports it in one line and exits with 2', async () => {
    const folder = corpus()
    expect(await corpusCommand(['inspect', FAILING], folder)).toEqual({ code: 2, stdout: '', stderr: line(folder) })
  })

  it('export writes the others and exits with 2', async () => {
    const folder = corpus()
    const result = await corpusCommand(['export', '.', '-f', 'jsonld', '-o', 'out', '--quiet'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(line(folder))
    expect(readdirSync(join(folder, 'out')).sort()).toEqual(['corpus-export.ndjson', 'jsonld'])
    expect(readdirSync(join(folder, 'out', 'jsonld')).sort()).toEqual(['a.jsonld', 'z.jsonld'])
  })

  it('from standard input, it is reported as standard input', async () => {
    const folder = corpus()
    const result = await corpusCommand(['lint', '-', 'a.txt'], folder, `Un texte ${MARK}.\n`)
    expect(result).toEqual({ code: 2, stdout: `<stdin>  error  Cannot read standard input: it could not be parsed: ${REASON}  read-error\n\n0 errors, 0 warnings, 0 notes, 1 file not read in 2 files\n`, stderr: '' })
  })
})
