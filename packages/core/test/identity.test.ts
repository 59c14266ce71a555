import { describe, expect, it } from 'vitest'
import { countWords, documentId, parse } from '../src/index.js'

describe('documentId', () => {
  it('is the source id of a NNN_<16 hex> name', () => {
    expect(documentId(parse('Texte.', { file: '012_5F3A9C0E7B1D2468.txt' }))).toBe('doc-5f3a9c0e7b1d2468')
  })

  it('is a SHA-256 prefix for other names and for text without a file', () => {
    const named = parse('Texte.', { file: 'article.txt' })
    expect(documentId(named)).toBe(`sha256-${named.source.sha256.slice(0, 16)}`)
    expect(documentId(parse('Texte.'))).toBe(documentId(named))
    expect(documentId(parse('Autre texte.'))).not.toBe(documentId(named))
  })
})

describe('countWords', () => {
  it('counts runs of non-space characters that hold a letter or a digit', () => {
    expect(countWords('« L’armée a signé le cessez-le-feu » — le 1er mai : 3 000 soldats.')).toBe(11)
  })

  it('counts nothing in punctuation and white space', () => {
    expect(countWords(' « — » : \u00a0 … ')).toBe(0)
    expect(countWords('')).toBe(0)
  })

  it('counts letters beyond the BMP and between offsets', () => {
    expect(countWords('𝐀𝐁 et 𝐂')).toBe(3)
    expect(countWords('un deux trois', 3, 8)).toBe(1)
    expect(countWords('un deux trois', 2, 9)).toBe(2)
  })
})
