import { parse, type Document } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toJsonLd } from '../src/index.js'
import { expand } from './support/loader.js'

const IRI = 'urn:corpus:5f3a9c0e7b1d2468'

describe('authors and places', () => {
  it('credits a byline’s author as a Person, and the newsroom as an Organization', () => {
    const signed = parse('Le conseil a voté le budget hier soir après un long débat.\npar Claire Dumas\n', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(toJsonLd(signed).author).toEqual({ '@type': 'Person', name: 'Claire Dumas' })
    const newsroom = parse('Le conseil a voté le budget hier soir après un long débat.\nPar la rédaction\n', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(toJsonLd(newsroom).author).toEqual({ '@type': 'Organization', name: 'la rédaction' })
    const desk = parse('Le conseil a voté le budget hier soir après un long débat.\nPar Rédaction Ouest\n', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(desk.byline?.author === 'Rédaction Ouest' ? toJsonLd(desk).author : null).toEqual({ '@type': 'Organization', name: 'Rédaction Ouest' })
    expect(toJsonLd(newsroom, { profile: 'dcterms' })['dcterms:creator']).toEqual({ '@type': 'dcterms:Agent', 'rdfs:label': 'la rédaction' })
  })

  it('writes a dateline’s region as the place that contains its city', () => {
    const document = parse('BREST, Finistère — Le port accueille ce week-end les vieux gréements de toute l’Europe.', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(document.dateline).toMatchObject({ place: 'BREST', region: 'Finistère' })
    expect(toJsonLd(document).locationCreated).toEqual({ '@type': 'Place', name: 'BREST', containedInPlace: { '@type': 'Place', name: 'Finistère' } })
    expect(toJsonLd(document, { profile: 'dcterms' })['dcterms:spatial']).toEqual([
      { '@type': 'dcterms:Location', 'rdfs:label': 'BREST' },
      { '@type': 'dcterms:Location', 'rdfs:label': 'Finistère' }
    ])
  })
})

describe('entities', () => {
  // Recognition lands later; the exporter already writes what the model holds.
  const parsed = parse('Mme Nora Kalian a rencontré les élus de Lorient et de la Croix-Verte. Nora Kalian reviendra.', { file: '012_5f3a9c0e7b1d2468.txt' })
  const mention = (text: string, kind: 'person' | 'place' | 'organization', entity: string, last = false) => {
    const start = last ? parsed.text.lastIndexOf(text) : parsed.text.indexOf(text)
    const point = (offset: number) => ({ line: 1, column: offset + 1, offset })
    return { type: 'entity' as const, block: 0, position: { start: point(start), end: point(start + text.length) }, kind, text, entity }
  }
  const document: Document = {
    ...parsed,
    entities: [mention('Nora Kalian', 'person', 'nora-kalian'), mention('Lorient', 'place', 'lorient'), mention('Croix-Verte', 'organization', 'croix-verte'), mention('Nora Kalian', 'person', 'nora-kalian', true)]
  }

  it('mentions each entity once, typed by kind', async () => {
    expect(toJsonLd(document).mentions).toEqual([
      { '@id': `${IRI}#entity-nora-kalian`, '@type': 'Person', name: 'Nora Kalian' },
      { '@id': `${IRI}#entity-lorient`, '@type': 'Place', name: 'Lorient' },
      { '@id': `${IRI}#entity-croix-verte`, '@type': 'Organization', name: 'Croix-Verte' }
    ])
    await expect(expand(toJsonLd(document))).resolves.toHaveLength(1)
  })
})
