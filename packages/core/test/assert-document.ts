import { expect } from 'vitest'
import { location, type Document, type Position } from '../src/index.js'

const BLANK = /^[\s\u00a0\u202f\ufeff\u200b\u2007\u2009\u3000]*$/u

/**
 * The invariants every document holds, whatever the input: plain JSON,
 * positions in range and true to their offsets, blocks in order and lossless
 * (blocks, the header and white space between them give back the text),
 * annotations inside their block.
 */
export function assertDocument(document: Document): void {
  expect(JSON.parse(JSON.stringify(document))).toEqual(document)
  const { text } = document
  const where = location(text)
  const checkPosition = (position: Position) => {
    expect(position.start.offset).toBeGreaterThanOrEqual(0)
    expect(position.end.offset).toBeGreaterThanOrEqual(position.start.offset)
    expect(position.end.offset).toBeLessThanOrEqual(text.length)
    expect(position).toEqual(where.toPosition(position.start.offset, position.end.offset))
  }
  const slice = (position: Position) => text.slice(position.start.offset, position.end.offset)

  // Lossless: what lies between the header and blocks is white space only.
  let cursor = 0
  const spans = [...(document.header ? [document.header.position] : []), ...document.children.map((block) => block.position)]
  for (const position of spans) {
    checkPosition(position)
    expect(position.start.offset).toBeGreaterThanOrEqual(cursor)
    expect(text.slice(cursor, position.start.offset)).toMatch(BLANK)
    cursor = position.end.offset
  }
  expect(text.slice(cursor)).toMatch(BLANK)
  for (const block of document.children) {
    expect(block.value).toBe(slice(block.position))
    expect(block.value.length).toBeGreaterThan(0)
  }

  const inBlock = (annotation: { block: number; position: Position }) => {
    checkPosition(annotation.position)
    const block = document.children[annotation.block]
    expect(block).toBeDefined()
    if (!block) return
    expect(annotation.position.start.offset).toBeGreaterThanOrEqual(block.position.start.offset)
    expect(annotation.position.end.offset).toBeLessThanOrEqual(block.position.end.offset)
  }

  // Sentences tile each block: in order, and only white space between them.
  let previous: { block: number; end: number } | null = null
  for (const sentence of document.sentences) {
    inBlock(sentence)
    expect(slice(sentence.position).length).toBeGreaterThan(0)
    const block = document.children[sentence.block]
    const from = previous?.block === sentence.block ? previous.end : (block?.position.start.offset ?? 0)
    expect(text.slice(from, sentence.position.start.offset)).toMatch(BLANK)
    previous = { block: sentence.block, end: sentence.position.end.offset }
  }
  document.children.forEach((block, index) => {
    expect(document.sentences.some((sentence) => sentence.block === index)).toBe(true)
  })

  document.quotes.forEach((quote, index) => {
    inBlock(quote)
    checkPosition(quote.inner)
    expect(quote.value).toBe(slice(quote.inner))
    expect(text.charAt(quote.position.start.offset)).toBe(quote.open)
    expect(text.charAt(quote.position.end.offset - 1)).toBe(quote.close)
    expect(quote.parent === null ? 0 : (document.quotes[quote.parent]?.depth ?? -1) + 1).toBe(quote.depth)
    expect(quote.parent === null || quote.parent < index).toBe(true)
    const { speaker } = quote
    if (speaker === null) return
    // Only an outermost quote with words in it has a speaker, named in its block as written.
    expect(quote.depth).toBe(0)
    expect(quote.value).toMatch(/\p{L}/u)
    for (const part of [speaker, speaker.cue]) {
      inBlock({ block: quote.block, position: part.position })
      expect(part.text).toBe(slice(part.position))
      expect(part.text.length).toBeGreaterThan(0)
    }
    // Outside the quote, but for an incise, which may stand inside it.
    if (speaker.cue.kind !== 'incise') {
      expect(speaker.position.end.offset <= quote.position.start.offset || speaker.position.start.offset >= quote.position.end.offset).toBe(true)
    }
    const mention = speaker.mention === null ? null : document.mentions[speaker.mention]
    expect(mention === undefined).toBe(false)
    expect(speaker.entity).toBe(mention ? mention.entity : null)
  })
  for (const date of document.dates) {
    inBlock(date)
    expect(date.text).toBe(slice(date.position))
  }
  // Mentions: in their block, as written, in text order, not overlapping, each naming a listed entity of its kind; the counts add up.
  let end = 0
  for (const mention of document.mentions) {
    inBlock(mention)
    expect(mention.text).toBe(slice(mention.position))
    expect(mention.position.start.offset).toBeGreaterThanOrEqual(end)
    end = mention.position.end.offset
    expect(document.entities.find((entity) => entity.id === mention.entity)?.kind).toBe(mention.kind)
  }
  for (const entity of document.entities) expect(entity.mentionCount).toBe(document.mentions.filter((mention) => mention.entity === entity.id).length)
  expect(new Set(document.entities.map((entity) => entity.id)).size).toBe(document.entities.length)
  for (const diagnostic of document.diagnostics) {
    if (diagnostic.position) {
      checkPosition(diagnostic.position)
      expect(diagnostic.actual).toBe(slice(diagnostic.position))
    }
    expect(diagnostic.fatal).toBe(diagnostic.fatal && diagnostic.severity === 'error')
  }
}
