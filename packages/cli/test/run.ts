/** Runs the built `corpus` binary as a user would: a child process, its exit code, its output. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BINARY = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
export const SAMPLE = fileURLToPath(new URL('../../../sample/', import.meta.url))
export const SAMPLE_FILES = readdirSync(SAMPLE)
  .filter((name) => name.endsWith('.txt'))
  .sort()

export interface Result {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Starts `corpus <args>` in `cwd`, with `input` on its standard input. */
export function start(args: readonly string[], { cwd = SAMPLE, input }: { cwd?: string; input?: string | Uint8Array } = {}): { child: ChildProcess; done: Promise<Result> } {
  const child = spawn(process.execPath, [BINARY, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin?.end(input ?? '')
  const done = new Promise<Result>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done }
}

/** Runs `corpus <args>` to its end. */
export const run = (args: readonly string[], options?: { cwd?: string; input?: string | Uint8Array }) => start(args, options).done

/** A fresh folder for one test. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'corpus-cli-'))

/** A folder with `copies` copies of the sample corpus, each under new names (`<copy>_<name>`) and with a line of its own (ids are content hashes). */
export function corpusOf(copies: number): string {
  const folder = join(scratch(), 'corpus')
  mkdirSync(folder)
  for (let copy = 0; copy < copies; copy++) {
    for (const name of SAMPLE_FILES) writeFileSync(join(folder, `${copy}_${name}`), `${readFileSync(join(SAMPLE, name), 'utf8')}\nCopie ${copy}.\n`)
  }
  return folder
}

/** Every file under `folder` that a reader sees, relative, sorted: hidden entries left out, symbolic links followed (the CSV tables are links into their generation). */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((path) => !path.split(sep).some((part) => part.startsWith('.')) && statSync(join(folder, path), { throwIfNoEntry: false })?.isFile() === true)
    .sort()
}

/** The hidden entries under `folder` (temporary files, the CSV tables' generations), relative, sorted. */
export function hiddenUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((path) => {
      const parts = path.split(sep)
      return parts.findIndex((part) => part.startsWith('.')) === parts.length - 1
    })
    .sort()
}
