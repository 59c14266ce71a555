/**
 * Page furniture (buttons, publication lines, ad labels, `Lire aussi` links)
 * is cut out of `articleBody` at the start, in the middle and at the end; the
 * selectors of what is left stay exact against it, and `keepFurniture` keeps
 * the whole text. A repost signature names the work the article is based on.
 */
import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { corpusToJsonLd, toJsonLd, type JsonObject } from '../src/index.js'
import { defaultIri } from './support/iris.js'

const TEXT =
  'Publié le 30/10/2023 à 14h24\nPartager\n' +
  'Le maire de Brest a déclaré : « Nous 🏗️ reconstruirons l’école » le 3 mai 2024.\n' +
  'Lire aussi : « Le port de Brest se vide » en mars 2023\nContenu publicitaire\n\n' +
  'La rentrée aura lieu à Brest en septembre 2024.\nSauvegarder\n'
const document = parse(TEXT, { file: '012_5f3a9c0e7b1d2468.txt' })
const IRI = defaultIri('doc-5f3a9c0e7b1d2468')
const BODY = 'Le maire de Brest a déclaré : « Nous 🏗️ reconstruirons l’école » le 3 mai 2024.\nLa rentrée aura lieu à Brest en septembre 2024.'

interface Selected {
  id: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

/** Each annotation's id and selectors. */
function selectedBy(annotations: JsonObject[]): Selected[] {
  return annotations.map((annotation) => {
    const target = annotation.target as JsonObject
    const [position, quote] = target.selector as JsonObject[]
    return { id: String(annotation.id), start: Number(position?.start), end: Number(position?.end), exact: String(quote?.exact), prefix: String(quote?.prefix), suffix: String(quote?.suffix) }
  })
}

/** The text a code-point span of `body` holds, as W3C selectors count. */
const codePoints = (body: string, start: number, end: number) => Array.from(body).slice(start, end).join('')

function expectExact(body: string, selected: Selected[]) {
  for (const { start, end, exact, prefix, suffix } of selected) {
    expect(codePoints(body, start, end)).toBe(exact)
    expect(codePoints(body, Math.max(0, start - 32), start)).toBe(prefix)
    expect(codePoints(body, end, end + 32)).toBe(suffix)
  }
}

describe('page furniture', () => {
  it('is what the parser found at the start, in the middle and at the end', () => {
    expect(document.children.map((block) => block.type)).toEqual(['furniture', 'furniture', 'paragraph', 'furniture', 'furniture', 'paragraph', 'furniture'])
    expect(document.date).toEqual({ date: '2023-10-30', precision: 'day', source: 'publication' })
  })

  it('is cut out of articleBody with the line break after it, and out of wordCount', () => {
    const article = toJsonLd(document)
    expect(article.articleBody).toEqual({ '@value': BODY, '@language': 'fr' })
    // 🏗️ counts as a word, as countWords of @corpus/core counts it.
    expect(article.wordCount).toBe(23)
    expect(toJsonLd(document, { vocabulary: 'dcterms' })['dcterms:extent']).toEqual({ '@type': 'dcterms:SizeOrDuration', 'rdfs:label': '23 words' })
  })

  it('stands in no annotation: what is left is selected exactly in articleBody, by code points', () => {
    const [, ...annotations] = toJsonLd(document, { annotations: true })['@graph']
    const selected = selectedBy(annotations)
    expect(selected).toEqual([
      { id: `${IRI}#annotation-quote-0`, start: 32, end: 62, exact: 'Nous 🏗️ reconstruirons l’école', prefix: 'Le maire de Brest a déclaré : « ', suffix: ' » le 3 mai 2024.\nLa rentrée aur' },
      { id: `${IRI}#annotation-date-1`, start: 68, end: 78, exact: '3 mai 2024', prefix: ' 🏗️ reconstruirons l’école » le ', suffix: '.\nLa rentrée aura lieu à Brest e' },
      { id: `${IRI}#annotation-date-3`, start: 112, end: 126, exact: 'septembre 2024', prefix: 'La rentrée aura lieu à Brest en ', suffix: '.' },
      { id: `${IRI}#annotation-entity-0`, start: 12, end: 17, exact: 'Brest', prefix: 'Le maire de ', suffix: ' a déclaré : « Nous 🏗️ reconstru' },
      { id: `${IRI}#annotation-entity-2`, start: 103, end: 108, exact: 'Brest', prefix: 'ai 2024.\nLa rentrée aura lieu à ', suffix: ' en septembre 2024.' }
    ])
    expectExact(BODY, selected)
  })

  it('keeps its quotes and dates out of hasPart and mentions', () => {
    const article = toJsonLd(document)
    expect((article.hasPart as JsonObject[]).map((part) => part['@id'])).toEqual([`${IRI}#quote-0`])
    expect((article.mentions as JsonObject[]).filter((node) => node['@type'] === 'PropertyValue').map((node) => node['@id'])).toEqual([`${IRI}#date-1`, `${IRI}#date-3`])
  })

  it('is kept with keepFurniture: the whole text from the first block to the end of the last', () => {
    const whole = TEXT.slice(0, TEXT.lastIndexOf('Sauvegarder') + 'Sauvegarder'.length)
    const [article, ...annotations] = toJsonLd(document, { annotations: true, keepFurniture: true })['@graph']
    expect(article?.articleBody).toEqual({ '@value': whole, '@language': 'fr' })
    expect(article?.wordCount).toBe(43)
    const selected = selectedBy(annotations)
    expect(selected.map(({ id }) => id.slice(IRI.length))).toEqual([
      '#annotation-quote-0',
      '#annotation-quote-1',
      '#annotation-date-0',
      '#annotation-date-1',
      '#annotation-date-2',
      '#annotation-date-3',
      '#annotation-entity-0',
      '#annotation-entity-1',
      '#annotation-entity-2'
    ])
    expect(selected[0]).toMatchObject({ start: 70, end: 100, exact: 'Nous 🏗️ reconstruirons l’école' })
    expectExact(whole, selected)
    expect(toJsonLd(document, { vocabulary: 'dcterms', keepFurniture: true })['dcterms:extent']).toEqual({ '@type': 'dcterms:SizeOrDuration', 'rdfs:label': '43 words' })
  })

  it('is left out the same way in a corpus', () => {
    const corpus = corpusToJsonLd([document], { annotations: true })
    const [node, ...annotations] = corpus['@graph']
    expect(((node?.hasPart as JsonObject[])[0] as JsonObject).articleBody).toEqual({ '@value': BODY, '@language': 'fr' })
    expect(annotations.length).toBe(5)
  })

  it('leaves a text of furniture alone empty', () => {
    const only = parse('Partager\nPublicité\n', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(only.children.map((block) => block.type)).toEqual(['furniture', 'furniture'])
    // Too few words to tell its language: plain strings.
    expect(only.language).toBeNull()
    expect(toJsonLd(only).articleBody).toBe('')
    expect(toJsonLd(only, { keepFurniture: true }).articleBody).toBe('Partager\nPublicité')
  })
})

describe('a repost signature', () => {
  const repost = parse(' date 2024-02 Le club de voile fête ses cinquante ans\nLe club a réuni ses anciens membres samedi au port.\nMarc Delorme le 14/02/2024 Source : Le Courrier de l’Ouest\n', { file: '012_5f3a9c0e7b1d2468.txt' })

  it('says what the article is based on, and makes nobody its author', () => {
    const article = toJsonLd(repost)
    expect(article.isBasedOn).toEqual({ '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'Le Courrier de l’Ouest' } })
    expect('author' in article).toBe(false)
  })

  it('is a dcterms:source in the Dublin Core vocabulary, published by the publication it credits', () => {
    const record = toJsonLd(repost, { vocabulary: 'dcterms' })
    expect(record['dcterms:source']).toEqual([{ '@type': 'dcterms:BibliographicResource', 'dcterms:publisher': { '@type': 'dcterms:Agent', 'rdfs:label': 'Le Courrier de l’Ouest' } }])
    expect('dcterms:creator' in record).toBe(false)
  })

  it('stays in articleBody: it is a credit line, not page furniture', () => {
    expect(String((toJsonLd(repost).articleBody as JsonObject)['@value'])).toMatch(/Source : Le Courrier de l’Ouest$/)
  })
})
