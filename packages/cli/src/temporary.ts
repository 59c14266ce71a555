import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'

// This tool's temporary files and folders: `.<name>.<pid>-<8 hex>.tmp` beside
// their place, as `@corpus/csv` names its own. The process id says whose they
// are: this run's, to remove when it is interrupted; a process that is gone, to
// remove on the next run into the folder (a run killed outright removes nothing).
const TAG = `${process.pid}-${randomBytes(4).toString('hex')}`
const TEMPORARY = /^\..*\.(\d+)-[0-9a-f]{8}\.tmp$/su
const SUFFIX = `.${TAG}.tmp`
// Most file systems take at most 255 bytes per name, counted in UTF-8.
const MAX_NAME_BYTES = 255

/** The folders written into, whose temporary files {@link removeTemporaryFiles} removes. */
const folders = new Set<string>()

/**
 * Where `path` is written before it is moved into place: a hidden name beside
 * it, at most 255 bytes; a long name is cut (between characters) to leave room
 * for the suffix, since the temporary name need only be unique, not whole.
 */
export function temporaryPath(path: string): string {
  folders.add(dirname(path))
  const name = `.${basename(path)}`
  const room = MAX_NAME_BYTES - Buffer.byteLength(SUFFIX)
  return join(dirname(path), `${name.slice(0, new TextEncoder().encodeInto(name, new Uint8Array(room)).read)}${SUFFIX}`)
}

/** Notes `folder` as written into, for {@link removeTemporaryFiles}. */
export function noteFolder(folder: string): void {
  folders.add(folder)
}

/**
 * Removes the temporary files this process left in the folders it wrote
 * into: on an interruption, so that nothing half-written stays behind.
 * Synchronous, for a signal handler.
 */
export function removeTemporaryFiles(): void {
  for (const folder of folders) removeTemporary(folder, (pid) => pid === process.pid)
}

/**
 * Removes from `folder` the temporary files and folders of runs of this tool
 * that are over: those whose process is no longer running. Returns how many.
 */
export function removeStaleTemporaryFiles(folder: string): number {
  return removeTemporary(folder, (pid) => pid !== process.pid && !running(pid))
}

function removeTemporary(folder: string, whose: (pid: number) => boolean): number {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1]
    if (pid === undefined || !whose(Number(pid))) continue
    rmSync(join(folder, name), { force: true, recursive: true })
    removed++
  }
  return removed
}

/** Whether a process of this id may run on this machine: signal 0 checks without sending; only `ESRCH` says there is none. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}
