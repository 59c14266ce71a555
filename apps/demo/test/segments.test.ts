import { describe, expect, it } from 'vitest'
import { parse } from '@corpus/core'
import { segments, type Highlight, type Segment } from '../src/segments.js'

const quote = (start: number, end: number): Highlight => ({ start, end, className: 'quote' })
const date = (start: number, end: number): Highlight => ({ start, end, className: 'date' })

describe('segments', () => {
  it('gives a block with no highlight one plain segment', () => {
    expect(segments([{ start: 3, end: 9 }], [])).toEqual([[{ start: 3, end: 9, classes: [] }]])
  })

  it('cuts nested highlights into flat segments, each with every class over it', () => {
    expect(segments([{ start: 0, end: 25 }], [quote(0, 20), date(5, 10)])).toEqual([
      [
        { start: 0, end: 5, classes: ['quote'] },
        { start: 5, end: 10, classes: ['quote', 'date'] },
        { start: 10, end: 20, classes: ['quote'] },
        { start: 20, end: 25, classes: [] }
      ]
    ])
  })

  it('lists the classes in the order the highlights are given, and merges edges at one offset', () => {
    expect(segments([{ start: 0, end: 10 }], [date(2, 6), quote(2, 8), { start: 4, end: 8, className: 'person' }])).toEqual([
      [
        { start: 0, end: 2, classes: [] },
        { start: 2, end: 4, classes: ['date', 'quote'] },
        { start: 4, end: 6, classes: ['date', 'quote', 'person'] },
        { start: 6, end: 8, classes: ['quote', 'person'] },
        { start: 8, end: 10, classes: [] }
      ]
    ])
  })

  it('cuts a highlight over two blocks at each, and leaves out the gap between them', () => {
    expect(segments([{ start: 0, end: 5 }, { start: 7, end: 15 }, { start: 15, end: 15 }, { start: 16, end: 18 }], [quote(3, 12), date(12, 16)])).toEqual([
      [
        { start: 0, end: 3, classes: [] },
        { start: 3, end: 5, classes: ['quote'] }
      ],
      [
        { start: 7, end: 12, classes: ['quote'] },
        { start: 12, end: 15, classes: ['date'] }
      ],
      [],
      [{ start: 16, end: 18, classes: [] }]
    ])
  })

  it('ignores empty highlights and those outside every block', () => {
    expect(segments([{ start: 10, end: 20 }], [quote(12, 12), date(0, 10), quote(20, 30), quote(15, 14)])).toEqual([[{ start: 10, end: 20, classes: [] }]])
  })

  it('segments a paragraph of 20,000 quotations, each in a segment of its own', () => {
    const text = '« a » '.repeat(20_000)
    const document = parse(new TextEncoder().encode(text))
    expect(document.quotes).toHaveLength(20_000)
    const blocks = document.children.map((block) => ({ start: block.position.start.offset, end: block.position.end.offset }))
    expect(blocks).toEqual([{ start: 0, end: text.length - 1 }])
    const cut = segments(blocks, document.quotes.map((found) => quote(found.position.start.offset, found.position.end.offset)))
    const expected: Segment[] = []
    for (let index = 0; index < 20_000; index++) {
      expected.push({ start: 6 * index, end: 6 * index + 5, classes: ['quote'] })
      if (index < 19_999) expected.push({ start: 6 * index + 5, end: 6 * index + 6, classes: [] })
    }
    expect(cut).toEqual([expected])
  })
})
