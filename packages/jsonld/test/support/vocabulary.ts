import { readFileSync } from 'node:fs'

/** A class or property of a vocabulary, with what the checks read of it. */
export interface Term {
  /** Its kinds (`Class`, `Property`, `Motivation`…), for terms other than schema.org’s. */
  kinds: string[]
  superclasses: string[]
  domain: string[]
  range: string[]
}

function rows(file: string): string[][] {
  const text = readFileSync(new URL(`../vocabulary/${file}`, import.meta.url), 'utf8')
  const result: string[][] = []
  // RFC 4180 fields: quoted fields may hold commas.
  for (const line of text.split('\r\n').slice(1)) {
    if (line === '') continue
    const fields: string[] = []
    const field = /("(?:[^"]|"")*"|[^,]*)(?:,|$)/g
    for (let match = field.exec(line); match && match.index < line.length; match = field.exec(line)) {
      const value = match[1] ?? ''
      fields.push(value.startsWith('"') ? value.slice(1, -1).replaceAll('""', '"') : value)
    }
    if (line.endsWith(',')) fields.push('')
    result.push(fields)
  }
  return result
}

const split = (field: string | undefined) => (field ? field.split(', ') : [])

/** schema.org’s types (id → superclasses) and properties (id → domainIncludes), from its release tables. */
export const schemaTypes = new Map(rows('schemaorg-types.csv').map(([id = '', , subTypeOf]) => [id, { kinds: ['Class'], superclasses: split(subTypeOf), domain: [], range: [] } satisfies Term]))
export const schemaProperties = new Map(
  rows('schemaorg-properties.csv').map(([id = '', , , domainIncludes, rangeIncludes]) => [id, { kinds: ['Property'], superclasses: [], domain: split(domainIncludes), range: split(rangeIncludes) } satisfies Term])
)
/** DCMI Metadata Terms, DCMI types and Web Annotation terms. */
export const otherTerms = new Map(rows('terms.csv').map(([id = '', kinds, subClassOf, domain, range]) => [id, { kinds: split(kinds), superclasses: split(subClassOf), domain: split(domain), range: split(range) } satisfies Term]))

/** `type` and every class above it. */
export function ancestors(type: string): Set<string> {
  const seen = new Set<string>()
  const stack = [type]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen.has(next)) continue
    seen.add(next)
    stack.push(...(schemaTypes.get(next)?.superclasses ?? otherTerms.get(next)?.superclasses ?? []))
  }
  return seen
}
