import { copyFile, link, lstat, mkdir, readdir, readlink, realpath, rename, rm, stat, symlink, unlink } from 'node:fs/promises'
import process from 'node:process'

/**
 * The file system calls that writing and publishing a set of tables make,
 * gathered so that a test can make any of them fail (see `NODE_FILE_SYSTEM`).
 */
export interface FileSystem {
  /** The id of this process, which names its staging folders. */
  pid: number
  /** Whether a process of that id runs: its staging folders are in use. */
  running(pid: number): boolean
  /** The names in a folder. */
  readdir(folder: string): Promise<string[]>
  /** The target of a symbolic link; `null` when the path is something else or nothing. */
  readlink(path: string): Promise<string | null>
  /** Whether the path names something, or a symbolic link whose target is there: what a reader would open. */
  exists(path: string): Promise<boolean>
  /** Whether the path names anything, a dangling link included. */
  taken(path: string): Promise<boolean>
  /** Makes a folder (its parent exists). */
  mkdir(path: string): Promise<void>
  /** Makes a symbolic link; fails when `path` is taken. */
  symlink(target: string, path: string): Promise<void>
  /** Renames, replacing any file or link at `to`. */
  rename(from: string, to: string): Promise<void>
  /** Copies the file a path leads to (a hard link of it where the file system allows). */
  copy(from: string, to: string): Promise<void>
  /** Removes a file or link. */
  unlink(path: string): Promise<void>
  /** Removes a folder and what it holds. */
  rmdir(path: string): Promise<void>
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/** Node's file system. */
export const NODE_FILE_SYSTEM: FileSystem = {
  pid: process.pid,
  running(pid) {
    try {
      process.kill(pid, 0)
      return true
    } catch (error) {
      // EPERM: it runs, as another user.
      return (error as NodeJS.ErrnoException).code === 'EPERM'
    }
  },
  readdir: (folder) => readdir(folder),
  readlink: (path) =>
    readlink(path).catch((error: NodeJS.ErrnoException) => {
      if (missing(error) || error.code === 'EINVAL') return null
      throw error
    }),
  exists: (path) => stat(path).then(() => true, (error: unknown) => (missing(error) ? false : Promise.reject(error))),
  taken: (path) => lstat(path).then(() => true, (error: unknown) => (missing(error) ? false : Promise.reject(error))),
  mkdir: async (path) => {
    await mkdir(path)
  },
  symlink: (target, path) => symlink(target, path),
  rename: (from, to) => rename(from, to),
  copy: async (from, to) => {
    try {
      await link(await realpath(from), to)
    } catch {
      await copyFile(from, to)
    }
  },
  unlink: (path) => unlink(path),
  rmdir: (path) => rm(path, { recursive: true, force: true })
}
