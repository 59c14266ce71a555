import type { Document } from '@corpus/core'
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js'
import { dateLiteral } from './literals.js'
import type { Settings } from './options.js'
import type { JsonObject } from './types.js'

// ISO 639-1 codes back to ISO 639-3, which DCMI names as an encoding scheme.
const TO_639_3 = new Map(Object.entries(iso6393To1).map(([three, two]) => [two, three]))

/**
 * A document as a Dublin Core record, for library catalogues and Omeka S:
 * the same facts as the schema.org profile, no title (the files have none).
 */
export function dctermsRecord(document: Document, iri: string, options: Settings): JsonObject {
  const { file, sourceId, sha256 } = document.source
  const node: JsonObject = {
    '@id': iri,
    '@type': 'dcmitype:Text',
    'dcterms:type': { '@id': 'dcmitype:Text' },
    'dcterms:identifier': [...(file === null ? [] : [file]), ...(sourceId === null ? [] : [sourceId]), `sha256:${sha256}`]
  }
  if (document.date) node['dcterms:issued'] = dateLiteral(document.date.value, document.date.precision)
  if (document.language) node['dcterms:language'] = language(document.language)
  node['dcterms:isPartOf'] = { '@id': options.corpusId }
  const dateline = document.dateline
  if (dateline?.place) node['dcterms:spatial'] = dateline.region ? [dateline.place, dateline.region] : dateline.place
  if (dateline?.agency) node['dcterms:publisher'] = dateline.agency
  if (document.byline) node['dcterms:creator'] = document.byline.author
  return node
}

/** A language as an ISO 639-3 code, typed by DCMI’s encoding scheme. */
function language(tag: string): JsonObject {
  const code = tag.toLowerCase()
  return { '@value': TO_639_3.get(code) ?? code, '@type': 'dcterms:ISO639-3' }
}
