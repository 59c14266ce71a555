import type { Document } from '@corpus/core'
import type { CsvOptions, Dialect } from './types.js'
import type { CsvRecords } from './writer.js'

// Checks of the public functions' arguments: a wrong one is a `TypeError`
// that names it and says what it accepts, not a crash deep inside.

/** What a wrong argument is, for a message: its kind, and a short form of its value. */
function described(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return isDocument(value) ? 'a document' : `an object (${Object.prototype.toString.call(value).slice(8, -1)})`
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : String(value)
  return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value} (${shown})`
}

/** A `TypeError` naming the argument, what it accepts, and what it was. */
export function invalid(name: string, accepts: string, value: unknown): TypeError {
  return new TypeError(`Invalid \`${name}\`: expected ${accepts}, got ${described(value)}`)
}

/** Whether a value has the shape of a document `parse` gives. */
function isDocument(value: unknown): value is Document {
  if (typeof value !== 'object' || value === null) return false
  const document = value as Partial<Record<keyof Document, unknown>>
  const layers = [document.children, document.sentences, document.quotes, document.dates, document.mentions, document.entities, document.diagnostics]
  return document.type === 'document' && typeof document.text === 'string' && typeof document.source === 'object' && document.source !== null && layers.every(Array.isArray)
}

/** Checks a document argument (`name`, as the caller calls it). */
export function checkDocument(value: unknown, name: string): Document {
  if (isDocument(value)) return value
  throw invalid(name, 'a document from `parse` of @corpus/core', value)
}

/** Checks one item of `documents`: a document, or records a writer rendered. */
export function checkItem(value: unknown): Document | CsvRecords {
  if (isDocument(value) || (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'csvRecords')) return value as Document | CsvRecords
  throw invalid('documents', 'documents from `parse` of @corpus/core (or the records `render` made of them)', value)
}

/** Checks a dialect argument. */
export function checkDialect(value: unknown): void {
  const dialect = value as Partial<Record<keyof Dialect, unknown>> | null
  if (typeof value !== 'object' || dialect === null || typeof dialect.delimiter !== 'string' || typeof dialect.lineTerminator !== 'string') {
    throw invalid('dialect', 'a dialect, such as `DIALECTS.rfc4180`', value)
  }
  // Backslash escapes cover the tab alone: another delimiter inside a field would split it.
  if (dialect.escape !== undefined && dialect.escape !== 'quote' && !(dialect.escape === 'backslash' && dialect.delimiter === '\t')) {
    throw invalid('dialect.escape', "`quote`, or `backslash` with a tab delimiter", dialect.escape)
  }
}

/** Checks `documents`: an iterable (or, where `async`, an async iterable), not one document alone. */
export function checkDocuments(value: unknown, async: boolean): void {
  const iterable = typeof value === 'object' && value !== null && (Symbol.iterator in value || (async && Symbol.asyncIterator in value))
  if (!iterable) throw invalid('documents', `${async ? 'an iterable or async iterable' : 'an iterable'} of documents (an array of \`parse\` results)`, value)
}

/**
 * Checks an options object: absent, or an object of the options `known` lists
 * and no other, since a misspelt or renamed option would otherwise be ignored
 * without a word.
 */
export function checkOptions(value: unknown, known: Readonly<Record<string, true>>): void {
  if (value === undefined) return
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('options', 'an object', value)
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(known, key)) throw new TypeError(`Invalid \`options\`: unknown option ${JSON.stringify(key)}; the options are ${Object.keys(known).map((option) => `\`${option}\``).join(', ')}`)
  }
}

// Every option `CsvOptions` declares, and no other: the compiler keeps the two in step.
export const CSV_OPTIONS = { dialect: true, tables: true, columns: true } as const satisfies Record<keyof CsvOptions, true>
