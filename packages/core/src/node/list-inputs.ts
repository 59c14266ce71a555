import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { CorpusFailure } from './corpus-item.js'
import { compareOrderKeys, orderKey, type OrderKey } from './corpus-order.js'

/** One path to read, or an input that matched nothing (its failure is known already). */
export interface ListedFile extends OrderKey {
  failure: CorpusFailure | null
}

/** How {@link listInputs} finds files. */
export interface ListOptions {
  /** Absolute folder that relative inputs and patterns are resolved from. */
  cwd: string
  /** Lowercase name endings, dot included (`.txt`), of the files taken from folders. */
  extensions: readonly string[]
}

/**
 * Turns files, folders and glob patterns into the sorted list of distinct
 * absolute paths to read (paths only: nothing is read here). An input that
 * matches no file gives one `ENOENT` failure in its place.
 */
export async function listInputs(inputs: readonly string[], options: ListOptions): Promise<ListedFile[]> {
  const expanded = await Promise.all(inputs.map((input) => expand(input, options)))
  // Keyed by path, so a file given twice (or reached by two inputs) is read once.
  const files = new Map<string, ListedFile>()
  const misses = new Map<string, ListedFile>()
  expanded.forEach((found, index) => {
    const input = inputs[index] ?? ''
    if (typeof found === 'string') {
      misses.set(input, listed(input, { type: 'failure', path: input, message: found, code: 'ENOENT' }))
      return
    }
    for (const path of found) files.set(path, listed(path, null))
  })
  return [...files.values(), ...misses.values()].sort(compareOrderKeys)
}

function listed(path: string, failure: CorpusFailure | null): ListedFile {
  const { name, ordinal } = orderKey(path, basename(path))
  return { path, name, ordinal, failure }
}

/** The absolute paths an input stands for, or why it stands for none. */
async function expand(input: string, options: ListOptions): Promise<string[] | string> {
  const absolute = resolve(options.cwd, input)
  const stats = statOrNull(absolute)
  if (stats?.isDirectory() === true) {
    const found = filesInFolder(absolute, options.extensions)
    const kinds = options.extensions.length > 0 ? ` ${options.extensions.join(' or ')}` : ''
    return found.length > 0 ? found : `No${kinds} file in the folder '${input}'`
  }
  // A path that exists is taken literally even if it looks like a pattern (`a[1].txt`).
  if (stats === null && isDynamicPattern(input)) {
    const found = await glob(input, { cwd: options.cwd, absolute: true, onlyFiles: true, expandDirectories: false })
    return found.length > 0 ? found.map((path) => resolve(path)) : `No file matches the pattern '${input}'`
  }
  // A file named explicitly is read whatever its extension; if it is missing, reading it says so.
  return [absolute]
}

/**
 * The path's stats, or `null` when it cannot be had (missing, not allowed…).
 * Synchronous, as the reads are: for thousands of inputs (a shell-expanded
 * glob) it is several times faster than `fs.promises.stat`.
 */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch {
    return null
  }
}

/**
 * The files under `folder` whose names end with one of `extensions`, found
 * with one synchronous `readdir` per folder: far lighter than a glob for tens
 * of thousands of files. As globs do, it skips hidden entries (names starting
 * with `.`) and folders it cannot read, and follows symbolic links; a folder
 * reached twice (through a link) is read once, where a walk in name order
 * first meets it.
 */
function filesInFolder(folder: string, extensions: readonly string[]): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  // `real` is the folder's path with links resolved: a folder's own is its parent's
  // plus its name, so only the links met on the way need resolving (deep trees stay cheap).
  const walk = (current: string, real: string): void => {
    if (seen.has(real)) return
    seen.add(real)
    for (const entry of entriesOf(current)) {
      if (entry.name.startsWith('.')) continue
      const path = join(current, entry.name)
      // A symbolic link is judged by what it points to.
      const link = entry.isSymbolicLink()
      const kind = link ? statOrNull(path) : entry
      if (kind?.isDirectory() === true) {
        const target = link ? realPathOrNull(path) : join(real, entry.name)
        if (target !== null) walk(path, target)
      } else if (kind?.isFile() === true && hasExtension(entry.name, extensions)) found.push(path)
    }
  }
  const real = realPathOrNull(folder)
  if (real !== null) walk(folder, real)
  return found
}

/** The entries of a folder in name order (code units), or none when it cannot be read. */
function entriesOf(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch {
    return []
  }
}

/** The path with links resolved (the system's own answer, which also gives the on-disk case), or `null`. */
function realPathOrNull(path: string): string | null {
  try {
    return realpathSync.native(path)
  } catch {
    return null
  }
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase()
  return extensions.some((extension) => lower.endsWith(extension))
}
