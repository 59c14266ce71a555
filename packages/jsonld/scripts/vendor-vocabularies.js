// Writes test/vocabulary/ from the vocabularies' own RDF releases, as the npm
// package @zazuko/rdf-vocabularies ships them (schema.org's
// schemaorg-current-http.nt, DCMI Metadata Terms, the Web Annotation
// vocabulary):
//
//   npm pack @zazuko/rdf-vocabularies@2023.1.19 && tar xzf zazuko-rdf-vocabularies-2023.1.19.tgz
//   node scripts/vendor-vocabularies.js package/ontologies
//
// Out come schema.org's types and properties tables (the columns of its release
// CSVs that the checks read), its JSON-LD context (built by schema.org's rule:
// every term `schema:Name`, coerced to `@id` when its range includes URL, else
// to `Date` when it includes Date), and the terms of DCMI and Web Annotation.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

const [folder] = process.argv.slice(2)
if (!folder) throw new Error('usage: node scripts/vendor-vocabularies.js <ontologies folder>')
const out = new URL('../test/vocabulary/', import.meta.url)
mkdirSync(out, { recursive: true })

const SCHEMA = 'http://schema.org/'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label'
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf'
const SUBPROPERTY = 'http://www.w3.org/2000/01/rdf-schema#subPropertyOf'
const DOMAIN = 'http://www.w3.org/2000/01/rdf-schema#domain'
const RANGE = 'http://www.w3.org/2000/01/rdf-schema#range'

/** Subject → predicate → objects, from N-Triples or N-Quads lines (IRIs and plain literals only). */
function read(file) {
  const graph = new Map()
  const line = /^<([^>]+)>\s+<([^>]+)>\s+(?:<([^>]+)>|"((?:[^"\\]|\\.)*)"[^\s]*)/
  for (const text of readFileSync(join(folder, file), 'utf8').split('\n')) {
    const match = line.exec(text)
    if (!match) continue
    const [, subject, predicate, iri, literal] = match
    const node = graph.get(subject) ?? new Map()
    graph.set(subject, node)
    const values = node.get(predicate) ?? []
    values.push(iri ?? JSON.parse(`"${literal}"`))
    node.set(predicate, values)
  }
  return graph
}

const csvField = (value) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)
const csv = (rows) => rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
const list = (node, predicate) => [...new Set(node.get(predicate) ?? [])].sort().join(', ')
const has = (node, type) => (node.get(RDF_TYPE) ?? []).includes(type)

// schema.org
const schema = read('schema.nq')
const terms = [...schema.keys()].filter((id) => id.startsWith(SCHEMA) && id.length > SCHEMA.length).sort()
const types = terms.filter((id) => has(schema.get(id), 'http://www.w3.org/2000/01/rdf-schema#Class'))
const properties = terms.filter((id) => has(schema.get(id), 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property'))
writeFileSync(
  new URL('schemaorg-types.csv', out),
  csv([['id', 'label', 'subTypeOf', 'isPartOf'], ...types.map((id) => [id, list(schema.get(id), LABEL), list(schema.get(id), SUBCLASS), list(schema.get(id), `${SCHEMA}isPartOf`)])])
)
writeFileSync(
  new URL('schemaorg-properties.csv', out),
  csv([
    ['id', 'label', 'subPropertyOf', 'domainIncludes', 'rangeIncludes', 'supersededBy', 'isPartOf'],
    ...properties.map((id) => {
      const node = schema.get(id)
      return [id, list(node, LABEL), list(node, SUBPROPERTY), list(node, `${SCHEMA}domainIncludes`), list(node, `${SCHEMA}rangeIncludes`), list(node, `${SCHEMA}supersededBy`), list(node, `${SCHEMA}isPartOf`)]
    })
  ])
)

const context = {
  type: '@type',
  id: '@id',
  HTML: { '@id': 'rdf:HTML' },
  '@vocab': SCHEMA,
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  schema: SCHEMA,
  xsd: 'http://www.w3.org/2001/XMLSchema#'
}
for (const id of [...types, ...properties]) {
  const name = id.slice(SCHEMA.length)
  const range = schema.get(id).get(`${SCHEMA}rangeIncludes`) ?? []
  const definition = { '@id': `schema:${name}` }
  if (range.includes(`${SCHEMA}URL`)) definition['@type'] = '@id'
  else if (range.includes(`${SCHEMA}Date`)) definition['@type'] = 'Date'
  context[name] = definition
}
writeFileSync(new URL('schemaorg-context.jsonld', out), `${JSON.stringify({ '@context': context }, null, 2)}\n`)

// DCMI Metadata Terms, DCMI Type Vocabulary, Web Annotation: every term, its kind, superclasses, domain and range.
function termsOf(file, namespace) {
  const graph = read(file)
  return [...graph.keys()]
    .filter((id) => id.startsWith(namespace) && id.length > namespace.length)
    .sort()
    .map((id) => {
      const node = graph.get(id)
      const kind = (node.get(RDF_TYPE) ?? []).map((type) => type.replace(/^.*[#/]/, '')).sort().join(', ')
      return [id, kind, list(node, SUBCLASS), list(node, DOMAIN), list(node, RANGE)]
    })
}
writeFileSync(
  new URL('terms.csv', out),
  csv([
    ['id', 'type', 'subClassOf', 'domain', 'range'],
    ...termsOf('dcterms.nq', 'http://purl.org/dc/terms/'),
    ...termsOf('dcmitype.nq', 'http://purl.org/dc/dcmitype/'),
    ...termsOf('oa.nq', 'http://www.w3.org/ns/oa#')
  ])
)
console.log(`${types.length} types, ${properties.length} properties`)
