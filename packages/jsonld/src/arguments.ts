import type { Document } from '@corpus/core'
import type { CorpusInfo, JsonLdOptions } from './types.js'

// Checks of the public functions' arguments: a wrong one is a `TypeError`
// that names it and says what it accepts, not a crash deep inside.

const LAYERS = ['children', 'sentences', 'quotes', 'dates', 'mentions', 'entities', 'diagnostics'] as const

/** Whether a value has the shape of a document `parse` gives. */
function isDocument(value: unknown): value is Document {
  const document = value as Partial<Document> | null
  return typeof value === 'object' && document !== null && document.type === 'document' && typeof document.text === 'string' && typeof document.source === 'object' && LAYERS.every((layer) => Array.isArray(document[layer]))
}

/** A `TypeError` naming the argument, what it accepts, and what it was: its kind, and a short form of its value. */
function invalid(name: string, accepts: string, value: unknown): TypeError {
  const kind = typeof value
  const shown = kind === 'string' ? JSON.stringify(value) : String(value)
  const got = value === null || value === undefined ? String(value) : Array.isArray(value) ? 'an array' : isDocument(value) ? 'a document' : kind === 'object' ? 'an object' : `a ${kind} (${shown.length > 42 ? `${shown.slice(0, 41)}…` : shown})`
  return new TypeError(`Invalid \`${name}\`: expected ${accepts}, got ${got}`)
}

/** Checks a document argument (`name`: `document`, or `documents` for an item of them). */
export function checkDocument(value: unknown, name = 'document'): Document {
  if (!isDocument(value)) throw invalid(name, `${name === 'document' ? 'a document' : 'documents'} from \`parse\` of @corpus/core`, value)
  return value
}

/** Checks `documents`: an iterable (or, where `async`, an async iterable), not one document alone; its items are checked as they come. */
export function checkDocuments(value: unknown, async: boolean): void {
  if (typeof value !== 'object' || value === null || !(Symbol.iterator in value || (async && Symbol.asyncIterator in value))) {
    throw invalid('documents', `${async ? 'an iterable or async iterable' : 'an iterable'} of documents (an array of \`parse\` results)`, value)
  }
}

/** Checks the options object and the type of each option: absent, or of its type. */
export function checkOptions(value: unknown): void {
  if (value === undefined) return
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('options', 'an object', value)
  const options = value as Record<string, unknown>
  checkKeys('options', options, OPTIONS)
  for (const [key, accepts] of Object.entries(OPTIONS)) {
    if (options[key] !== undefined && (typeof options[key] !== accepts || options[key] === null)) throw invalid(key, accepts === 'object' ? 'an object (`{ id, name }`)' : `a ${accepts}`, options[key])
  }
  if (options.corpus === undefined) return
  const corpus = options.corpus as Record<string, unknown>
  checkKeys('corpus', corpus, CORPUS_INFO)
  for (const key of Object.keys(CORPUS_INFO)) if (corpus[key] !== undefined && typeof corpus[key] !== 'string') throw invalid(`corpus.${key}`, 'a string', corpus[key])
}

// Every option the types declare, and no other, with the `typeof` it must
// have: the compiler keeps these in step with `JsonLdOptions` and `CorpusInfo`.
const OPTIONS = { base: 'string', vocabulary: 'string', annotations: 'boolean', context: 'string', corpus: 'object', keepFurniture: 'boolean' } as const satisfies Record<keyof JsonLdOptions, 'string' | 'boolean' | 'object'>
const CORPUS_INFO = { id: 'string', name: 'string', description: 'string', license: 'string', publisher: 'string', creator: 'string' } as const satisfies Record<keyof CorpusInfo, 'string'>

/** Throws on a key the type does not declare: a misspelt or renamed option would otherwise be ignored without a word. */
function checkKeys(name: string, value: Record<string, unknown>, known: Readonly<Record<string, string>>): void {
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(known, key)) throw new TypeError(`Invalid \`${name}\`: unknown option ${JSON.stringify(key)}; the options are ${Object.keys(known).map((option) => `\`${option}\``).join(', ')}`)
  }
}
