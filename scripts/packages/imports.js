// What a package's built code imports, against what its manifest declares: a
// bare import missing from `dependencies` would work in the workspace (hoisted,
// or a devDependency) and fail for a user; a dependency nothing imports is
// installed for nothing.
// Imports are read by es-module-lexer (Vite's and es-module-shims' lexer), not a
// regular expression: an import in a comment or a string is none, and the
// type-only imports of TypeScript and of declaration files count.
import { builtinModules } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { init, parse } from 'es-module-lexer'

await init
const BUILTINS = new Set(builtinModules)

/** The specifiers of the static and dynamic imports and re-exports of `code` (JavaScript or TypeScript), where a string names them. */
function specifiers(code) {
  let imports
  try {
    ;[imports] = parse(code)
  } catch (error) {
    throw new Error(`es-module-lexer cannot read this module: ${error instanceof Error ? error.message : String(error)}`)
  }
  return imports.map((entry) => entry.specifier).filter((specifier) => typeof specifier === 'string' && specifier !== '')
}

/** The packages named by the bare imports of `code`. */
export function importedPackages(code) {
  const names = new Set()
  for (const specifier of specifiers(code)) {
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] ?? '')) continue
    const parts = specifier.split('/')
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier))
  }
  return names
}

// A check of the reading itself, each time it is loaded: comments and strings hold no import.
const SELF_CHECK = `// import a from 'commented-out'
/* import 'blocked-out' */
import type { Root } from 'mdast'
import { parse } from '@corpus/core'
export * from '@corpus/csv/node'
const text: string = "import b from 'in-a-string'"
console.log(parse(text), await import('dynamic'), import.meta.url)`
const found = [...importedPackages(SELF_CHECK)].sort().join(', ')
if (found !== '@corpus/core, @corpus/csv, dynamic, mdast') throw new Error(`scripts/packages/imports.js reads the wrong imports: ${found}`)

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
