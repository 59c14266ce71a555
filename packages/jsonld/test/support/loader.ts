import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'

const schemaContext: unknown = JSON.parse(readFileSync(new URL('../vocabulary/schemaorg-context.jsonld', import.meta.url), 'utf8'))
const SCHEMA_URLS = new Set(['https://schema.org/', 'https://schema.org', 'http://schema.org/', 'http://schema.org'])

/** A document loader with no network: it serves the vendored schema.org context and refuses anything else. */
export async function documentLoader(url: string) {
  if (!SCHEMA_URLS.has(url)) throw new Error(`no network in tests: ${url}`)
  return { contextUrl: null, documentUrl: url, document: schemaContext }
}

/** Expands in safe mode: a term that would be dropped, a relative IRI or a bad value throws. */
export function expand(document: unknown): Promise<unknown[]> {
  return jsonld.expand(document, { documentLoader, safe: true })
}

/** N-Quads in safe mode, sorted by line (jsonld.js writes them in graph order). */
export async function toNQuads(document: unknown): Promise<string> {
  const quads = await jsonld.toRDF(document, { documentLoader, safe: true, format: 'application/n-quads' })
  return quads.split('\n').filter(Boolean).sort().join('\n') + '\n'
}
