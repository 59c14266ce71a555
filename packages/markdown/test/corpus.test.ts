import { parse } from '@corpus/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { corpusParse, corpusToMarkdownBook, corpusToMarkdownFiles, fromMarkdown, markdownFileName, toMarkdown } from '../src/index.js'

const article = (file: string | null, text = 'Le marché couvert rouvre le 3 mai après travaux.') => parse(text, file === null ? {} : { file })

describe('file names', () => {
  it('are the source name with .md, safe on every file system', () => {
    expect(markdownFileName(article('001_0a1b2c3d4e5f6071.txt'))).toBe('001_0a1b2c3d4e5f6071.md')
    // The source alone is enough.
    expect(markdownFileName({ source: article('Brève.txt').source }, { extension: '.jsonld' })).toBe('Brève.jsonld')
    expect(markdownFileName(article('../../etc/passwd'))).toBe('__.._etc_passwd.md')
    expect(markdownFileName(article('a:b*c?"d"<e>|f.txt'))).toBe('a_b_c__d__e__f.md')
    expect(markdownFileName(article('CON.txt'))).toBe('_CON.md')
    expect(['CON.tar.txt', 'aux.c.txt', 'lpt1.x.txt', 'com¹.txt', 'Nul.txt'].map((name) => markdownFileName(article(name)))).toEqual(['_CON.tar.md', '_aux.c.md', '_lpt1.x.md', '_com¹.md', '_Nul.md'])
    expect(['console.txt', 'auxiliary.txt', 'com10.txt'].map((name) => markdownFileName(article(name)))).toEqual(['console.md', 'auxiliary.md', 'com10.md'])
    expect(markdownFileName(article('.cache'))).toBe('_cache.md')
    expect(markdownFileName(article('é té.txt'))).toBe('é_té.md')
    expect(markdownFileName(article('x'.repeat(300)))).toBe(`${'x'.repeat(120)}.md`)
    const anonymous = article(null)
    expect(markdownFileName(anonymous)).toMatch(/^sha256-[0-9a-f]{16}\.md$/)
  })

  it('are unique in a corpus', () => {
    const files = corpusToMarkdownFiles([article('a/x.txt'.replace('a/', '')), article('x.txt', 'Un autre texte, un autre jour.'), article('X.txt', 'Encore un texte.')])
    expect(files.map((file) => file.path)).toEqual(['x.md', expect.stringMatching(/^x-sha256-[0-9a-f]{16}\.md$/), expect.stringMatching(/^X-sha256-[0-9a-f]{16}\.md$/)])
    expect(fromMarkdown(files[1]?.markdown ?? '').children).toEqual([{ type: 'paragraph', text: 'Un autre texte, un autre jour.' }])
    // The same bytes under the same name, three times: the id alone would repeat.
    const same = corpusToMarkdownFiles([article('y.txt'), article('y.txt'), article('y.txt')]).map((file) => file.path)
    expect(new Set(same).size).toBe(3)
    expect(same[2]).toBe(`${same[1]?.replace(/\.md$/, '')}-2.md`)
    const taken = new Set<string>()
    expect([article('x.txt'), article('x.txt', 'Autre.')].map((document) => markdownFileName(document, { extension: '.jsonld', taken }))).toEqual(['x.jsonld', expect.stringMatching(/^x-sha256-[0-9a-f]{16}\.jsonld$/)])
    expect([...taken]).toHaveLength(2)
  })
})

describe('a book', () => {
  it('has a title, contents linking to each document, and each document as a section', () => {
    const book = corpusToMarkdownBook([article('001_a.txt'), article('002_b.txt', 'Titre du jour\nLe texte suit ici.')], { title: 'Presse régionale' })
    expect(book).toBe(
      '# Presse régionale\n\n## Contents\n\n- [001\\_a.txt](#001_atxt)\n- [002\\_b.txt](#002_btxt)\n\n## 001\\_a.txt\n\nLe marché couvert rouvre le 3 mai après travaux.\n\n## 002\\_b.txt\n\n### Titre du jour\n\nLe texte suit ici.\n'
    )
  })
})

describe('options', () => {
  const document = parse('Titre du jour\nPartager\nLe texte suit ici.\nLes prochaines étapes du chantier', { file: '012_5f3a9c0e7b1d2468.txt' })
  it('leave out the block types asked, and set the subheading depth', () => {
    expect(document.children.map((block) => block.type)).toEqual(['heading', 'furniture', 'paragraph', 'fragment'])
    expect(toMarkdown(document, { frontmatter: false, omit: ['fragment'], headingDepth: 3 })).toBe('### Titre du jour\n\nLe texte suit ici.\n')
    expect(toMarkdown(document, { frontmatter: false })).toBe('## Titre du jour\n\nLe texte suit ici.\n\n***Les prochaines étapes du chantier***\n')
  })

  it('keep page furniture when asked, unless its type is omitted', () => {
    expect(toMarkdown(document, { frontmatter: false, keepFurniture: true })).toBe('## Titre du jour\n\n> *Partager*\n\nLe texte suit ici.\n\n***Les prochaines étapes du chantier***\n')
    expect(toMarkdown(document, { frontmatter: false, keepFurniture: true, omit: ['furniture'] })).toBe(toMarkdown(document, { frontmatter: false }))
  })
})

describe('corpusParse', () => {
  it('is a unified parser: raw article text in, Markdown out through remark-stringify', async () => {
    const file = await unified().use(corpusParse, { frontmatter: ['id'] }).use(remarkFrontmatter, ['yaml']).use(remarkStringify).process({ value: 'Le marché rouvre.', basename: '012_5f3a9c0e7b1d2468.txt' })
    expect(String(file)).toBe('---\nid: "doc-5f3a9c0e7b1d2468"\n---\n\nLe marché rouvre.\n')
  })
})
