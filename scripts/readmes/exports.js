// The exports a package's README lists, against what the package exports: the
// sentences of the paragraph that "exports the identifiers" (its API section)
// and of the one that "exports the types" (its Types section) that say what is
// exported. A backticked entry (`@corpus/csv/node`) followed by "exports"
// starts the names of that entry.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** The names a paragraph lists, by entry (`.`, `./node`). */
export function listedNames(paragraph, name) {
  const byEntry = new Map()
  let entry = '.'
  for (const [, text = '', exports] of paragraph.matchAll(/`([^`]+)`(\s+exports\b)?/g)) {
    if (text === name || text.startsWith(`${name}/`)) {
      if (exports) entry = text === name ? '.' : `.${text.slice(name.length)}`
    } else if (IDENTIFIER.test(text)) {
      if (!byEntry.has(entry)) byEntry.set(entry, new Set())
      byEntry.get(entry).add(text)
    }
  }
  return byEntry
}

/**
 * The names the declaration file at `path` exports, as TypeScript reads them:
 * its re-exports followed (`export type * from './types.js'`) to every module
 * of the declarations.
 */
export function declaredNames(path) {
  const program = ts.createProgram([path], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [], noEmit: true })
  const checker = program.getTypeChecker()
  const file = program.getSourceFile(path)
  const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file)
  if (symbol === undefined) throw new Error(`TypeScript reads no module in ${path}`)
  return new Set(checker.getExportsOfModule(symbol).map((exported) => exported.getName()))
}

/** The sentences that say what is exported, of the paragraph that holds `words`. */
function exportSentences(markdown, words) {
  const paragraph = markdown.split(/\n\s*\n/).find((text) => text.includes(words))
  return paragraph === undefined ? null : paragraph.split(/(?<=\.)\s+(?=[`A-Z])/).filter((sentence) => /\bexports\b/.test(sentence)).join(' ')
}

/** How a package's README export lists differ from its built entries; one line each. */
export async function exportProblems(dir, markdown) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const entries = Object.entries(manifest.exports ?? {}).filter(([entry, target]) => entry !== './package.json' && typeof target === 'object')
  if (entries.length === 0) return []
  const lists = { identifiers: exportSentences(markdown, 'exports the identifiers'), types: exportSentences(markdown, 'exports the types') }
  const problems = Object.entries(lists).filter(([, paragraph]) => paragraph === null).map(([kind]) => `lists no ${kind}`)
  const identifiers = listedNames(lists.identifiers ?? '', manifest.name)
  const types = listedNames(lists.types ?? '', manifest.name)
  for (const [entry, target] of entries) {
    const values = new Set(Object.keys(await import(pathToFileURL(join(dir, target.default)).href)))
    const declared = [...declaredNames(join(dir, target.types))].filter((name) => !values.has(name))
    const shown = entry === '.' ? manifest.name : `${manifest.name}${entry.slice(1)}`
    for (const [kind, listed, actual] of [['identifiers', identifiers.get(entry) ?? new Set(), values], ['types', types.get(entry) ?? new Set(), new Set(declared)]]) {
      const missing = [...actual].filter((name) => !listed.has(name))
      const extra = [...listed].filter((name) => !actual.has(name))
      if (missing.length > 0) problems.push(`${shown} exports ${kind} it does not list: ${missing.join(', ')}`)
      if (extra.length > 0) problems.push(`lists ${kind} ${shown} does not export: ${extra.join(', ')}`)
    }
  }
  return problems
}
