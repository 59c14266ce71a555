import { checkOptions } from './arguments.js'
import { checkIri } from './iris.js'
import type { JsonLdOptions, Profile } from './types.js'

/** Options with their defaults filled in and checked. */
export interface Settings {
  base: string
  profile: Profile
  annotations: boolean
  reference: boolean
  corpusId: string
  corpusName: string | null
}

const PROFILES: readonly string[] = ['schema', 'dcterms'] satisfies Profile[]
const CONTEXTS: readonly string[] = ['embed', 'reference'] satisfies Array<JsonLdOptions['context']>

/**
 * Fills in the defaults of {@link JsonLdOptions}; throws a `TypeError` on an
 * unknown profile or context mode, and on an IRI that would not be kept as
 * written (see `checkIri`).
 */
export function settings(options: JsonLdOptions = {}): Settings {
  checkOptions(options)
  const base = checkIri('base', options.base ?? 'urn:corpus:', true)
  const profile = options.profile ?? 'schema'
  const context = options.context ?? 'embed'
  if (!PROFILES.includes(profile)) throw new TypeError(`Invalid \`profile\` ${JSON.stringify(profile)}: expected \`schema\` or \`dcterms\``)
  if (!CONTEXTS.includes(context)) throw new TypeError(`Invalid \`context\` ${JSON.stringify(context)}: expected \`embed\` or \`reference\``)
  return {
    base,
    profile,
    annotations: options.annotations ?? false,
    reference: context === 'reference' && profile === 'schema',
    corpusId: checkIri('corpus.id', options.corpus?.id ?? base, false),
    corpusName: options.corpus?.name ?? null
  }
}
