import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonChunks, jsonFile } from '../src/json-chunks.js'

const text = (value: unknown): string => [...jsonChunks(value)].join('')

describe('jsonChunks', () => {
  it('gives the text of JSON.stringify(value, null, 2) for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => text(value) === JSON.stringify(value, null, 2)), { numRuns: 500 })
  })

  it('leaves out what has no JSON form as JSON.stringify does: a property dropped, an array member null', () => {
    const value = { a: undefined, b: [undefined, () => 1, Symbol('s'), 2], c: { toJSON: () => 'through toJSON' }, d: () => 1, e: new Date(Date.UTC(2026, 0, 2)) }
    expect(text(value)).toBe(JSON.stringify(value, null, 2))
    expect(text(value)).toBe('{\n  "b": [\n    null,\n    null,\n    null,\n    2\n  ],\n  "c": "through toJSON",\n  "e": "2026-01-02T00:00:00.000Z"\n}')
    expect(text([])).toBe('[]')
    expect(text({})).toBe('{}')
    expect(text({ only: undefined })).toBe('{}')
  })

  it('writes nesting deeper than the call stack allows, and a large value in many chunks', () => {
    const depth = 10000
    let deep: unknown = 'leaf'
    for (let level = 0; level < depth; level++) deep = [deep]
    expect(() => JSON.stringify(deep, null, 2)).toThrow(RangeError)
    // Level k (from 0) writes `[`, a line break and 2(k + 1) spaces, then a line break, 2k spaces and `]`.
    let length = 0
    let last = ''
    for (const chunk of jsonChunks(deep)) {
      if (length === 0) expect(chunk.startsWith('[\n  [\n    [')).toBe(true)
      length += chunk.length
      last = chunk
    }
    expect(length).toBe(6 * depth + 2 * depth * (depth - 1) + '"leaf"'.length)
    expect(last.endsWith('  ]\n]')).toBe(true)
    const wide = Array.from({ length: 30000 }, (_, index) => ({ index, name: `n° ${index}` }))
    const chunks = [...jsonChunks(wide)]
    expect(chunks.length).toBeGreaterThan(20)
    expect(chunks.join('')).toBe(JSON.stringify(wide, null, 2))
  })

  it('ends a file with a line break', () => {
    expect([...jsonFile({ a: 1 })].join('')).toBe('{\n  "a": 1\n}\n')
  })
})
