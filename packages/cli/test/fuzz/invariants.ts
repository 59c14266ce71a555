/**
 * The model's invariants, checked without a test framework's deep equality so
 * that a million documents can be checked in minutes. Each failure throws with
 * what was found and what was expected.
 */
import type { Document, Position } from '@corpus/core'

const BLANK = /^[\s\u00a0\u202f\ufeff\u200b\u2007\u2009\u3000]*$/u

function fail(what: string, found: unknown, expected: unknown): never {
  throw new Error(`${what}: found ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`)
}

function check(condition: boolean, what: string, found: unknown, expected: unknown): void {
  if (!condition) fail(what, found, expected)
}

/** Offsets to line and column, as the model counts them (1-based; lines end at \n, \r\n or \r). */
function pointsOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 }
  }
}

/** Every invariant of the model: positions true to their offsets, blocks lossless and in order, annotations inside their block. */
export function checkDocument(document: Document): void {
  const { text } = document
  const pointAt = pointsOf(text)
  const position = (what: string, place: Position) => {
    const { start, end } = place
    check(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length, `${what} offsets`, [start.offset, end.offset], `0 ≤ start ≤ end ≤ ${text.length}`)
    for (const point of [start, end]) {
      const expected = pointAt(point.offset)
      check(point.line === expected.line && point.column === expected.column, `${what} point at ${point.offset}`, point, expected)
    }
  }
  const slice = (place: Position) => text.slice(place.start.offset, place.end.offset)

  check(JSON.stringify(document).length > 0, 'JSON', null, 'serializable')
  position('document', document.position)
  check(document.position.end.offset === text.length, 'document end', document.position.end.offset, text.length)

  // Lossless: between the header and the blocks, white space only; each block's value is its source slice.
  let cursor = 0
  const spans = document.header === null ? [] : [document.header.position]
  for (const block of document.children) spans.push(block.position)
  spans.forEach((span, index) => {
    position(`block ${index}`, span)
    check(span.start.offset >= cursor, `block ${index} order`, span.start.offset, `≥ ${cursor}`)
    check(BLANK.test(text.slice(cursor, span.start.offset)), `gap before block ${index}`, text.slice(cursor, span.start.offset), 'white space')
    cursor = span.end.offset
  })
  check(BLANK.test(text.slice(cursor)), 'text after the last block', text.slice(cursor), 'white space')
  document.children.forEach((block, index) => {
    check(block.value === slice(block.position), `block ${index} value`, block.value, slice(block.position))
    check(block.value.length > 0, `block ${index} length`, 0, '> 0')
  })

  const inBlock = (what: string, annotation: { block: number; position: Position }) => {
    position(what, annotation.position)
    const block = document.children[annotation.block]
    if (block === undefined) return fail(`${what} block`, annotation.block, `< ${document.children.length}`)
    check(
      annotation.position.start.offset >= block.position.start.offset && annotation.position.end.offset <= block.position.end.offset,
      `${what} inside block ${annotation.block}`,
      [annotation.position.start.offset, annotation.position.end.offset],
      [block.position.start.offset, block.position.end.offset]
    )
  }
  let previous = -1
  document.sentences.forEach((sentence, index) => {
    inBlock(`sentence ${index}`, sentence)
    check(sentence.position.start.offset >= previous, `sentence ${index} order`, sentence.position.start.offset, `≥ ${previous}`)
    previous = sentence.position.end.offset
  })
  document.quotes.forEach((quote, index) => {
    inBlock(`quote ${index}`, quote)
    position(`quote ${index} inner`, quote.inner)
    check(quote.value === slice(quote.inner), `quote ${index} value`, quote.value, slice(quote.inner))
    check(text.charAt(quote.position.start.offset) === quote.open, `quote ${index} open`, text.charAt(quote.position.start.offset), quote.open)
    check(quote.parent === null || quote.parent < index, `quote ${index} parent`, quote.parent, `< ${index}`)
  })
  document.dates.forEach((date, index) => {
    inBlock(`date ${index}`, date)
    check(date.text === slice(date.position), `date ${index} text`, date.text, slice(date.position))
  })
  let end = 0
  document.mentions.forEach((mention, index) => {
    inBlock(`mention ${index}`, mention)
    check(mention.text === slice(mention.position), `mention ${index} text`, mention.text, slice(mention.position))
    check(mention.position.start.offset >= end, `mention ${index} order`, mention.position.start.offset, `≥ ${end}`)
    end = mention.position.end.offset
  })
  const counts = new Map<string, number>()
  for (const mention of document.mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1)
  for (const entity of document.entities) check(entity.mentionCount === (counts.get(entity.id) ?? 0), `entity ${entity.id} mentions`, entity.mentionCount, counts.get(entity.id) ?? 0)
  document.diagnostics.forEach((diagnostic, index) => {
    if (diagnostic.position === null) return
    position(`diagnostic ${index} (${diagnostic.ruleId})`, diagnostic.position)
    check(diagnostic.actual === slice(diagnostic.position), `diagnostic ${index} actual`, diagnostic.actual, slice(diagnostic.position))
  })
}
