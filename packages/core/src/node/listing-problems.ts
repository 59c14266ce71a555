import { readlinkSync, realpathSync, statSync, type Stats } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'
import type { CorpusFailure } from './corpus-item.js'
import { reasonOf } from './read-error.js'

/** What listing an input found: the files to read, and what could not be listed or was skipped. */
export interface Found {
  paths: string[]
  failures: CorpusFailure[]
}

/** A folder that could not be read (`EACCES`…). */
export function folderFailure(path: string, error: unknown): CorpusFailure {
  return { type: 'failure', path, message: `Cannot read the folder '${path}': ${reasonOf(error)}`, code: codeOf(error) }
}

/** A symbolic link that could not be resolved: broken (`ENOENT`), in a loop (`ELOOP`)… */
export function linkFailure(path: string, error: unknown): CorpusFailure {
  const code = codeOf(error)
  const target = code === 'ENOENT' ? targetOrNull(path) : null
  const reason = target !== null ? `a symbolic link to '${target}', which does not exist` : code === 'ELOOP' ? 'a symbolic link in a loop' : reasonOf(error)
  return { type: 'failure', path, message: `Cannot read '${path}': ${reason}`, code }
}

/** A symbolic link whose target lies outside the input folders, skipped (code `ERR_LINK_OUTSIDE`). */
export function outsideFailure(path: string, target: string): CorpusFailure {
  return { type: 'failure', path, message: `Cannot read '${path}': a symbolic link to '${target}', outside the input folders: skipped`, code: 'ERR_LINK_OUTSIDE' }
}

/** An input that stands for no file (code `ENOENT`); `path` is the input as given. */
export function missFailure(input: string, message: string): CorpusFailure {
  return { type: 'failure', path: input, message, code: 'ENOENT' }
}

/** Whether the absolute `path` is one of `folders` or lies under one. */
export function isInside(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`))
}

/**
 * The path's stats, or `null` when it cannot be had (missing, not allowed…).
 * Synchronous, as the reads are: for thousands of inputs (a shell-expanded
 * glob) it is several times faster than `fs.promises.stat`.
 */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch {
    return null
  }
}

/** The path with links resolved (the system's own answer, which also gives the on-disk case), or `null`. */
export function realPathOrNull(path: string): string | null {
  try {
    return realpathSync.native(path)
  } catch {
    return null
  }
}

function targetOrNull(link: string): string | null {
  try {
    return resolve(dirname(link), readlinkSync(link))
  } catch {
    return null
  }
}

function codeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  return typeof code === 'string' ? code : 'UNKNOWN'
}
