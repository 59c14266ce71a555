/**
 * Inputs as an attacker or an unlucky user leaves them: too large, unreadable
 * folders, broken links, links leading out of the input folders, control
 * characters. Each is reported by path, with its reason, and the run goes on.
 * In process, to keep the suite fast, but for one run of the binary per kind
 * of output and the permission test, which needs a process of another user.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { byteSize } from '../src/input-options.js'
import { corpusCommand } from './in-process.js'
import { BINARY, run, scratch } from './run.js'

const texts = {
  'a.txt': 'Le conseil municipal a voté le budget mardi soir.\n',
  'b.txt': 'La boulangerie du village rouvre ses portes en juin.\n'
}

/** A scratch folder holding `files` (relative path → text). */
function folderWith(files: Record<string, string>): string {
  const folder = scratch()
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true })
    writeFileSync(join(folder, name), text)
  }
  return folder
}

const failure = (file: string, message: string) => `${file}  error  ${message}  read-error\n`

describe('--max-file-size', () => {
  it('reads sizes in bytes, or with a unit: kB, MB, GB in powers of 1000; K, M, G and KiB, MiB, GiB in powers of 1024', () => {
    expect([['1'], ['2000'], ['2kB'], ['2 KB'], ['2K'], ['2KiB'], ['64MB'], ['64MiB'], ['64m'], ['1GB'], ['1GiB'], ['7b']].map(([value]) => byteSize('max-file-size', value))).toEqual([
      1, 2000, 2000, 2000, 2048, 2048, 64_000_000, 67_108_864, 67_108_864, 1_000_000_000, 1_073_741_824, 7
    ])
    for (const value of ['0', '0MB', '-1', '1.5MB', '12XB', 'MB', '', ' 1']) expect(() => byteSize('max-file-size', value)).toThrow(`--max-file-size must be a size of at least 1 byte, in bytes or with a unit (500kB, 64MiB, 1GB), not \`${value}\``)
  })

  it('skips a larger file, reported by name with the limit, and reads the others (lint, stats, inspect, export)', async () => {
    const folder = folderWith({ ...texts, 'grand.txt': 'x'.repeat(2001) })
    const skipped = failure('grand.txt', `Cannot read '${join(folder, 'grand.txt')}': 2,001 bytes, over the size limit of 2,000 bytes: skipped (--max-file-size sets the limit)`)
    const lint = await corpusCommand(['lint', '.', '--max-file-size', '2kB'], folder)
    expect(lint).toMatchObject({ code: 2, stdout: `${skipped}\n0 errors, 0 warnings, 0 notes, 1 file not read in 3 files\n`, stderr: '' })
    const stats = await corpusCommand(['stats', '.', '--max-file-size', '2kB', '--json'], folder)
    expect(stats).toMatchObject({ code: 2, stderr: skipped })
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 2, unreadable: ['grand.txt'] })
    expect(await corpusCommand(['inspect', 'grand.txt', '--max-file-size', '2000'], folder)).toMatchObject({ code: 2, stdout: '', stderr: skipped })
    const exported = await corpusCommand(['export', '.', '-f', 'jsonld', '-o', 'out', '--max-file-size', '2kB', '--quiet'], folder)
    expect(exported).toMatchObject({ code: 2, stderr: skipped })
    expect(readdirSync(join(folder, 'out', 'jsonld')).sort()).toEqual(['a.jsonld', 'b.jsonld'])
    expect((await corpusCommand(['lint', '.', '--max-file-size', '2K'], folder)).code).toBe(0)
  })

  it('skips a file over 64 MiB by default, from its size, without reading it', async () => {
    const folder = folderWith(texts)
    // Sparse: 64 MiB and one byte on the books, nothing written.
    writeFileSync(join(folder, 'énorme.txt'), '')
    truncateSync(join(folder, 'énorme.txt'), 64 * 1024 ** 2 + 1)
    const result = await corpusCommand(['lint', '.'], folder)
    expect(result).toMatchObject({ code: 2, stdout: `${failure('énorme.txt', `Cannot read '${join(folder, 'énorme.txt')}': 67,108,865 bytes, over the size limit of 67,108,864 bytes: skipped (--max-file-size sets the limit)`)}\n0 errors, 0 warnings, 0 notes, 1 file not read in 3 files\n` })
  })

  it('holds standard input to the limit too', async () => {
    const result = await corpusCommand(['lint', '-', '--max-file-size', '10'], scratch(), 'Un texte de plus de dix octets.\n')
    expect(result).toMatchObject({ code: 2, stdout: `${failure('<stdin>', 'Cannot read standard input: more than 10 bytes, the size limit: skipped (--max-file-size sets the limit)')}\n0 errors, 0 warnings, 0 notes, 1 file not read in 1 file\n` })
  })

  it('refuses a size it cannot read, before any work', async () => {
    const result = await run(['stats', '.', '--max-file-size', '64XB'])
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'corpus stats: --max-file-size must be a size of at least 1 byte, in bytes or with a unit (500kB, 64MiB, 1GB), not `64XB`\nRun `corpus stats --help` for its options.\n' })
  })
})

// Root reads any folder: as root, the command runs as `nobody`, so that permissions hold.
const asRoot = process.getuid?.() === 0
const NOBODY = 65534

/** `corpus <args>` in `cwd`, as an unprivileged user. */
function runUnprivileged(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [BINARY, ...args], { cwd, encoding: 'utf8', ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe.skipIf(process.platform === 'win32')('inputs that cannot be listed', () => {
  it('reports a subfolder it may not read by path and reason, reads the rest, and exits with 2', () => {
    const folder = folderWith({ ...texts, 'fermé/c.txt': 'Le musée prête trois tableaux à la ville voisine.\n' })
    chmodSync(folder, 0o755)
    chmodSync(join(folder, 'fermé'), 0o000)
    const denied = failure('fermé', `Cannot read the folder '${join(folder, 'fermé')}': permission denied`)
    const exported = runUnprivileged(['export', '.', '-f', 'jsonld', '-o', '-'], folder)
    expect(exported.code).toBe(2)
    expect(exported.stderr).toBe(denied)
    expect(exported.stdout.trim().split('\n')).toHaveLength(2)
    const stats = runUnprivileged(['stats', '.'], folder)
    expect(stats).toMatchObject({ code: 2, stderr: denied })
    expect(stats.stdout).toMatch(/^documents {7}2 \(1 file not read: fermé\)\n/)
    // Named directly: the reason, not "no .txt file in the folder".
    expect(runUnprivileged(['lint', 'fermé'], folder)).toEqual({ code: 2, stdout: `${denied}\n0 errors, 0 warnings, 0 notes, 1 file not read in 1 file\n`, stderr: '' })
    // Met by a pattern: the glob skips it silently; the command reports it.
    expect(runUnprivileged(['lint', '**/*.txt'], folder)).toEqual({ code: 2, stdout: `${denied}\n0 errors, 0 warnings, 0 notes, 1 file not read in 3 files\n`, stderr: '' })
    chmodSync(join(folder, 'fermé'), 0o755)
  })

  it('reports a broken symbolic link by path, and exits with 2', async () => {
    const folder = folderWith(texts)
    symlinkSync(join(folder, 'absent.txt'), join(folder, 'cassé.txt'))
    const result = await corpusCommand(['lint', '.'], folder)
    expect(result).toMatchObject({ code: 2, stdout: `${failure('cassé.txt', `Cannot read '${join(folder, 'cassé.txt')}': a symbolic link to '${join(folder, 'absent.txt')}', which does not exist`)}\n0 errors, 0 warnings, 0 notes, 1 file not read in 3 files\n` })
  })
})

describe.skipIf(process.platform === 'win32')('symbolic links', () => {
  function withLinkOut() {
    const folder = folderWith({ 'dedans/a.txt': texts['a.txt'], 'dehors/secret.txt': 'Le code du coffre est dans le tiroir.\n' })
    symlinkSync(join(folder, 'dehors/secret.txt'), join(folder, 'dedans/lien.txt'))
    return folder
  }

  it('skips and reports a link that leads outside the input folders, by default', async () => {
    const folder = withLinkOut()
    const skipped = failure('dedans/lien.txt', `Cannot read '${join(folder, 'dedans/lien.txt')}': a symbolic link to '${join(folder, 'dehors/secret.txt')}', outside the input folders: skipped (--follow-symlinks follows it)`)
    expect(await corpusCommand(['lint', 'dedans'], folder)).toMatchObject({ code: 2, stdout: `${skipped}\n0 errors, 0 warnings, 0 notes, 1 file not read in 2 files\n` })
    const exported = await corpusCommand(['export', 'dedans', '-f', 'markdown', '-o', 'out', '--quiet'], folder)
    expect(exported).toMatchObject({ code: 2, stderr: skipped })
    expect(readdirSync(join(folder, 'out')).sort()).toEqual(['corpus-export.ndjson', 'markdown'])
    expect(readdirSync(join(folder, 'out', 'markdown'))).toEqual(['a.md'])
  })

  it('follows it with --follow-symlinks', async () => {
    const folder = withLinkOut()
    expect(await corpusCommand(['lint', 'dedans', '--follow-symlinks'], folder)).toMatchObject({ code: 0, stdout: '', stderr: '' })
    const stats = await corpusCommand(['stats', 'dedans', '--follow-symlinks', '--json'], folder)
    expect(stats.code).toBe(0)
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 2, unreadable: [] })
  })
})

/** The control characters of `text` but its newlines: C0, DEL, C1. */
const rawControls = (text: string) =>
  [...text].filter((character) => {
    const code = character.charCodeAt(0)
    return (code < 0x20 && character !== '\n') || (code >= 0x7f && code <= 0x9f)
  })

describe('control characters from the input', () => {
  const hostile = 'Le maire a parlé.\x1b]0;PWNED\x07\x1b[2J Puis « \u009b31m » et\x7f fin.\n'
  const name = '\x1b[2Jtitre\x07.txt'

  it('are escaped in all that lint, inspect and stats print, in text and in JSON', async () => {
    const folder = folderWith({ 'article.txt': hostile, [name]: texts['a.txt'] })
    writeFileSync(join(folder, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    const runs = [['lint', '.'], ['stats', '.'], ['stats', '.', '--json'], ['inspect', 'article.txt'], ['inspect', 'article.txt', '--json'], ['inspect', name], ['inspect', name, '--json'], ['inspect', 'absent\x1b[2J.txt']]
    // The binary too, for the bytes that reach a terminal.
    const results = await Promise.all([...runs.map((args) => corpusCommand(args, folder)), run(['lint', '.'], { cwd: folder }), run(['inspect', 'article.txt'], { cwd: folder })])
    expect(results).toHaveLength(runs.length + 2)
    results.forEach(({ stdout, stderr }, index) => expect(rawControls(`${stdout}${stderr}`), runs[index]?.join(' ') ?? 'binary').toEqual([]))
    const inspect = await corpusCommand(['inspect', 'article.txt'], folder)
    expect(inspect.stdout).toContain('Le maire a parlé.\\x1b]0;PWNED\\x07\\x1b[2J Puis « \\x9b31m » et\\x7f fin.')
    const json = await corpusCommand(['inspect', 'article.txt', '--json'], folder)
    expect((JSON.parse(json.stdout) as { text: string }).text).toBe(hostile)
    expect((await corpusCommand(['inspect', name], folder)).stdout.split('\n')[0]).toBe('\\x1b[2Jtitre\\x07.txt')
  })
})

describe('stats with a binary file', () => {
  it('names it among the documents with errors, and exits with 2', async () => {
    const folder = folderWith(texts)
    writeFileSync(join(folder, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    const result = await corpusCommand(['stats', '.'], folder)
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/^documents {7}3 \(1 with errors: image\.txt\)\n/)
    expect(JSON.parse((await corpusCommand(['stats', '.', '--json'], folder)).stdout)).toMatchObject({ documents: 3, unreadable: [], withErrors: ['image.txt'] })
  })
})
