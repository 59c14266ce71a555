import { describe, expect, it } from 'vitest'
import * as markdown from '../src/index.js'

describe('public API', () => {
  it('exports exactly these values from @corpus/markdown', () => {
    expect(Object.keys(markdown).sort()).toEqual(['FRONTMATTER_FIELDS', 'corpusParse', 'corpusToMarkdownBook', 'corpusToMarkdownFiles', 'fromMarkdown', 'markdownFileName', 'markdownText', 'toMarkdown', 'toMdast'])
  })
})
