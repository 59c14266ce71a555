import type { Quad } from './nquads.js'
import { ancestors, otherTerms, schemaProperties, schemaTypes } from './vocabulary.js'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#'
const XSD = 'http://www.w3.org/2001/XMLSchema#'
const SCHEMA = 'http://schema.org/'
const RDF_TYPE = `${RDF}type`
// RDF’s own terms the output uses, defined for any resource.
const CORE_PROPERTIES = new Set([`${RDF}value`, `${RDFS}label`])
const STRING = `${XSD}string`
// The literals each schema.org data type and RDFS/XSD range takes (datatype IRIs; `string` for plain ones).
const LITERALS: Record<string, string[]> = {
  [`${SCHEMA}Text`]: [STRING],
  [`${SCHEMA}Integer`]: [`${XSD}integer`],
  [`${SCHEMA}Number`]: [`${XSD}integer`, `${XSD}double`, `${XSD}decimal`],
  [`${SCHEMA}Date`]: [`${XSD}date`, `${XSD}gYearMonth`, `${XSD}gYear`],
  [`${SCHEMA}DateTime`]: [`${XSD}dateTime`, `${XSD}date`, `${XSD}gYearMonth`, `${XSD}gYear`],
  [`${RDFS}Literal`]: [STRING, `${XSD}date`, `${XSD}gYearMonth`, `${XSD}gYear`, `${XSD}integer`],
  [STRING]: [STRING],
  [`${XSD}nonNegativeInteger`]: [`${XSD}nonNegativeInteger`]
}

/** The datatype IRI of a literal term, or `null` for an IRI or a blank node. */
function datatypeOf(term: string): string | null {
  if (!term.startsWith('"')) return null
  return /\^\^<([^>]*)>$/.exec(term)?.[1] ?? STRING
}

/**
 * Problems with the vocabulary of these statements, one line each (none is
 * right): classes and properties that do not exist, properties on a subject
 * outside their domain, values outside their range (a literal where a
 * resource is expected and the reverse, a datatype the range does not take,
 * a resource of another type), motivations and purposes that are not
 * Web Annotation motivations.
 */
export function vocabularyProblems(quads: Quad[]): string[] {
  const types = new Map<string, string[]>()
  for (const quad of quads) if (quad.predicate === RDF_TYPE) types.set(quad.subject, [...(types.get(quad.subject) ?? []), quad.object.slice(1, -1)])
  const typesOf = (node: string) => (types.get(node) ?? []).flatMap((type) => [...ancestors(type)])
  const problems: string[] = []
  for (const quad of quads) {
    if (quad.predicate === RDF_TYPE) {
      const type = quad.object.slice(1, -1)
      if (!schemaTypes.has(type) && !otherTerms.get(type)?.kinds.includes('Class')) problems.push(`unknown type ${type}`)
      continue
    }
    if (CORE_PROPERTIES.has(quad.predicate)) {
      // rdf:value and rdfs:label hold text here: a label or a value, never a resource.
      if (datatypeOf(quad.object) === null) problems.push(`${quad.predicate} holds a resource`)
      continue
    }
    const property = schemaProperties.get(quad.predicate) ?? otherTerms.get(quad.predicate)
    if (!property?.kinds.includes('Property')) {
      problems.push(`unknown property ${quad.predicate}`)
      continue
    }
    if (property.domain.length > 0 && !property.domain.some((type) => typesOf(quad.subject).includes(type))) {
      problems.push(`${quad.predicate} on ${(types.get(quad.subject) ?? ['an untyped node']).join(', ')}, outside its domain ${property.domain.join(', ')}`)
    }
    const range = rangeProblem(quad, property.range, typesOf(quad.object))
    if (range) problems.push(range)
  }
  return [...new Set(problems)]
}

function rangeProblem(quad: Quad, range: string[], objectTypes: string[]): string | null {
  if (range.length === 0) return null
  const datatype = datatypeOf(quad.object)
  const taken = range.flatMap((type) => LITERALS[type] ?? [])
  if (datatype !== null) {
    // A literal: one of the range’s data types must take it.
    return taken.includes(datatype) ? null : `${quad.predicate} holds a literal of ${datatype}, outside its range ${range.join(', ')}`
  }
  // A resource: the range must take resources, and a typed one must be of a type in it.
  const classes = range.filter((type) => !(type in LITERALS))
  if (classes.length === 0) return `${quad.predicate} holds a resource, where its range ${range.join(', ')} takes literals`
  if (classes.some((type) => type === `${SCHEMA}URL` || type === `${SCHEMA}Thing`)) return null
  if (range.includes('http://www.w3.org/ns/oa#Motivation')) {
    return otherTerms.get(quad.object.slice(1, -1))?.kinds.includes('Motivation') ? null : `${quad.predicate} holds ${quad.object}, not a motivation`
  }
  // An untyped resource passes only as a link to a node described elsewhere (an IRI), never as a blank node.
  if (objectTypes.length === 0) return quad.object.startsWith('_:') ? `${quad.predicate} holds an untyped blank node` : null
  if (!classes.some((type) => objectTypes.includes(type))) return `${quad.predicate} holds a ${objectTypes[0]}, outside its range ${range.join(', ')}`
  return null
}
