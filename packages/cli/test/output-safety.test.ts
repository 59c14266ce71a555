import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { writeWhole } from '../src/output.js'
import { corpusCommand } from './in-process.js'
import { BINARY, corpusOf, filesUnder, hiddenUnder, run, SAMPLE, SAMPLE_FILES, scratch, type Result } from './run.js'

const bytes = (text: string) => Buffer.byteLength(text)

describe('output names', () => {
  it('fit in 255 bytes with their temporary suffix, for a name of 120 two-byte letters', async () => {
    const input = scratch()
    writeFileSync(join(input, `${'é'.repeat(120)}.txt`), 'Le marché rouvre le 3 mai.\n')
    const out = scratch()
    const result = await corpusCommand(['export', input, '--out', out, '--quiet'], SAMPLE)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const stem = 'é'.repeat(60)
    expect(filesUnder(join(out, 'jsonld'))).toEqual([`${stem}.jsonld`])
    expect(filesUnder(join(out, 'markdown'))).toEqual([`${stem}.md`])
  })

  it('a file of the longest name a folder takes is written whole: its temporary name is cut, not the name', () => {
    const folder = scratch()
    const name = `${'é'.repeat(124)}.jsonl`
    expect(bytes(name)).toBe(254)
    writeWhole(join(folder, name), 'un\n', false)
    expect(readdirSync(folder)).toEqual([name])
  })
})

/** `corpus <args>` in a shell that first runs `setup` (a `ulimit`, say). */
function runAfter(setup: string, args: readonly string[]): Promise<Result> {
  const child = spawn('sh', ['-c', `${setup} && exec "$0" "$@"`, process.execPath, BINARY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

describe('temporary files left by a run killed outright', () => {
  it('are removed from --out itself by a run of any format, which writes into its folder inside it', async () => {
    const out = scratch()
    // The process id of a run that is over.
    const gone = spawnSync(process.execPath, ['-e', '']).pid
    const left = `.001_a.jsonld.${gone}-0123abcd.tmp`
    writeFileSync(join(out, left), '{')
    const result = await corpusCommand(['export', SAMPLE_FILES[0] ?? '', '--out', out, '-f', 'jsonld', '--quiet'], SAMPLE)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(readdirSync(out).sort()).toEqual(['corpus-export.ndjson', 'jsonld'])
  })
})

describe('a write that fails', () => {
  const corpus = corpusOf(5)

  it('in the CSV tables (over a file size limit) stops them only: the other formats and the reading go on for every file', async () => {
    const out = scratch()
    // 100 KiB a file: each document's file fits, the tables of 50 documents do not.
    const result = await runAfter('ulimit -f 100', ['export', corpus, '--out', out])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`${out}/csv  error  EFBIG: file too large, write: the CSV tables are not written  write-error\n`)
    expect(result.stdout).toBe(`50 documents read.\njsonld    50 files in ${out}/jsonld\ncsv       no table written in ${out}/csv\nmarkdown  50 files in ${out}/markdown\n`)
    expect(filesUnder(join(out, 'csv'))).toEqual([])
    expect(hiddenUnder(out)).toEqual([])
    expect(filesUnder(join(out, 'markdown'))).toHaveLength(50)
  })

  it('on a full disk stops its format, reads every file, and says what each format wrote and did not', async (context) => {
    const disk = scratch()
    // A 256 KiB file system of its own: only where this process may mount one (as root).
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk], { stdio: 'ignore' })
    } catch {
      context.skip()
    }
    try {
      const out = join(disk, 'out')
      const result = await run(['export', corpus, '--out', out])
      expect(result.code).toBe(2)
      const lines = result.stderr.trimEnd().split('\n')
      // One line per format that stopped, none per file.
      expect(lines.length).toBeLessThanOrEqual(3)
      for (const line of lines) expect(line).toMatch(new RegExp(`^${out}/(jsonld|csv|markdown)  error  ENOSPC: no space left on device, write: (no more (jsonld|markdown) files written|the CSV tables are not written)  write-error$`))
      const [read, ...formats] = result.stdout.trimEnd().split('\n')
      expect(read).toBe('50 documents read.')
      for (const format of ['jsonld', 'markdown']) {
        const line = formats.find((text) => text.startsWith(format)) ?? ''
        const [, written = '', failed = '0'] = /^\w+ +(\d+) files? in \S+(?:, (\d+) documents? not written)?$/.exec(line) ?? []
        const files = filesUnder(join(out, format))
        expect(files.length, line).toBe(Number(written))
        expect(Number(written) + Number(failed), line).toBe(50)
        if (format === 'jsonld') for (const file of files) expect(() => JSON.parse(readFileSync(join(out, format, file), 'utf8'))).not.toThrow()
      }
      expect(formats.filter((line) => line.includes('not written') || line.includes('no table'))).not.toEqual([])
    } finally {
      execFileSync('umount', [disk])
    }
  })
})

describe('what the input says', () => {
  it('an error diagnostic (a binary file) is reported, counted in the summary and in the exit code', async () => {
    const input = scratch()
    writeFileSync(join(input, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    writeFileSync(join(input, 'texte.txt'), 'Le marché rouvre le 3 mai.\n')
    for (const options of [[], ['--jobs', '2'], ['--layout', 'corpus']]) {
      const out = scratch()
      // With jobs, through the binary, whose worker threads read the files; the others in this process.
      const args = ['export', '.', '--out', out, '-f', 'jsonld', ...options]
      const result = options.includes('--jobs') ? await run(args, { cwd: input }) : await corpusCommand(args, input)
      expect(result.code, options.join(' ')).toBe(2)
      expect(result.stderr).toBe('image.txt  error  Unexpected binary input (PNG image): the file is not text and was not read  binary-input\n')
      expect(result.stdout.split('\n')[0]).toBe('2 documents read (1 with errors).')
    }
    const piped = await corpusCommand(['export', '.', '--out', '-', '-f', 'jsonld'], input)
    expect(piped).toMatchObject({ code: 2, stderr: 'image.txt  error  Unexpected binary input (PNG image): the file is not text and was not read  binary-input\n' })
    expect(piped.stdout.trimEnd().split('\n')).toHaveLength(2)
  })

  it('an argument quoted in a usage error, or an unknown command, has its control characters escaped', async () => {
    const format = await corpusCommand(['export', '.', '--out', 'sortie', '--format', 'csv\x1b[2J'], SAMPLE)
    expect(format.stderr).toBe('corpus export: --format must be one of jsonld, csv, markdown, all, not `csv\\x1b[2J`\nRun `corpus export --help` for its options.\n')
    const command = await corpusCommand(['\x1b]0;PWNED\x07'], SAMPLE)
    expect(command.stderr.split('\n')[0]).toBe('corpus: unknown command `\\x1b]0;PWNED\\x07`')
  })

  it('names and messages printed from the input have their control characters escaped', async () => {
    const input = scratch()
    const name = 'titre\x1b]0;PWNED\x07\x1b[2J.txt'
    writeFileSync(join(input, name), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    const out = join(scratch(), 'sortie\x1b[2J')
    mkdirSync(out)
    const result = await corpusCommand(['export', input, '--out', out, '-f', 'markdown'], SAMPLE)
    const shown = (text: string) => text.replaceAll('\x1b', '\\x1b').replaceAll('\x07', '\\x07')
    expect(result.stderr).toBe(`${shown(join(input, name))}  error  Unexpected binary input (PNG image): the file is not text and was not read  binary-input\n`)
    expect(result.stdout).toBe(`1 document read (1 with errors).\nmarkdown  1 file in ${shown(out)}/markdown\n`)
    // The conflicts found before reading are shown so too.
    const again = await corpusCommand(['export', input, '--out', out, '-f', 'markdown'], SAMPLE)
    expect(again.stderr).toBe(`Not overwriting a file that exists (pass --force to replace it):\n  ${shown(join(out, 'markdown', readdirSync(join(out, 'markdown')).find((name) => name.endsWith('.md')) ?? ''))}\n`)
    expect(again.stderr).not.toContain('\x1b')
  })
})
