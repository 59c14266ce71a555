/** The hostile inputs at full size: each once made `parse` throw or take gigabytes. */
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { assertDocument } from './assert-document.js'

const MB = 1024 * 1024
const repeat = (piece: string, size: number) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size)

/** Printable bytes (0x20–0xFF) from a seeded generator, so a failure can be replayed. */
function printableBytes(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = 0x20 + ((state >>> 16) % 0xe0)
  }
  return bytes
}

const rules = (document: ReturnType<typeof parse>) => document.diagnostics.map((diagnostic) => diagnostic.ruleId)

describe('parse on hostile input, full size', () => {
  it('reads 2.1 MB of later mentions of one person', () => {
    const document = parse(`M. Jean Dupont a parlé. ${'Dupont parle. '.repeat(150_000)}`)
    expect(document.mentions).toHaveLength(150_001)
    expect(document.entities.map((entity) => [entity.id, entity.mentionCount])).toEqual([['person:jean-dupont', 150_001]])
  })

  it('reads 10 MB of random printable bytes as Windows-1252', () => {
    const document = parse(printableBytes(10 * MB))
    expect(document.source.encoding).toBe('windows-1252')
    expect(document.text).toHaveLength(10 * MB)
    // Every rule lists 100 diagnostics at most, and one more closes a rule that had more.
    const counts = new Map<string, number>()
    for (const rule of rules(document)) counts.set(rule, (counts.get(rule) ?? 0) + 1)
    for (const [rule, count] of counts) expect(count, rule).toBeLessThanOrEqual(100)
    // The invariants are checked one assertion per node: on the first megabyte, not all ten.
    assertDocument(parse(printableBytes(MB)))
  })

  it.each([3, 10])('lists 101 diagnostics for %i MB of "', (size) => {
    const document = parse(repeat('"', size * MB))
    expect(document.quotes).toHaveLength(1)
    expect(rules(document)).toEqual([...Array<string>(100).fill('unopened-quote'), 'too-many-diagnostics'])
    expect(document.diagnostics[100]?.message).toBe(`Too many \`unopened-quote\` diagnostics: 100 are listed, ${size * MB - 102} more are not (the first of them here)`)
  })

  it('reads 3 MB of « a » as half a million quotations', () => {
    const document = parse(repeat('« a » ', 3 * MB))
    expect(document.quotes).toHaveLength((3 * MB) / 6)
    expect(document.children).toHaveLength(1)
  })

  it('reads 3 MB of a.\\n\\n as 786,432 paragraphs of one sentence', () => {
    const document = parse(repeat('a.\n\n', 3 * MB))
    expect(document.children).toHaveLength((3 * MB) / 4)
    expect(document.sentences).toHaveLength((3 * MB) / 4)
    expect(document.children.at(-1)?.position.end.line).toBe((3 * MB) / 2 - 1)
  })

  it('reads a million one-line paragraphs (7 MB)', () => {
    const document = parse(repeat('Ab cd.\n', 7 * MB))
    expect(document.children).toHaveLength(MB)
    expect(document.sentences).toHaveLength(MB)
    expect(document.diagnostics).toEqual([])
  })
})
