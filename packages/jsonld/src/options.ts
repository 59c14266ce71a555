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

/** Fills in the defaults of {@link JsonLdOptions}; throws a `TypeError` on an IRI that is not absolute. */
export function settings(options: JsonLdOptions = {}): Settings {
  const base = checkIri('base', options.base ?? 'urn:corpus:', true)
  const profile = options.profile ?? 'schema'
  return {
    base,
    profile,
    annotations: options.annotations ?? false,
    reference: (options.context ?? 'embed') === 'reference' && profile === 'schema',
    corpusId: checkIri('corpus.id', options.corpus?.id ?? base, false),
    corpusName: options.corpus?.name ?? null
  }
}
