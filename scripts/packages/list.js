// The packages that are published: every folder of packages/ whose package.json is not private.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** @returns {Array<{ dir: string, name: string, version: string, hasEntryPoint: boolean, browser: boolean }>} */
export function publishedPackages(root) {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, 'packages', entry.name))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({
      dir,
      name: manifest.name,
      version: manifest.version,
      hasEntryPoint: Boolean(manifest.exports?.['.']),
      // The main entry of a library runs in the browser; `/node` entries and commands do not.
      browser: Boolean(manifest.exports?.['.']) && !manifest.bin
    }))
}
