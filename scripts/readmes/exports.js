// The exports a package's README lists, against what the package exports: the
// sentences of the paragraph that "exports the identifiers" (its API section)
// and of the one that "exports the types" (its Types section) that say what is
// exported. A backticked entry (`@corpus/csv/node`) followed by "exports"
// starts the names of that entry.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

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

/** The names a declaration file exports (`export { a, type B, c as D }`). */
export function declaredNames(declarations) {
  const names = new Set()
  for (const [, list = ''] of declarations.matchAll(/^export (?:type )?\{([^}]*)\}/gm)) {
    for (const item of list.split(',').map((part) => part.trim()).filter(Boolean)) names.add(item.replace(/^type\s+/, '').split(/\s+as\s+/).at(-1))
  }
  return names
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
    const declared = [...declaredNames(readFileSync(join(dir, target.types), 'utf8'))].filter((name) => !values.has(name))
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
