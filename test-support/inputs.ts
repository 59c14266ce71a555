// The inputs every exporter is checked on, shared by the packages' tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse, type Document } from '@corpus/core'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** Where the inputs are: the seeds beside the repository (when present), the sample corpus, core's fixtures. */
export const SEEDS = here('../../shared/seeds/')
export const SAMPLE = here('../sample/')
export const FIXTURES = here('../packages/core/test/fixtures/')

export interface Input {
  /** `seed/…`, `sample/…` or `fixture/<case>`. */
  name: string
  document: Document
}

function files(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.txt')).sort() : []
}

/** Every input document the exporter is checked on. */
export function inputs(): Input[] {
  const seeds = files(SEEDS).map((file) => ({ name: `seed/${file}`, document: parse(readFileSync(SEEDS + file), { file }) }))
  const sample = files(SAMPLE).map((file) => ({ name: `sample/${file}`, document: parse(readFileSync(SAMPLE + file), { file }) }))
  const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name: `fixture/${name}`, document: parse(readFileSync(`${FIXTURES}${name}/input.txt`), { file: 'input.txt' }) }))
  return [...seeds, ...sample, ...fixtures]
}

/** Whether the seeds are beside the repository (they are not in a user’s clone). */
export const seedsAvailable = existsSync(SEEDS)
