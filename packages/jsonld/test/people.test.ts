import { parse } from '@corpus/core'
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
  const document = parse('Mme Nora Kalian a rencontré à Lorient les élus de l’OTAN. Nora Kalian reviendra.', { file: '012_5f3a9c0e7b1d2468.txt' })

  it('mentions each entity once, typed by kind', async () => {
    expect(toJsonLd(document).mentions).toEqual([
      { '@id': `${IRI}#entity-person%3Anora-kalian`, '@type': 'Person', name: 'Nora Kalian' },
      { '@id': `${IRI}#entity-place%3Alorient`, '@type': 'Place', name: 'Lorient' },
      { '@id': `${IRI}#entity-organization%3Aotan`, '@type': 'Organization', name: 'OTAN' }
    ])
    await expect(expand(toJsonLd(document))).resolves.toHaveLength(1)
  })
})
