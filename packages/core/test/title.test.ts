import { describe, expect, it } from 'vitest'
import { documentTitle, parse } from '../src/index.js'

describe('documentTitle', () => {
  it('takes a first heading as the title, as written', () => {
    const document = parse(' date 2024-03 Le pont de Lurcy rouvre enfin\n\nLes travaux ont duré huit mois. La circulation reprend lundi.\n')
    expect(documentTitle(document)).toEqual({ value: 'Le pont de Lurcy rouvre enfin', devised: false, position: document.children[0]?.position })
  })

  it('takes a lone long first line with no closing punctuation, followed by the body', () => {
    const line = 'Dans la vallée de la Sorne les éleveurs de brebis attendent toujours les aides promises après la sécheresse du dernier été'
    const document = parse(`${line}\nLes éleveurs se sont réunis mardi à la mairie. Ils demandent un calendrier.\n`)
    expect(documentTitle(document)).toMatchObject({ value: line, devised: false })
  })

  it('devises a bracketed title from the first sentence when the text states none', () => {
    const document = parse(' date 2024-03 Le conseil municipal de Lurcy a voté mardi soir le budget de la commune pour les deux prochaines années. Il reste serré.\n')
    expect(documentTitle(document)).toEqual({
      value: '[Le conseil municipal de Lurcy a voté mardi soir le budget…]',
      devised: true,
      position: document.sentences[0]?.position
    })
  })

  it('keeps a short first sentence whole, without its final stop', () => {
    expect(documentTitle(parse('La séance est levée.'))?.value).toBe('[La séance est levée]')
  })

  it('passes over the page furniture before the article', () => {
    const titled = parse('Accueil > Société > Éducation\nLa rentrée des classes se prépare à Lurcy\nLes écoles ouvrent lundi. Les parents sont prêts.\n')
    expect(titled.children.map((block) => block.type)).toEqual(['furniture', 'heading', 'paragraph'])
    expect(documentTitle(titled)).toEqual({ value: 'La rentrée des classes se prépare à Lurcy', devised: false, position: titled.children[1]?.position })
    const untitled = parse('Partager\nLes écoles de Lurcy ouvrent lundi, dit le maire. Les parents sont prêts.\n')
    expect(untitled.children.map((block) => block.type)).toEqual(['furniture', 'paragraph'])
    expect(documentTitle(untitled)).toEqual({ value: '[Les écoles de Lurcy ouvrent lundi, dit le maire]', devised: true, position: untitled.sentences[1]?.position })
    expect(documentTitle(parse('Partager\n'))).toBeNull()
  })

  it('is null for a document with no text', () => {
    expect(documentTitle(parse(''))).toBeNull()
    expect(documentTitle(parse(' date 2024-03 '))).toBeNull()
  })

  it('refuses what is not a document', () => {
    expect(() => documentTitle(null as never)).toThrow(new TypeError('documentTitle: `document` must be a document (with `children`, `sentences` and `text`), got null'))
  })
})
