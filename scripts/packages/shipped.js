// What a tarball ships, against what it should: nothing but what runs, every
// file its manifest points at, and the workspace's entry points.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'

// Besides code and its documents, the SHACL shapes that @corpus/jsonld ships for catalogues to validate with.
const RUNS = /^package\/(dist\/.+\.(js|d\.ts)|shapes\/[\w-]+\.ttl|package\.json|README\.md|LICENSE|NOTICE|CHANGELOG\.md)$/
/** The condition that points the workspace at sources; no tarball holds them. */
const SOURCE_CONDITION = '@corpus/source'
const SOURCE_MAP = /^\/\/# sourceMappingURL=(\S+)\s*$/m

/** Every path an `exports` value points at. */
const targets = (value) => (typeof value === 'string' ? [value] : value === null ? [] : Object.values(value).flatMap(targets))

/** `exports` as it ships: the workspace's, without the source condition. */
const withoutSource = (value) =>
  typeof value === 'string' || value === null
    ? value
    : Object.fromEntries(Object.entries(value).filter(([condition]) => condition !== SOURCE_CONDITION).map(([key, inner]) => [key, withoutSource(inner)]))

/**
 * The problems of a packed package: files that do not run, files its manifest
 * or its code points at that it does not ship, entry points that differ from the
 * workspace's, registry metadata missing, dependency ranges npm cannot read.
 */
export function shippedProblems(packed) {
  const shipped = new Set(packed.files.map((file) => file.replace(/^package\//, '')))
  const { manifest } = packed
  const workspace = JSON.parse(readFileSync(join(packed.pkg.dir, 'package.json'), 'utf8'))
  const pointed = [...targets(manifest.exports ?? null), ...targets(manifest.bin ?? null), manifest.main, manifest.types].filter((target) => typeof target === 'string')
  const problems = [
    ...packed.files.filter((file) => !RUNS.test(file)).map((file) => `ships ${file}, which does not run`),
    ...pointed.map((target) => target.replace(/^\.\//, '')).filter((target) => !shipped.has(target)).map((target) => `points at ${target}, which it does not ship`)
  ]
  if (!isDeepStrictEqual(manifest.exports, withoutSource(workspace.exports))) problems.push('ships other entry points than the workspace has (publishConfig.exports is out of step with exports)')
  for (const file of [...shipped].filter((path) => path.endsWith('.js'))) {
    const map = SOURCE_MAP.exec(readFileSync(join(packed.dir, file), 'utf8'))?.[1]
    if (map) problems.push(`${file} names a source map, ${map}, which it does not ship`)
  }
  // What the registry shows of a package, and where its users go for help.
  for (const field of ['description', 'license', 'repository', 'homepage', 'bugs', 'engines', 'keywords']) {
    const value = manifest[field]
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) problems.push(`has no ${field} in its manifest`)
  }
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (/^(workspace|file|link|portal):/.test(range)) problems.push(`depends on ${name}@${range}, which npm cannot resolve`)
  }
  return problems
}
