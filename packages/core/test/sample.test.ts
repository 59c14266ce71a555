/** The bundled sample corpus (`sample/` at the root): each article reads as its README says. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { assertDocument } from './assert-document.js'

const folder = fileURLToPath(new URL('../../../sample/', import.meta.url))

const expected = {
  '000_3f9a0c7e51d2b846.txt': { blocks: ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'], diagnostics: [], date: null },
  '001_b07e4d19a6c2f385.txt': {
    blocks: ['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'dateline'],
    diagnostics: ['space-before-hyphen'],
    date: '2024-03-14'
  },
  '002_5c2e81f0d4a97b63.txt': {
    blocks: ['dateline', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'byline', 'boilerplate'],
    diagnostics: [],
    date: '2023-11-10'
  },
  '003_e6d1394b0f7a2c58.txt': {
    blocks: ['paragraph', 'paragraph', 'paragraph', 'listItem', 'listItem', 'listItem', 'listItem', 'heading', 'paragraph', 'paragraph', 'boilerplate'],
    diagnostics: [],
    date: '2023-09'
  },
  '004_8a4f2b6d0e93c1f7.txt': { blocks: ['byline', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'], diagnostics: ['invisible-character'], date: '2023-09-30' },
  '005_1d7c5e0a9b34f2e6.txt': {
    blocks: ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    diagnostics: ['weekday-mismatch', 'broken-hyphenation'],
    date: '2020-09'
  },
  '006_c93b0f6e2a1d5874.txt': {
    blocks: ['dateline', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'byline'],
    diagnostics: [],
    date: null
  },
  '007_0e58a3d7c6f1b924.txt': {
    blocks: ['dateline', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    diagnostics: ['space-before-punctuation', 'unclosed-quote'],
    date: '2022-06-03'
  },
  '008_96f2c4a18e0b7d35.txt': {
    blocks: ['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'boilerplate'],
    diagnostics: [],
    date: '2021-10'
  },
  '009_4b8d1e7f3c0a6925.txt': {
    blocks: ['paragraph', 'paragraph', 'heading', 'paragraph', 'listItem', 'listItem', 'listItem', 'paragraph', 'paragraph', 'furniture'],
    diagnostics: [],
    date: null
  }
}

describe.each(Object.entries(expected))('sample %s', (file, wanted) => {
  const document = parse(readFileSync(folder + file), { file })

  it('holds the invariants', () => {
    assertDocument(document)
    expect(document.language).toBe('fr')
  })

  it('has the blocks, problems and date its README lists', () => {
    expect({
      blocks: document.children.map((block) => block.type),
      diagnostics: document.diagnostics.map((diagnostic) => diagnostic.ruleId),
      date: document.date?.date ?? null
    }).toEqual(wanted)
  })
})
