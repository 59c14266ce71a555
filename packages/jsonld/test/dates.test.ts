import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toJsonLd } from '../src/index.js'
import { toNQuads } from './support/loader.js'
import { defaultIri } from './support/iris.js'

const XSD = 'http://www.w3.org/2001/XMLSchema#'
const article = (text: string) => parse(text, { file: '012_5f3a9c0e7b1d2468.txt' })
const IRI = `<${defaultIri('doc-5f3a9c0e7b1d2468')}>`

describe('datePublished', () => {
  it('types a month as xsd:gYearMonth, never padded to a day', async () => {
    const document = article(' date 2023-09 Le conseil municipal a voté le budget après trois heures de débat.')
    expect(toJsonLd(document).datePublished).toEqual({ '@value': '2023-09', '@type': 'xsd:gYearMonth' })
    expect(await toNQuads(toJsonLd(document))).toContain(`${IRI} <http://schema.org/datePublished> "2023-09"^^<${XSD}gYearMonth> .`)
    expect(await toNQuads(toJsonLd(document, { vocabulary: 'dcterms' }))).toContain(`${IRI} <http://purl.org/dc/terms/issued> "2023-09"^^<${XSD}gYearMonth> .`)
  })

  it('types a year as xsd:gYear', async () => {
    const document = article(' date 2023 Le conseil municipal a voté le budget après trois heures de débat.')
    expect(await toNQuads(toJsonLd(document))).toContain(`${IRI} <http://schema.org/datePublished> "2023"^^<${XSD}gYear> .`)
  })

  it('types a full day as xsd:date', async () => {
    const document = article('par Claire Dumas le mardi 12 mars 2024\n\nLe conseil municipal a voté le budget après trois heures de débat.')
    expect(document.date).toEqual({ date: '2024-03-12', precision: 'day', source: 'byline' })
    expect(await toNQuads(toJsonLd(document))).toContain(`${IRI} <http://schema.org/datePublished> "2024-03-12"^^<${XSD}date> .`)
  })

  it('writes no date at all when the source states none', async () => {
    const document = article('Le conseil municipal a voté le budget après trois heures de débat.')
    expect(document.date).toBeNull()
    expect('datePublished' in toJsonLd(document)).toBe(false)
    expect('dcterms:issued' in toJsonLd(document, { vocabulary: 'dcterms' })).toBe(false)
    expect(await toNQuads(toJsonLd(document))).not.toContain('datePublished')
  })
})

describe('date mentions', () => {
  it('mentions each date in the text with its ISO 8601 value, and says when its year is the article’s', async () => {
    const document = article(' date 2021-06 Le 14 juillet, le maire a rappelé les crues de mars 2021 et celles de 1999.')
    expect(document.dates.map((date) => [date.date, date.year])).toEqual([['2021-07-14', 'article'], ['2021-03', 'stated'], ['1999', 'stated']])
    expect(toJsonLd(document).mentions).toEqual([
      { '@id': `${defaultIri('doc-5f3a9c0e7b1d2468')}#date-0`, '@type': 'PropertyValue', propertyID: 'date', name: { '@value': '14 juillet', '@language': 'fr' }, value: '2021-07-14', description: { '@value': 'year from the article date', '@language': 'en' } },
      { '@id': `${defaultIri('doc-5f3a9c0e7b1d2468')}#date-1`, '@type': 'PropertyValue', propertyID: 'date', name: { '@value': 'mars 2021', '@language': 'fr' }, value: '2021-03' },
      { '@id': `${defaultIri('doc-5f3a9c0e7b1d2468')}#date-2`, '@type': 'PropertyValue', propertyID: 'date', name: { '@value': '1999', '@language': 'fr' }, value: '1999' }
    ])
    expect(await toNQuads(toJsonLd(document))).toContain(`<${defaultIri('doc-5f3a9c0e7b1d2468')}#date-0> <http://schema.org/value> "2021-07-14" .`)
  })

  it('keeps a day whose year cannot be known as --MM-DD', () => {
    const document = article('Le 14 juillet, le maire a rappelé les crues.')
    expect(toJsonLd(document).mentions).toEqual([{ '@id': `${defaultIri('doc-5f3a9c0e7b1d2468')}#date-0`, '@type': 'PropertyValue', propertyID: 'date', name: '14 juillet', value: '--07-14' }])
  })
})
