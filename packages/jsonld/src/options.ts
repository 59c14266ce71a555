import type { JsonLdOptions, Profile } from './types.js'

/** Options with their defaults filled in. */
export interface Settings {
  base: string
  profile: Profile
  annotations: boolean
  reference: boolean
  corpusId: string
  corpusName: string | null
}

/** Fills in the defaults of {@link JsonLdOptions}. */
export function settings(options: JsonLdOptions = {}): Settings {
  const base = options.base ?? 'urn:corpus:'
  const profile = options.profile ?? 'schema'
  return {
    base,
    profile,
    annotations: options.annotations ?? false,
    reference: (options.context ?? 'embed') === 'reference' && profile === 'schema',
    corpusId: options.corpus?.id ?? base,
    corpusName: options.corpus?.name ?? null
  }
}
