// The parts of jsonld.js (which ships no types) that the tests use.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null
    documentUrl: string
    document: unknown
  }
  interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>
    safe?: boolean
    format?: 'application/n-quads'
  }
  const jsonld: {
    expand(input: unknown, options?: Options): Promise<unknown[]>
    toRDF(input: unknown, options: Options & { format: 'application/n-quads' }): Promise<string>
    compact(input: unknown, context: unknown, options?: Options): Promise<Record<string, unknown>>
  }
  export default jsonld
}
