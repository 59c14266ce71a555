import { randomBytes } from 'node:crypto'
import { readlinkSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { TABLE_NAMES } from '../tables.js'
import type { FileSystem } from './file-system.js'

/*
 * A folder's set of tables is published in one step. The files are written
 * into a generation folder, `.corpus-tables-<pid>-<8 hex>/`; each visible name
 * (`documents.csv`…) is a symbolic link `.corpus-tables/documents.csv`, and
 * `.corpus-tables` a symbolic link to the current generation. Publishing
 * renames a new `.corpus-tables` over the old one: one rename, so a reader
 * opening any name finds the earlier set or the new one, whole.
 */

/** The link that names the current generation. */
export const CURRENT = '.corpus-tables'
/** A generation (current, being written, or left by a run that stopped), by its process id. */
const GENERATION = /^\.corpus-tables-(\d+)-[0-9a-f]{8}$/
/** A temporary link (or, from earlier versions, file) before it is renamed over its name, by its process id. */
const TEMPORARY = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.tmp$/
const METADATA = ['datapackage.json', 'csv-metadata.json']
/** Every name a set may have, whatever its tables and dialect. */
const KNOWN = [...TABLE_NAMES.flatMap((table) => [`${table}.csv`, `${table}.tsv`]), ...METADATA]
/** What a file system without symbolic links answers. */
const NO_SYMLINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS'])

const code = (error: unknown) => (error as NodeJS.ErrnoException).code
const tag = (fs: FileSystem) => `${fs.pid}-${randomBytes(4).toString('hex')}`
const temporary = (fs: FileSystem, folder: string, name: string) => join(folder, `.${name}.${tag(fs)}.tmp`)

/** A new generation's folder name. */
export function generationName(fs: FileSystem): string {
  return `${CURRENT}-${tag(fs)}`
}

type Entry = 'absent' | 'ours' | 'other'

/** What stands at a name: nothing, one of our links (which may lead nowhere), or anything else. */
async function entry(fs: FileSystem, folder: string, name: string): Promise<Entry> {
  if ((await fs.readlink(join(folder, name))) === join(CURRENT, name)) return 'ours'
  return (await fs.taken(join(folder, name))) ? 'other' : 'absent'
}

/** What stands at each name a set may have, and those that a new set of `names` would replace. */
async function survey(fs: FileSystem, folder: string, names: readonly string[]): Promise<{ entries: Map<string, Entry>; blocking: string[] }> {
  const entries = new Map<string, Entry>()
  const blocking: string[] = []
  for (const name of new Set([...names, ...KNOWN])) {
    const kind = await entry(fs, folder, name)
    entries.set(name, kind)
    if ((kind === 'other' && names.includes(name)) || (kind === 'ours' && (await fs.exists(join(folder, name))))) blocking.push(name)
  }
  return { entries, blocking }
}

/**
 * The paths of `folder` that publishing `names` without overwriting would
 * replace: those of the names taken by anything but our links, and every
 * name of an earlier set that a reader sees. A link of ours that leads
 * nowhere (left by a run that stopped) is in no one's way.
 */
export async function inTheWay(fs: FileSystem, folder: string, names: readonly string[]): Promise<string[]> {
  return (await survey(fs, folder, names)).blocking.map((name) => join(folder, name))
}

/**
 * Makes the files of `generation` (a folder inside `folder`) the set that
 * `names` lead to, in one step. Without `overwrite`, throws when anything is
 * in the way. With it, files that are not our links (an earlier layout's) are
 * first made to lead, unchanged, through a generation of their own, so that
 * the step that publishes the new set is still one rename. On an error
 * before that step, what it made is undone and readers still see the earlier
 * set. On a file system without symbolic links, the files are moved into
 * place one by one instead.
 */
export async function publish(fs: FileSystem, folder: string, generation: string, names: readonly string[], overwrite: boolean): Promise<void> {
  const next = temporary(fs, folder, CURRENT.slice(1))
  try {
    await fs.symlink(generation, next)
  } catch (error) {
    if (NO_SYMLINKS.has(code(error) ?? '')) return moveIntoPlace(fs, folder, generation, names, overwrite)
    throw error
  }
  const made: string[] = []
  const retired: string[] = []
  let snapshot: string | null = null
  try {
    const { entries, blocking } = await survey(fs, folder, names)
    if (!overwrite && blocking.length > 0) throw new Error(`Not overwriting ${blocking.map((name) => join(folder, name)).join(', ')} (pass \`overwrite: true\`)`)
    const previous = await fs.readlink(join(folder, CURRENT))
    if (previous !== null && GENERATION.test(previous)) retired.push(previous)
    if (!overwrite) await removeLink(fs, join(folder, CURRENT))
    const foreign = names.filter((name) => entries.get(name) === 'other')
    if (foreign.length > 0) {
      // Readers see these files as they are until the new set replaces them all.
      snapshot = generationName(fs)
      retired.push(snapshot)
      await fs.mkdir(join(folder, snapshot))
      for (const name of blocking) await fs.copy(join(folder, name), join(folder, snapshot, name))
      await point(fs, folder, snapshot)
      for (const name of foreign) await link(fs, folder, name, true)
    }
    for (const name of names) {
      if (entries.get(name) !== 'absent') continue
      await link(fs, folder, name, overwrite)
      made.push(name)
    }
    await fs.rename(next, join(folder, CURRENT))
  } catch (error) {
    await fs.unlink(next).catch(() => undefined)
    for (const name of made) await fs.unlink(join(folder, name)).catch(() => undefined)
    if (snapshot !== null) await discard(fs, folder, snapshot).catch(() => undefined)
    throw error
  }
  // Published: what follows only tidies, and the next run redoes what fails.
  await tidy(fs, folder, retired).catch(() => undefined)
}

/** Points {@link CURRENT} at a generation, in one rename. */
async function point(fs: FileSystem, folder: string, generation: string): Promise<void> {
  const next = temporary(fs, folder, CURRENT.slice(1))
  await fs.symlink(generation, next)
  await fs.rename(next, join(folder, CURRENT)).catch(async (error: unknown) => {
    await fs.unlink(next).catch(() => undefined)
    throw error
  })
}

/** Makes `name` our link; without `replace`, throws when the name is taken (another run made it since the check). */
async function link(fs: FileSystem, folder: string, name: string, replace: boolean): Promise<void> {
  const path = join(folder, name)
  if (!replace) {
    await fs.symlink(join(CURRENT, name), path).catch((error: unknown) => {
      throw code(error) === 'EEXIST' ? new Error(`Not overwriting ${path} (pass \`overwrite: true\`)`) : error
    })
    return
  }
  const next = temporary(fs, folder, name)
  await fs.symlink(join(CURRENT, name), next)
  await fs.rename(next, path).catch(async (error: unknown) => {
    await fs.unlink(next).catch(() => undefined)
    throw error
  })
}

async function removeLink(fs: FileSystem, path: string): Promise<void> {
  await fs.unlink(path).catch((error: unknown) => {
    if (code(error) !== 'ENOENT') throw error
  })
}

/** After publishing: removes our links that now lead nowhere (names the new set lacks) and the generations it replaced. */
async function tidy(fs: FileSystem, folder: string, retired: readonly string[]): Promise<void> {
  for (const name of KNOWN) {
    if ((await entry(fs, folder, name)) === 'ours' && !(await fs.exists(join(folder, name)))) await fs.unlink(join(folder, name))
  }
  for (const generation of retired) await discard(fs, folder, generation)
}

/** Removes a generation unless it is the current one. */
export async function discard(fs: FileSystem, folder: string, generation: string): Promise<void> {
  if ((await fs.readlink(join(folder, CURRENT))) !== generation) await fs.rmdir(join(folder, generation))
}

/** {@link discard}, synchronously, for an exiting process. */
export function discardSync(folder: string, generation: string): void {
  try {
    if (readlinkSync(join(folder, CURRENT)) === generation) return
  } catch {
    // No current generation: this one is not it.
  }
  rmSync(join(folder, generation), { recursive: true, force: true })
}

/**
 * Removes what runs that stopped left in `folder`: generations that are not
 * current and temporary files of a set's names, of processes that no longer
 * run (those of running ones may be in use).
 */
export async function sweep(fs: FileSystem, folder: string): Promise<void> {
  const current = await fs.readlink(join(folder, CURRENT))
  for (const name of await fs.readdir(folder)) {
    const generation = GENERATION.exec(name)
    const leftover = TEMPORARY.exec(name)
    const pid = generation?.[1] ?? (leftover && (KNOWN.includes(leftover[1] ?? '') || `.${leftover[1] ?? ''}` === CURRENT) ? leftover[2] : undefined)
    if (pid === undefined || name === current || fs.running(Number(pid))) continue
    if (generation) await fs.rmdir(join(folder, name))
    else await fs.unlink(join(folder, name))
  }
}

/**
 * Where there are no symbolic links: each file moved into place by a rename
 * (with `overwrite`) or, without, when its name is free. Each file is whole,
 * but the set is not published in one step.
 */
async function moveIntoPlace(fs: FileSystem, folder: string, generation: string, names: readonly string[], overwrite: boolean): Promise<void> {
  if (!overwrite) {
    const taken = []
    for (const name of names) if (await fs.taken(join(folder, name))) taken.push(join(folder, name))
    if (taken.length > 0) throw new Error(`Not overwriting ${taken.join(', ')} (pass \`overwrite: true\`)`)
  }
  for (const name of names) await fs.rename(join(folder, generation, name), join(folder, name))
  await fs.rmdir(join(folder, generation))
}
