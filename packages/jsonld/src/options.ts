import { checkOptions } from './arguments.js'
import { checkIri, uuidIri } from './iris.js'
import type { CorpusInfo, JsonLdOptions, Vocabulary } from './types.js'

/** Options with their defaults filled in and checked. */
export interface Settings {
  base: string | null
  vocabulary: Vocabulary
  annotations: boolean
  reference: boolean
  keepFurniture: boolean
  corpus: Collection
}

/** The collection the records are part of, as described: an IRI when one identifies it. */
export interface Collection {
  id: string | null
  name: string | null
  description: string | null
  license: string | null
  publisher: string | null
  creator: string | null
}

const VOCABULARIES: readonly string[] = ['schema', 'dcterms'] satisfies Vocabulary[]
const CONTEXTS: readonly string[] = ['embed', 'reference'] satisfies Array<JsonLdOptions['context']>

/**
 * Fills in the defaults of {@link JsonLdOptions}; throws a `TypeError` on an
 * unknown vocabulary or context mode, and on an IRI that would not be kept as
 * written (see `checkIri`).
 */
export function settings(options: JsonLdOptions = {}): Settings {
  checkOptions(options)
  const base = options.base === undefined ? null : checkIri('base', options.base, true)
  const vocabulary = options.vocabulary ?? 'schema'
  const context = options.context ?? 'embed'
  if (!VOCABULARIES.includes(vocabulary)) throw new TypeError(`Invalid \`vocabulary\` ${JSON.stringify(vocabulary)}: expected \`schema\` or \`dcterms\``)
  if (!CONTEXTS.includes(context)) throw new TypeError(`Invalid \`context\` ${JSON.stringify(context)}: expected \`embed\` or \`reference\``)
  return {
    base,
    vocabulary,
    annotations: options.annotations ?? false,
    reference: context === 'reference' && vocabulary === 'schema',
    keepFurniture: options.keepFurniture ?? false,
    corpus: collection(options.corpus ?? {}, base)
  }
}

/**
 * The collection: its IRI is `corpus.id`, else `base`, else a name-based UUID
 * URN of its name; with none of them nothing identifies it, and it is a blank
 * node rather than an IRI every export would share.
 */
function collection(corpus: CorpusInfo, base: string | null): Collection {
  for (const key of ['name', 'description', 'publisher', 'creator'] as const) {
    const value = corpus[key]
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) throw new TypeError(`Invalid \`corpus.${key}\` ${JSON.stringify(value)}: expected a non-empty string`)
  }
  const name = corpus.name ?? null
  const id = corpus.id === undefined ? (base ?? (name === null ? null : uuidIri(`dataset:${name}`))) : checkIri('corpus.id', corpus.id, false)
  return {
    id,
    name,
    description: corpus.description ?? null,
    license: corpus.license === undefined ? null : checkIri('corpus.license', corpus.license, false),
    publisher: corpus.publisher ?? null,
    creator: corpus.creator ?? null
  }
}
