import { mkdir } from 'node:fs/promises'
import { closeSync, existsSync, linkSync, openSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path'
import { noteFolder, removeStaleTemporaryFiles, temporaryPath } from './temporary.js'

/** An output that is there already, and was not replaced. */
export class OutputExists extends Error {
  override name = 'OutputExists'
  constructor(readonly path: string) {
    super(`${path} exists: not overwritten (pass --force to replace it)`)
  }
}

/**
 * Creates `folder` (and its parents) and notes it as written into; removes
 * there the temporary files of earlier runs that are over. Resolves to the
 * folders it created, parents first. A path that is there but is not a folder
 * is refused at once. Level by level from the nearest folder that exists:
 * Node's recursive `mkdir` never returns where the file system refuses every
 * level (a path under `/proc`).
 */
export async function prepareFolder(folder: string): Promise<string[]> {
  const missing: string[] = []
  let path = resolve(folder)
  for (; !existsSync(path); path = dirname(path)) {
    missing.unshift(path)
    if (dirname(path) === path) break
  }
  // The nearest level there (--out itself, or above a format's folder) must be a folder.
  if (existsSync(path) && !statSync(path).isDirectory()) throw Object.assign(new Error('Not a folder'), { code: 'ENOTDIR' })
  for (const path of missing) await mkdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  noteFolder(folder)
  removeStaleTemporaryFiles(folder)
  return missing
}

/** Removes `folders` (as {@link prepareFolder} gave them) that are still empty, deepest first: a run that wrote nothing leaves nothing. */
export function removeFolders(folders: readonly string[]): void {
  for (const folder of [...folders].reverse()) {
    try {
      rmdirSync(folder)
    } catch {
      // Not empty, or gone: kept as it is.
    }
  }
}

// Failures of the folder or its disk, not of one file: the format they come from cannot go on.
const FORMAT_STOPPING = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO'])

/** Whether a failed write means that no later file of its format can be written either (a full disk, a read-only file system). */
export function stopsFormat(error: unknown): boolean {
  return error instanceof Error && FORMAT_STOPPING.has((error as NodeJS.ErrnoException).code ?? '')
}

/**
 * Writes `data` (text, bytes, or a function giving text in chunks) to `path`
 * whole or not at all: into a temporary file beside it, then moved into
 * place. Without `force`, an existing file is left as it is and an
 * {@link OutputExists} is thrown: the move is a hard link, which
 * fails when the name is taken, so no check can race with it. Synchronous:
 * for the small files of one document each, waiting on the event loop per
 * call costs more than the writing (a run spent most of its time idle).
 */
export function writeWhole(path: string, data: string | Uint8Array | (() => Iterable<string>), force: boolean): void {
  const temporary = temporaryPath(path)
  try {
    const file = openSync(temporary, 'wx')
    try {
      for (const chunk of typeof data === 'function' ? data() : [data]) writeAll(file, chunk)
    } finally {
      closeSync(file)
    }
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

/** Writes all of `data` to `file`: one `writeSync` may write less than it is given. */
function writeAll(file: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(file, bytes, offset)
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
