/** Hostile inputs, kept small: each reproduces a failure of `parse` on a far larger file. */
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { assertDocument } from './assert-document.js'

/** Bytes from a seeded generator, so a failure can be replayed. */
function randomBytes(length: number, low: number, high: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = low + ((state >>> 16) % (high - low + 1))
  }
  return bytes
}

describe('parse on hostile input', () => {
  it('links 150,000 later mentions of a person without overflowing the stack', () => {
    // Each `Pi,` is a later mention of M. Jean Pi: the list of them was spread into one call.
    const document = parse(`M. Jean Pi a parlé. ${'Pi,'.repeat(150_000)}`, { detectLanguage: false })
    expect(document.mentions).toHaveLength(150_001)
    expect(document.entities).toEqual([{ id: 'person:jean-pi', kind: 'person', label: 'Jean Pi', ids: {}, mentionCount: 150_001 }])
  })

  it('reads random printable bytes as Windows-1252 and keeps its invariants', () => {
    const bytes = randomBytes(200_000, 0x20, 0xff)
    const document = parse(bytes)
    expect(document.source.encoding).toBe('windows-1252')
    expect(document.text).toHaveLength(bytes.length)
    assertDocument(document)
  })
})

describe('diagnostics of one rule', () => {
  it('are listed 100 times at most, then closed by one that counts the rest', () => {
    // The first two `"` pair, and each one after closes nothing: 3 MB of them made 3 million diagnostics.
    const document = parse(`Il dit ${'"'.repeat(20_000)}`)
    expect(document.diagnostics).toHaveLength(101)
    expect(document.diagnostics.slice(0, 100).every((diagnostic) => diagnostic.ruleId === 'unopened-quote')).toBe(true)
    expect(document.diagnostics[100]).toEqual({
      ruleId: 'too-many-diagnostics',
      severity: 'warning',
      fatal: false,
      message: 'Too many `unopened-quote` diagnostics: 100 are listed, 19898 more are not (the first of them here)',
      position: { start: { line: 1, column: 110, offset: 109 }, end: { line: 1, column: 111, offset: 110 } },
      actual: '"',
      expected: null
    })
  })
})
