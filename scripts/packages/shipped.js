// What a tarball ships, against what it should: nothing but what runs, its
// declarations, their maps and the sources the maps point to; every file its
// manifest or a map points at; and the workspace's entry points.
import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { isDeepStrictEqual } from 'node:util'

// Besides code and its documents, the SHACL shapes that @corpus/jsonld ships for catalogues to validate with.
const RUNS = /^package\/(dist\/.+\.(js|d\.ts)(\.map)?|src\/.+\.ts|shapes\/[\w-]+\.ttl|package\.json|README\.md|LICENSE|NOTICE|CHANGELOG\.md)$/
/** The condition that points the workspace at sources: the tarball holds them, but its manifest leaves it out (`publishConfig.exports`). */
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
    ...pointed.map((target) => target.replace(/^\.\//, '')).filter((target) => !shipped.has(target)).map((target) => `points at ${target}, which it does not ship`),
    // The workspace's conditions too (the source one among them): a tool that reads the manifest as committed finds every file.
    ...targets(workspace.exports ?? null).map((target) => target.replace(/^\.\//, '')).filter((target) => !shipped.has(target)).map((target) => `has, in the workspace, an entry point at ${target}, which it does not ship`)
  ]
  if (!isDeepStrictEqual(manifest.exports, withoutSource(workspace.exports))) problems.push('ships other entry points than the workspace has (publishConfig.exports is out of step with exports)')
  problems.push(...mapProblems(packed.dir, shipped))
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

/**
 * The problems of the maps and declarations among `shipped` (paths in the
 * package): a file that names a map it does not ship, a map whose sources it
 * does not ship, and a declaration file that is not
 * named for a source module (a bundler's chunk, `parse-aljbqXjU.d.ts`, whose
 * name changes from build to build).
 */
function mapProblems(dir, shipped) {
  const problems = []
  for (const file of [...shipped].filter((path) => path.endsWith('.js') || path.endsWith('.d.ts'))) {
    const named = SOURCE_MAP.exec(readFileSync(join(dir, file), 'utf8'))?.[1]
    if (named === undefined) {
      if (file.startsWith('dist/')) problems.push(`${file} names no map`)
      continue
    }
    const map = posix.join(posix.dirname(file), named)
    if (!shipped.has(map)) {
      problems.push(`${file} names a map, ${named}, which it does not ship`)
      continue
    }
    let parsed
    try {
      parsed = JSON.parse(readFileSync(join(dir, map), 'utf8'))
    } catch (error) {
      problems.push(`${map} is not JSON: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    for (const source of parsed.sources ?? []) {
      const path = posix.join(posix.dirname(map), parsed.sourceRoot ?? '', source)
      if (!shipped.has(path)) problems.push(`${map} points at ${source}, which it does not ship`)
    }
  }
  for (const file of [...shipped].filter((path) => path.endsWith('.d.ts'))) {
    const source = file.replace(/^dist\//, 'src/').replace(/\.d\.ts$/, '.ts')
    if (!shipped.has(source)) problems.push(`ships ${file}, which is named for no source module (${source}): a declaration chunk's name changes from build to build`)
  }
  return problems
}
