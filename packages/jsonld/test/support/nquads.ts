/** One RDF statement, its terms as N-Quads writes them (`<iri>`, `_:b0`, `"literal"^^<type>`). */
export interface Quad {
  subject: string
  predicate: string
  object: string
}

const QUAD = /^(<[^>]*>|_:\S+) (<[^>]*>) (<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) \.$/

/** Reads N-Quads lines in the default graph (all jsonld.js writes for these documents). */
export function readQuads(nquads: string): Quad[] {
  return nquads
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = QUAD.exec(line)
      if (!match?.[1] || !match[2] || !match[3]) throw new Error(`not an N-Quads line in the default graph: ${line}`)
      return { subject: match[1], predicate: match[2].slice(1, -1), object: match[3] }
    })
}

/** The lexical form and datatype of a literal term. */
export function literal(term: string): { value: string; type: string | null; language: string | null } {
  const match = /^"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([A-Za-z0-9-]+))?/.exec(term)
  if (!match) throw new Error(`not a literal: ${term}`)
  return { value: JSON.parse(`"${match[1] ?? ''}"`) as string, type: match[2] ?? null, language: match[3] ?? null }
}
