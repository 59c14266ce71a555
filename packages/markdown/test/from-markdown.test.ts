/**
 * fromMarkdown on Markdown that toMarkdown did not write: every block is
 * read, however deep. The slow suite (from-markdown.slow.test.ts) reads a list too long to
 * spread into one call.
 */
import { describe, expect, it } from 'vitest'
import { fromMarkdown } from '../src/index.js'

describe('fromMarkdown', () => {
  it('reads each item of a list', () => {
    expect(fromMarkdown('- a\n- b\n\n  c\n-\n').children).toEqual([
      { type: 'listItem', text: 'a' },
      { type: 'listItem', text: 'b\nc' },
      { type: 'listItem', text: '' }
    ])
  })

  it('reads blocks nested deeper than the call stack goes', () => {
    expect(fromMarkdown(`${'>'.repeat(10_000)} a\n`).children).toEqual([{ type: 'boilerplate', text: 'a' }])
    expect(fromMarkdown(`> a\n>\n> > b\n> > - c\n>   d\n`).children).toEqual([{ type: 'boilerplate', text: 'a\nb\nc\nd' }])
  })

  it('reads a block quote of one emphasis as page furniture, any other as a credit line', () => {
    expect(fromMarkdown('> *Partager*\n\n> *Lire* aussi\n\n> **Publicité**\n\n> *a*\n>\n> b\n').children).toEqual([
      { type: 'furniture', text: 'Partager' },
      { type: 'boilerplate', text: 'Lire aussi' },
      { type: 'boilerplate', text: 'Publicité' },
      { type: 'boilerplate', text: 'a\nb' }
    ])
  })

  it('reads other blocks as paragraphs', () => {
    expect(fromMarkdown('```\ncode\n```\n\n***\n\n*a* b\n').children).toEqual([
      { type: 'paragraph', text: 'code' },
      { type: 'paragraph', text: '' },
      { type: 'paragraph', text: 'a b' }
    ])
  })
})
