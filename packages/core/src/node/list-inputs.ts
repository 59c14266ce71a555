import { basename, resolve } from 'node:path'
import { isDynamicPattern } from 'tinyglobby'
import type { CorpusFailure } from './corpus-item.js'
import { compareOrderKeys, orderKey, type OrderKey } from './corpus-order.js'
import { filesInFolder, type WalkOptions } from './folder-walk.js'
import { missFailure, realPathOrNull, statOrNull, type Found } from './listing-problems.js'
import { patternBase, patternMatches } from './pattern-matches.js'

/** One path to read, or an input that could not be listed (its failure is known already). */
export interface ListedFile extends OrderKey {
  failure: CorpusFailure | null
}

/** How {@link listInputs} finds files. */
export interface ListOptions extends Omit<WalkOptions, 'roots'> {
  /** Absolute folder that relative inputs and patterns are resolved from. */
  cwd: string
}

/** An input, and what it is: a folder, a pattern (with the folder it searches) or a file. */
interface Input {
  input: string
  kind: 'folder' | 'pattern' | 'file'
  /** The absolute path of the folder or the file, or the pattern's folder. */
  absolute: string
}

/**
 * Turns files, folders and glob patterns into the sorted list of distinct
 * absolute paths to read (paths only: nothing is read here). An input that
 * matches no file gives one `ENOENT` failure in its place; a folder that
 * could not be read, a broken link or a link skipped gives a failure by path.
 */
export async function listInputs(inputs: readonly string[], options: ListOptions): Promise<ListedFile[]> {
  const classified = inputs.map((input) => classify(input, options.cwd))
  // The input folders, links resolved: a link that leads inside one of them is followed.
  const roots = classified.flatMap(({ kind, absolute }) => (kind === 'file' ? [] : (realPathOrNull(absolute) ?? [])))
  const expanded = await Promise.all(classified.map((input) => expand(input, { ...options, roots })))
  // Keyed by path, so a file given twice (or reached by two inputs) is read once.
  const files = new Map<string, ListedFile>()
  const failures = new Map<string, ListedFile>()
  for (const found of expanded) {
    for (const path of found.paths) files.set(path, listed(path, null))
    for (const failure of found.failures) failures.set(failure.path, listed(failure.path, failure))
  }
  // A path skipped on one way but named on another is read.
  for (const path of files.keys()) failures.delete(path)
  return [...files.values(), ...failures.values()].sort(compareOrderKeys)
}

function listed(path: string, failure: CorpusFailure | null): ListedFile {
  const { name, ordinal } = orderKey(path, basename(path))
  return { path, name, ordinal, failure }
}

function classify(input: string, cwd: string): Input {
  const absolute = resolve(cwd, input)
  const stats = statOrNull(absolute)
  if (stats?.isDirectory() === true) return { input, kind: 'folder', absolute }
  // A path that exists is taken literally even if it looks like a pattern (`a[1].txt`).
  if (stats === null && isDynamicPattern(input)) return { input, kind: 'pattern', absolute: patternBase(input, cwd) }
  // A file named explicitly is read whatever its extension, and wherever a link leads; if it is missing, reading it says so.
  return { input, kind: 'file', absolute }
}

/** The absolute paths an input stands for, and what could not be listed. */
async function expand({ input, kind, absolute }: Input, options: ListOptions & { roots: readonly string[] }): Promise<Found> {
  if (kind === 'file') return { paths: [absolute], failures: [] }
  const found = kind === 'folder' ? filesInFolder(absolute, options) : await patternMatches(input, options)
  if (found.paths.length === 0 && found.failures.length === 0) {
    const kinds = options.extensions.length > 0 ? ` ${options.extensions.join(' or ')}` : ''
    found.failures.push(missFailure(input, kind === 'folder' ? `No${kinds} file in the folder '${input}'` : `No file matches the pattern '${input}'`))
  }
  return found
}
