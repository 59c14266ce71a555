import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'

const vendored = (file: string): unknown => JSON.parse(readFileSync(new URL(`../vocabulary/${file}`, import.meta.url), 'utf8'))
const schemaContext = vendored('schemaorg-context.jsonld')
const annotationContext = vendored('anno.jsonld')
const CONTEXTS = new Map<string, unknown>([
  ...['https://schema.org/', 'https://schema.org', 'http://schema.org/', 'http://schema.org'].map((url) => [url, schemaContext] as const),
  ...['http://www.w3.org/ns/anno.jsonld', 'https://www.w3.org/ns/anno.jsonld'].map((url) => [url, annotationContext] as const)
])

/** A document loader with no network: it serves the vendored schema.org and Web Annotation contexts and refuses anything else. */
export async function documentLoader(url: string) {
  const document = CONTEXTS.get(url)
  if (document === undefined) throw new Error(`no network in tests: ${url}`)
  return { contextUrl: null, documentUrl: url, document }
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

/** Compacts in safe mode with the given context. */
export function compact(document: unknown, context: unknown): Promise<Record<string, unknown>> {
  return jsonld.compact(document, context, { documentLoader, safe: true })
}
