import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toJsonLd, type JsonObject } from '../src/index.js'
import { expand } from './support/loader.js'

// Letters beyond the BMP (two UTF-16 units, one code point each) and no-break spaces before the quote.
const TEXT = ' date 2024-05 Le maire de 𝐒𝐚𝐢𝐧𝐭-𝐋𝐨 a déclaré\u00a0:\u00a0« Nous 🏗️ reconstruirons\u202fl’école » le 3 mai 2024.\n\nLa rentrée 😀 aura lieu en septembre 2024.\n'
const document = parse(TEXT, { file: '012_5f3a9c0e7b1d2468.txt' })
const output = toJsonLd(document, { annotations: true })
const graph = output['@graph'] as JsonObject[]
const [article, ...annotations] = graph
const body = String(article?.articleBody)
const codePoints = Array.from(body)

interface Selectors {
  position: { start: number; end: number }
  quote: { exact: string; prefix: string; suffix: string }
}

function selectorsOf(annotation: JsonObject | undefined): Selectors {
  const target = annotation?.target as JsonObject
  const [position, quote] = target.selector as JsonObject[]
  return {
    position: { start: Number(position?.start), end: Number(position?.end) },
    quote: { exact: String(quote?.exact), prefix: String(quote?.prefix), suffix: String(quote?.suffix) }
  }
}

describe('Web Annotations', () => {
  it('annotates every quote and date', () => {
    expect(document.quotes.map((quote) => quote.value)).toEqual(['Nous 🏗️ reconstruirons\u202fl’école'])
    expect(document.dates.map((date) => date.text)).toEqual(['3 mai 2024', 'septembre 2024'])
    expect(annotations.map((annotation) => annotation['@id'])).toEqual([
      'urn:corpus:5f3a9c0e7b1d2468#annotation-quote-0',
      'urn:corpus:5f3a9c0e7b1d2468#annotation-date-0',
      'urn:corpus:5f3a9c0e7b1d2468#annotation-date-1'
    ])
  })

  it('selects exactly the quoted text and the dates by code points of articleBody', () => {
    const expected = [document.quotes[0]?.value, '3 mai 2024', 'septembre 2024']
    annotations.forEach((annotation, index) => {
      const { position, quote } = selectorsOf(annotation)
      expect(codePoints.slice(position.start, position.end).join('')).toBe(expected[index])
      expect(quote.exact).toBe(expected[index])
      expect(quote.prefix).toBe(codePoints.slice(Math.max(0, position.start - 32), position.start).join(''))
      expect(quote.suffix).toBe(codePoints.slice(position.end, position.end + 32).join(''))
    })
  })

  it('counts code points, not UTF-16 units', () => {
    const { position } = selectorsOf(annotations[0])
    // The body starts after the header; 7 letters of the place name are two units each.
    expect(body.startsWith('Le maire de 𝐒𝐚𝐢𝐧𝐭-𝐋𝐨')).toBe(true)
    expect(position.start).toBe(body.indexOf('Nous') - 7)
    expect(position.end - position.start).toBe(Array.from('Nous 🏗️ reconstruirons\u202fl’école').length)
  })

  it('gives a tag body, and a date its value', () => {
    expect(annotations[1]?.body).toEqual([
      { '@type': 'TextualBody', 'rdf:value': 'date', purpose: 'tagging' },
      { '@type': 'TextualBody', 'rdf:value': '2024-05-03', purpose: 'describing' }
    ])
    expect(annotations[0]?.motivation).toBe('tagging')
  })

  it('expands to the Web Annotation vocabulary', async () => {
    const expanded = (await expand(output)) as Array<Record<string, unknown>>
    const annotation = expanded.find((node) => node['@id'] === 'urn:corpus:5f3a9c0e7b1d2468#annotation-quote-0')
    expect(annotation?.['@type']).toEqual(['http://www.w3.org/ns/oa#Annotation'])
    expect(annotation?.['http://www.w3.org/ns/oa#motivatedBy']).toEqual([{ '@id': 'http://www.w3.org/ns/oa#tagging' }])
    const target = (annotation?.['http://www.w3.org/ns/oa#hasTarget'] as Array<Record<string, unknown>>)[0]
    const selectors = target?.['http://www.w3.org/ns/oa#hasSelector'] as Array<Record<string, unknown>>
    expect(selectors[0]?.['http://www.w3.org/ns/oa#start']).toEqual([{ '@value': 35, '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' }])
  })

  it('leaves annotations out by default', () => {
    expect('@graph' in toJsonLd(document)).toBe(false)
    expect(toJsonLd(document)['@type']).toBe('NewsArticle')
  })
})
