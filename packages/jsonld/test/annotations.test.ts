import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toJsonLd, type JsonObject } from '../src/index.js'
import { inputs } from './support/inputs.js'
import { compact, expand } from './support/loader.js'
import { defaultIri } from './support/iris.js'
import { inFurniture } from './support/furniture.js'

// Letters beyond the BMP (two UTF-16 units, one code point each), no-break spaces, a header prefix and CRLF.
const TEXT = ' date 2024-05 Le maire de 𝐒𝐚𝐢𝐧𝐭-𝐋𝐨 a déclaré\u00a0:\u00a0« Nous 🏗️ reconstruirons\u202fl’école » le 3 mai 2024.\r\n\r\nLa rentrée 😀 aura lieu en septembre 2024.\r\n'
const document = parse(TEXT, { file: '012_5f3a9c0e7b1d2468.txt' })
const output = toJsonLd(document, { annotations: true })
const [article, ...annotations] = output['@graph']

interface Selectors {
  position: { start: number; end: number }
  quote: { exact: string; prefix: string; suffix: string }
}

/** The text of a literal: a string, or a language-tagged one (`{ "@value", "@language" }`) when the language is known. */
function textOf(literal: unknown): string {
  return typeof literal === 'string' ? literal : String((literal as JsonObject | undefined)?.['@value'])
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
  it('annotates every quote and date, each naming the W3C context', () => {
    expect(document.quotes.map((quote) => quote.value)).toEqual(['Nous 🏗️ reconstruirons\u202fl’école'])
    expect(document.dates.map((date) => date.text)).toEqual(['3 mai 2024', 'septembre 2024'])
    expect(annotations.map((annotation) => [annotation['@context'], annotation.id, annotation.type])).toEqual([
      ['http://www.w3.org/ns/anno.jsonld', `${defaultIri('doc-5f3a9c0e7b1d2468')}#annotation-quote-0`, 'Annotation'],
      ['http://www.w3.org/ns/anno.jsonld', `${defaultIri('doc-5f3a9c0e7b1d2468')}#annotation-date-0`, 'Annotation'],
      ['http://www.w3.org/ns/anno.jsonld', `${defaultIri('doc-5f3a9c0e7b1d2468')}#annotation-date-1`, 'Annotation']
    ])
  })

  it('selects exactly the quoted text and the dates, by code points of articleBody', () => {
    const codePoints = Array.from(textOf(article?.articleBody))
    const expected = [document.quotes[0]?.value, '3 mai 2024', 'septembre 2024']
    annotations.forEach((annotation, index) => {
      const { position, quote } = selectorsOf(annotation)
      expect(codePoints.slice(position.start, position.end).join('')).toBe(expected[index])
      expect(quote.exact).toBe(expected[index])
      expect(quote.prefix).toBe(codePoints.slice(Math.max(0, position.start - 32), position.start).join(''))
      expect(quote.suffix).toBe(codePoints.slice(position.end, position.end + 32).join(''))
    })
  })

  it('counts code points of the article’s text, header excluded, not UTF-16 units', () => {
    // The text without its ` date 2024-05 ` header (14 units), tagged with the document's language.
    expect(article?.articleBody).toEqual({ '@value': document.text.slice(14).trimEnd(), '@language': 'fr' })
    const { position } = selectorsOf(annotations[0])
    // 7 letters of the place name are two UTF-16 units each, one code point.
    expect(TEXT.indexOf('Nous')).toBe(56)
    expect(position.start).toBe(56 - 14 - 7)
    expect(position.end - position.start).toBe(Array.from('Nous 🏗️ reconstruirons\u202fl’école').length)
  })

  it('gives a tag body, and a date its value', () => {
    expect(annotations[1]?.body).toEqual([
      { type: 'TextualBody', value: 'date', purpose: 'tagging' },
      { type: 'TextualBody', value: '2024-05-03', purpose: 'describing' }
    ])
    expect(annotations[0]?.motivation).toBe('tagging')
    expect(annotations[1]?.motivation).toBe('describing')
  })

  it('expands to the Web Annotation vocabulary', async () => {
    const expanded = (await expand(output)) as Array<Record<string, unknown>>
    const annotation = expanded.find((node) => node['@id'] === `${defaultIri('doc-5f3a9c0e7b1d2468')}#annotation-quote-0`)
    expect(annotation?.['@type']).toEqual(['http://www.w3.org/ns/oa#Annotation'])
    expect(annotation?.['http://www.w3.org/ns/oa#motivatedBy']).toEqual([{ '@id': 'http://www.w3.org/ns/oa#tagging' }])
    const target = (annotation?.['http://www.w3.org/ns/oa#hasTarget'] as Array<Record<string, unknown>>)[0]
    expect(target?.['http://www.w3.org/ns/oa#hasSource']).toEqual([{ '@id': `${defaultIri('doc-5f3a9c0e7b1d2468')}` }])
    const selectors = target?.['http://www.w3.org/ns/oa#hasSelector'] as Array<Record<string, unknown>>
    expect(selectors[0]?.['http://www.w3.org/ns/oa#start']).toEqual([{ '@value': 35, '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' }])
  })

  it('reads back as written through the W3C context alone, as annotation tools read it', async () => {
    const expanded = (await expand(output)) as Array<Record<string, unknown>>
    for (const annotation of annotations) {
      const node = expanded.filter((item) => item['@id'] === annotation.id)
      const compacted = await compact(node, 'http://www.w3.org/ns/anno.jsonld')
      // Compaction writes a single value without its array.
      const body = annotation.body as JsonObject[]
      expect(compacted).toEqual({ ...annotation, body: body.length === 1 ? body[0] : body })
    }
  })

  it('selects nested quotes, however deep', () => {
    const nested = parse(`Il a dit ${'« a '.repeat(30)}b${' »'.repeat(30)}.`, { file: '012_5f3a9c0e7b1d2468.txt' })
    const notes = toJsonLd(nested, { annotations: true })['@graph'].slice(1)
    expect(notes.length).toBe(nested.quotes.length)
    expect(notes.map((note) => selectorsOf(note).quote.exact)).toEqual(nested.quotes.map((quote) => quote.value))
    expect(notes.map((note) => selectorsOf(note).position.start)).toEqual(nested.quotes.map((quote) => quote.inner.start.offset))
  })

  it('leaves out empty quotes, which quote nothing', () => {
    const empty = parse('Il a répondu « » et il est parti le 3 mai.', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(empty.quotes.map((quote) => quote.value)).toEqual([''])
    const graph = toJsonLd(empty, { annotations: true })['@graph']
    expect(graph.map((node) => node.id ?? node['@id'])).toEqual([`${defaultIri('doc-5f3a9c0e7b1d2468')}`, `${defaultIri('doc-5f3a9c0e7b1d2468')}#annotation-date-0`])
    expect('hasPart' in (graph[0] ?? {})).toBe(false)
  })

  it('leaves annotations out by default', () => {
    expect('@graph' in toJsonLd(document)).toBe(false)
    expect(toJsonLd(document)['@type']).toBe('NewsArticle')
  })
})

describe.each(inputs().map((input) => [input.name, input.document] as const))('%s', (_name, input) => {
  it('has selectors that select exactly each quote, date and entity mention in articleBody, the same in both vocabularies', () => {
    const [record, ...notes] = toJsonLd(input, { annotations: true })['@graph']
    const codePoints = Array.from(record?.['@type'] === 'NewsArticle' ? textOf(record.articleBody) : '')
    const article = record?.['@type'] === 'NewsArticle'
    // What stands in page furniture is not in articleBody, so not annotated.
    const inText = (position: { start: { offset: number } }) => !inFurniture(input, position.start.offset)
    const quotes = input.quotes.filter((quote) => inText(quote.inner)).map((quote) => quote.value)
    const expected = article ? [...quotes.filter(Boolean), ...input.dates.filter((date) => inText(date.position)).map((date) => date.text), ...input.mentions.filter((mention) => inText(mention.position)).map((mention) => mention.text)] : []
    const selected = notes.map((annotation) => {
      const { position, quote } = selectorsOf(annotation)
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact)
      expect(codePoints.slice(Math.max(0, position.start - 32), position.start).join('')).toBe(quote.prefix)
      expect(codePoints.slice(position.end, position.end + 32).join('')).toBe(quote.suffix)
      return quote.exact
    })
    expect(selected).toEqual(expected)
    expect(toJsonLd(input, { annotations: true, vocabulary: 'dcterms' })['@graph'].slice(1)).toEqual(notes)
  })
})

const IRI = `${defaultIri('doc-5f3a9c0e7b1d2468')}`

describe('entity mentions', () => {
  const document = parse('Le président Paul Martin est arrivé à Lyon. M. Martin a rencontré les élus.\n', { file: '012_5f3a9c0e7b1d2468.txt' })
  const graph = toJsonLd(document, { annotations: true })['@graph']

  it('identify their entity, each by its own annotation', () => {
    const identifying = graph.filter((node) => node.motivation === 'identifying')
    expect(identifying.map((node) => [node.id, node.body])).toEqual([
      [`${IRI}#annotation-entity-0`, [{ type: 'SpecificResource', source: `${defaultIri('person:paul-martin')}`, purpose: 'identifying' }]],
      [`${IRI}#annotation-entity-1`, [{ type: 'SpecificResource', source: `${defaultIri('place:lyon')}`, purpose: 'identifying' }]],
      [`${IRI}#annotation-entity-2`, [{ type: 'SpecificResource', source: `${defaultIri('person:paul-martin')}`, purpose: 'identifying' }]]
    ])
  })

  it('make the entity mentioned most, twice at least, what the article is about', () => {
    expect(graph[0]?.about).toEqual({ '@id': `${defaultIri('person:paul-martin')}` })
  })
})
