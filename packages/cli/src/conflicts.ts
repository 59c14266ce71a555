import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { readCorpus } from '@corpus/core/node'
import { stemOf } from './export-job.js'
import { STDIN } from './inputs.js'

// How many of the paths in the way a refusal names: the count says the rest.
const SHOWN = 5

/** The names in `folder` (none when it cannot be read, or is not there yet). */
export async function namesIn(folder: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(folder))
  } catch {
    return new Set()
  }
}

/** How the inputs are listed: as the run will list them. */
export interface Listing {
  cwd: string
  followSymlinks?: boolean
}

/**
 * The stems the inputs' files will first be given (`markdownFileName`
 * without an extension), from the listing alone: nothing is read or parsed.
 * A name given twice in a run gets the document's id, which the bytes make:
 * such a file is found taken only when it is written.
 */
export async function plannedStems(inputs: readonly string[], listing: Listing): Promise<Set<string>> {
  const stems = new Set<string>()
  const files = readCorpus(
    inputs.filter((input) => input !== STDIN),
    { ...listing, readFile: () => new Uint8Array(0), parse: (_bytes, file) => file }
  )
  for await (const item of files) if (item.type === 'document') stems.add(stemOf(item.document))
  return stems
}

/** The refusal of a run whose outputs are there already: a few of the paths, and how many there are. */
export function conflictMessage(paths: readonly string[]): string {
  const shown = paths.slice(0, SHOWN).map((path) => `  ${path}\n`)
  const more = paths.length > SHOWN ? `  and ${(paths.length - SHOWN).toLocaleString('en-US')} more\n` : ''
  return `Not overwriting ${paths.length === 1 ? 'a file that exists' : `${paths.length.toLocaleString('en-US')} files that exist`} (pass --force to replace ${paths.length === 1 ? 'it' : 'them'}):\n${shown.join('')}${more}`
}

/** Those of `names` in `present`, as paths in `folder`. */
export const inFolder = (folder: string, present: ReadonlySet<string>, names: Iterable<string>): string[] => [...names].filter((name) => present.has(name)).map((name) => join(folder, name))
