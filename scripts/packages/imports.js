// What a package's built code imports, against what its manifest declares: a
// bare import missing from `dependencies` would work in the workspace (hoisted,
// or a devDependency) and fail for a user; a dependency nothing imports is
// installed for nothing.
import { builtinModules } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const SPECIFIER = /\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bimport\s*["']([^"']+)["']/g
const BUILTINS = new Set(builtinModules)

/** The packages named by the bare imports of `code`. */
export function importedPackages(code) {
  const names = new Set()
  for (const match of code.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? ''
    if (specifier.startsWith('.') || specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] ?? '')) continue
    const parts = specifier.split('/')
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier))
  }
  return names
}

/** The `@types` package that types `name`: `@types/mdast`, `@types/scope__name`. */
const typesOf = (name) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`

/**
 * The problems of a packed package (see `packPackage`): imports of its
 * JavaScript and its declarations that its dependencies do not cover, and
 * dependencies nothing imports (an `@types` package counts as imported when its
 * declarations are).
 */
export function dependencyProblems({ files, dir, manifest }) {
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})])
  const imported = new Set()
  for (const file of files.filter((path) => path.endsWith('.js') || path.endsWith('.d.ts'))) {
    for (const name of importedPackages(readFileSync(join(dir, file.replace(/^package\//, '')), 'utf8'))) {
      imported.add(file.endsWith('.d.ts') && declared.has(typesOf(name)) ? typesOf(name) : name)
    }
  }
  return [
    ...[...imported].filter((name) => !declared.has(name)).map((name) => `imports ${name}, which is not in its dependencies`),
    ...[...declared].filter((name) => !imported.has(name)).map((name) => `depends on ${name}, which nothing it ships imports`)
  ]
}
