import { createGazetteer, parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toJsonLd, type JsonObject } from '../src/index.js'
import { expand, toNQuads } from './support/loader.js'
import { defaultIri } from './support/iris.js'


describe('authors and places', () => {
  it('credits a byline’s author as the person the text names, and the newsroom as an Organization', () => {
    const signed = parse('Le conseil a voté le budget hier soir après un long débat.\npar Claire Dumas\n', { file: '012_5f3a9c0e7b1d2468.txt' })
    // The author is the entity the byline names, one IRI across the corpus, described among the mentions.
    expect(toJsonLd(signed).author).toEqual({ '@id': defaultIri('person:claire-dumas') })
    expect(toJsonLd(signed).mentions).toContainEqual(expect.objectContaining({ '@id': defaultIri('person:claire-dumas'), '@type': 'Person', name: 'Claire Dumas' }))
    expect(toJsonLd(signed, { vocabulary: 'dcterms' })['dcterms:creator']).toEqual({ '@id': defaultIri('person:claire-dumas'), '@type': 'dcterms:Agent', 'rdfs:label': 'Claire Dumas' })
    const newsroom = parse('Le conseil a voté le budget hier soir après un long débat.\nPar la rédaction\n', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(toJsonLd(newsroom).author).toEqual({ '@type': 'Organization', name: 'la rédaction' })
    const desk = parse('Le conseil a voté le budget hier soir après un long débat.\nPar Rédaction Ouest\n', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(desk.byline?.author === 'Rédaction Ouest' ? toJsonLd(desk).author : null).toEqual({ '@type': 'Organization', name: 'Rédaction Ouest' })
    expect(toJsonLd(newsroom, { vocabulary: 'dcterms' })['dcterms:creator']).toEqual({ '@type': 'dcterms:Agent', 'rdfs:label': 'la rédaction' })
  })

  it('writes a dateline’s region as the place that contains its city', () => {
    const document = parse('BREST, Finistère — Le port accueille ce week-end les vieux gréements de toute l’Europe.', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(document.dateline).toMatchObject({ place: 'BREST', region: 'Finistère' })
    expect(toJsonLd(document).locationCreated).toEqual({ '@id': defaultIri('place:brest'), containedInPlace: { '@type': 'Place', name: 'Finistère' } })
    // The places the text names (the dateline's city among them), then the dateline's region, which it does not.
    expect(toJsonLd(document, { vocabulary: 'dcterms' })['dcterms:spatial']).toEqual([
      { '@id': `${defaultIri('place:brest')}`, '@type': 'dcterms:Location', 'rdfs:label': 'Brest' },
      { '@id': `${defaultIri('place:europe')}`, '@type': 'dcterms:Location', 'rdfs:label': 'Europe' },
      { '@type': 'dcterms:Location', 'rdfs:label': 'Finistère' }
    ])
  })
})

describe('entities', () => {
  const document = parse('Mme Nora Kalian a rencontré à Lorient les élus de l’OTAN. Nora Kalian reviendra.', { file: '012_5f3a9c0e7b1d2468.txt' })

  it('mentions each entity once, typed by kind', async () => {
    const id = (value: string) => [{ '@type': 'PropertyValue', propertyID: 'corpus-entity', value }]
    expect(toJsonLd(document).mentions).toEqual([
      { '@id': `${defaultIri('person:nora-kalian')}`, '@type': 'Person', name: 'Nora Kalian', identifier: id('person:nora-kalian') },
      {
        '@id': `${defaultIri('place:lorient')}`,
        '@type': 'Place',
        name: 'Lorient',
        identifier: [...id('place:lorient'), { '@type': 'PropertyValue', propertyID: 'geonames', value: '2997577' }],
        sameAs: { '@id': 'https://sws.geonames.org/2997577/' }
      },
      { '@id': `${defaultIri('organization:otan')}`, '@type': 'Organization', name: 'OTAN', identifier: id('organization:otan') }
    ])
    await expect(expand(toJsonLd(document))).resolves.toHaveLength(1)
  })

  it('links a place to its GeoNames feature, and to both when it has a Wikidata item too', () => {
    const [alone] = toJsonLd(parse('Le maire de Villeurbanne a signé.\n', { file: '012_5f3a9c0e7b1d2468.txt' })).mentions as JsonObject[]
    expect(alone?.sameAs).toEqual({ '@id': 'https://sws.geonames.org/2968254/' })
    const gazetteer = createGazetteer([{ id: 'place:lorient', label: 'Lorient', kind: 'place', ids: { wikidata: 'Q1234', geonames: '2997577' } }])
    const [both] = toJsonLd(parse('Le maire de Lorient a signé.\n', { file: '012_5f3a9c0e7b1d2468.txt', gazetteer })).mentions as JsonObject[]
    expect(both?.sameAs).toEqual([{ '@id': 'http://www.wikidata.org/entity/Q1234' }, { '@id': 'https://sws.geonames.org/2997577/' }])
  })

  it('links an entity to its Wikidata item and writes its authority ids, as the gazetteer states them', async () => {
    const gazetteer = createGazetteer([{ id: 'place:lorient', label: 'Lorient', kind: 'place', ids: { wikidata: 'Q1234', insee: '56121' } }])
    const [lorient] = toJsonLd(parse('Le maire de Lorient a signé.\n', { file: '012_5f3a9c0e7b1d2468.txt', gazetteer })).mentions as JsonObject[]
    expect(lorient).toEqual({
      '@id': `${defaultIri('place:lorient')}`,
      '@type': 'Place',
      name: 'Lorient',
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'corpus-entity', value: 'place:lorient' },
        { '@type': 'PropertyValue', propertyID: 'wikidata', value: 'Q1234' },
        { '@type': 'PropertyValue', propertyID: 'insee', value: '56121' }
      ],
      sameAs: { '@id': 'http://www.wikidata.org/entity/Q1234' }
    })
    for (const context of ['embed', 'reference'] as const) {
      const quads = await toNQuads(toJsonLd(parse('Le maire de Lorient a signé.\n', { file: '012_5f3a9c0e7b1d2468.txt', gazetteer }), { context }))
      expect(quads).toContain(`<${defaultIri('place:lorient')}> <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q1234>`)
    }
  })
  it('links a country to the EU country authority by its ISO 3166-1 alpha-3 code, with one IRI in every article', () => {
    const first = toJsonLd(parse('Le ministre est arrivé en Azerbaïdjan mardi.', { file: '013_6f3a9c0e7b1d2468.txt' })).mentions
    const second = toJsonLd(parse('Les échanges avec l’Azerbaïdjan reprennent.', { file: '014_7f3a9c0e7b1d2468.txt' })).mentions
    const country = { '@id': defaultIri('country:AZ'), sameAs: { '@id': 'http://publications.europa.eu/resource/authority/country/AZE' } }
    expect(first).toContainEqual(expect.objectContaining(country))
    expect(second).toContainEqual(expect.objectContaining(country))
  })
  it('says who said each quotation: the speaker’s entity, else the words that name them, typed; nothing for a bare pronoun or a scare quote', () => {
    const text = '« Le port rouvre lundi », a déclaré Paul Martin. « Les quais sont prêts », a confirmé le porte-parole de la mairie. Selon la mairie, « les bateaux reviendront en avril ». Le mot « quai » vient du gaulois.\n'
    const document = parse(text, { file: '012_5f3a9c0e7b1d2468.txt' })
    const speakers = (toJsonLd(document).hasPart as JsonObject[]).map((quote) => quote.spokenByCharacter ?? null)
    expect(speakers).toEqual([
      { '@id': defaultIri('person:paul-martin') },
      { '@type': 'Person', name: { '@value': 'le porte-parole de la mairie', '@language': 'fr' } },
      { '@type': 'Organization', name: { '@value': 'la mairie', '@language': 'fr' } },
      null
    ])
  })
})
