import { mkdir, readdir } from 'node:fs/promises'
import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path'
import { noteFolder, temporaryPath } from './temporary.js'

/** An output that is there already, and was not replaced. */
export class OutputExists extends Error {
  override name = 'OutputExists'
  constructor(readonly path: string) {
    super(`${path} exists: not overwritten (pass --force to replace it)`)
  }
}

/**
 * Creates `folder` (and its parents) and notes it as written into. Level by
 * level from the nearest folder that exists: Node's recursive `mkdir` never
 * returns where the file system refuses every level (a path under `/proc`).
 */
export async function prepareFolder(folder: string): Promise<void> {
  const missing: string[] = []
  for (let path = resolve(folder); !existsSync(path); path = dirname(path)) {
    missing.unshift(path)
    if (dirname(path) === path) break
  }
  for (const path of missing) await mkdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  noteFolder(folder)
}

/**
 * Writes `data` to `path` whole or not at all: into a temporary file beside
 * it, then moved into place. Without `force`, an existing file is left as it
 * is and an {@link OutputExists} is thrown: the move is a hard link, which
 * fails when the name is taken, so no check can race with it. Synchronous:
 * for the small files of one document each, waiting on the event loop per
 * call costs more than the writing (a run spent most of its time idle).
 */
export function writeWhole(path: string, data: string | Uint8Array, force: boolean): void {
  const temporary = temporaryPath(path)
  try {
    writeFileSync(temporary, data, { flag: 'wx' })
    if (force) renameSync(temporary, path)
    else {
      linkInPlace(temporary, path)
      rmSync(temporary, { force: true })
    }
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

function linkInPlace(temporary: string, path: string): void {
  try {
    linkSync(temporary, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new OutputExists(path)
    // File systems without hard links: check, then move.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error
    if (existsSync(path)) throw new OutputExists(path)
    renameSync(temporary, path)
  }
}

/** The path of `name` inside `folder`, refusing any name that would leave it (`..`, an absolute path, a separator). */
export function inside(folder: string, name: string): string {
  const path = resolve(folder, name)
  const way = relative(resolve(folder), path)
  if (name !== basename(name) || way === '' || way.startsWith('..') || isAbsolute(way)) throw new Error(`Refusing to write \`${name}\` outside ${folder}`)
  return path
}

/** Those of `names` that are taken in `folder`. */
export async function taken(folder: string, names: readonly string[]): Promise<string[]> {
  let present: Set<string>
  try {
    present = new Set(await readdir(folder))
  } catch {
    return []
  }
  return names.filter((name) => present.has(name))
}
