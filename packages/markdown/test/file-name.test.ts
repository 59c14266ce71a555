import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { markdownFileName } from '../src/index.js'

const bytes = (text: string) => new TextEncoder().encode(text).length
const named = (file: string) => parse('Le marché rouvre.', { file })

describe('markdownFileName', () => {
  it('caps the stem at 120 bytes of UTF-8, not 120 UTF-16 units', () => {
    // 120 `é` are 120 units but 240 bytes: with a temporary suffix, past the 255 bytes a name may have.
    const name = markdownFileName(named(`${'é'.repeat(120)}.txt`), { extension: '.jsonld' })
    expect(name).toBe(`${'é'.repeat(60)}.jsonld`)
    expect(bytes(name)).toBe(127)
  })

  it('never cuts a character in half', () => {
    // `a` then 2-byte `é`: the 120-byte cut falls inside the 60th `é`, which is left out whole.
    expect(markdownFileName(named(`a${'é'.repeat(100)}.txt`))).toBe(`a${'é'.repeat(59)}.md`)
    // Four-byte letters (U+1D400, two UTF-16 units each): 30 fit.
    expect(markdownFileName(named(`${'𝐀'.repeat(40)}.txt`))).toBe(`${'𝐀'.repeat(30)}.md`)
    expect(markdownFileName(named(`xy${'𝐀'.repeat(40)}.txt`))).toBe(`xy${'𝐀'.repeat(29)}.md`)
  })

  it('keeps a name taken twice, with its id and count, within the cap', () => {
    const taken = new Set<string>()
    const stem = 'ü'.repeat(200)
    const names = [named(`${stem}.txt`), named(`${stem}.txt`), named(`${stem}.txt`)].map((document) => markdownFileName(document, { extension: '.jsonld', taken }))
    expect(names[0]).toBe(`${'ü'.repeat(60)}.jsonld`)
    expect(names[1]).toMatch(new RegExp(`^${'ü'.repeat(60)}-sha256-[0-9a-f]{16}\\.jsonld$`))
    expect(names[2]).toBe(names[1]?.replace('.jsonld', '-2.jsonld'))
    for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(160)
  })
})
