import { readdir, realpath, type Dirent } from 'node:fs'
import { resolve } from 'node:path'
import { glob, isDynamicPattern, type GlobOptions } from 'tinyglobby'
import { folderFailure, isInside, linkFailure, outsideFailure, realPathOrNull, type Found } from './listing-problems.js'

/** How a pattern is matched. */
export interface MatchOptions {
  /** Absolute folder the pattern is resolved from. */
  cwd: string
  /** Follow every symbolic link; otherwise a match whose real path lies outside `roots` is a failure. */
  followSymlinks: boolean
  /** Real paths of the input folders. */
  roots: readonly string[]
}

type Done<T> = (error: NodeJS.ErrnoException | null, result: T) => void

/**
 * The files a glob pattern matches, and what could not be listed on the way:
 * a folder the glob could not read, a broken link, a link loop (the glob
 * itself skips them silently), and unless links are all followed, a match
 * reached through a link to outside the input folders.
 */
export async function patternMatches(pattern: string, options: MatchOptions): Promise<Found> {
  const failures: Found['failures'] = []
  const base = patternBase(pattern, options.cwd)
  // The glob may read folders above the pattern's own on its way: only what lies under it is reported.
  const under = (path: string) => isInside(resolve(path), [base])
  let links = 0
  const fs = {
    readdir: (path: string, settings: { withFileTypes: true }, done: Done<Dirent[]>) =>
      readdir(path, settings, (error, entries) => {
        // A missing folder is a pattern that matches nothing, said once for the pattern.
        if (error && error.code !== 'ENOENT' && under(path)) failures.push(folderFailure(resolve(path), error))
        done(error, entries)
      }),
    realpath: (path: string, done: Done<string>) =>
      realpath(path, (error, resolved) => {
        if (under(path)) {
          links++
          if (error) failures.push(linkFailure(resolve(path), error))
        }
        done(error, resolved)
      })
  }
  const found = await glob(pattern, { cwd: options.cwd, absolute: true, onlyFiles: true, expandDirectories: false, fs: fs as unknown as NonNullable<GlobOptions['fs']> })
  const paths: string[] = []
  for (const path of found.map((match) => resolve(match))) {
    // No link met, no match can lie outside: the check costs a system call per match.
    const target = options.followSymlinks || links === 0 ? path : realPathOrNull(path)
    if (target === null || isInside(target, options.roots)) paths.push(path)
    else failures.push(outsideFailure(path, target))
  }
  return { paths, failures }
}

/** The folder a pattern searches: its path up to the first segment with a wildcard. */
export function patternBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  return resolve(cwd, fixed.length === 1 && fixed[0] === '' ? '/' : fixed.join('/') || '.')
}
