/** Property tests: whatever the input, the parser does not throw and the document holds its invariants. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse, toCodePointOffset, toUtf8Offset } from '../src/index.js'
import { assertDocument } from './assert-document.js'

// Pieces that trigger every rule, glued at random into article-shaped text.
const PIECES = [
  'Le ministre', 'a déclaré', 'que', 'la région', 'Haut-Karabakh', 'M.', 'Mme', 'J.-P.', 'Durand', 'St',
  '.', '. ', '?', ' !', '…', ',', ' ,', ' :', ';', ' -', '- ', '-', '—', '«', '»', '« ', ' »', '“', '”', '"',
  '\n', '\n', '\n\n', '\n\n\n\n', '\r\n', '\r', '\t', ' ', ' ', ' ', '\u00a0', '\u202f', '\ufeff',
  ' date 2023-09 ', 'date 2021 ', '27 septembre 2020', 'lundi 28 septembre 2020', 'mardi 28 septembre 2020',
  '1er octobre', '24 mai', '25 MAI', '31 février', 'en 1991', '1500 soldats', '30 000', 'septembre 2020',
  'STEPANAKERT, 25 MAI, AGENCE :', 'EREVAN, 3 JUIN, AGENCE. ', 'PARIS (AFP) - ', 'VILLE, Pays — ',
  'par Claire Dumont le samedi 30 septembre 2023', 'Claire Dumont', 'Source : Agence Nord', '© exemple.fr 2023',
  '1- Face aux défis', 'Que va-t-il se passer ?', 'cessez-le- feu', 'Haut -Karabakh', 'l’armée', "l'armée",
  'e\u0301', '😀', 'É',
  // Cues that attribute a quotation.
  ', a-t-il ajouté', ', explique-t-elle', 'a affirmé :', 'selon lui', 'Selon Paul Verdier,', 'Le maire :', '— Marie Dupont :', ', estime', "s'est indignée", '« Non »'
]

const articleLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(' ').replace(/ (?=[\n\r])/g, ''))

describe('parse, on any input', () => {
  it('never throws on any string, and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        assertDocument(parse(text))
      }),
      { numRuns: 300 }
    )
  })

  it('never throws on any bytes, and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const document = parse(bytes)
        assertDocument(document)
        expect(document.source.byteLength).toBe(bytes.byteLength)
      }),
      { numRuns: 300 }
    )
  })

  it('keeps its invariants on article-shaped text', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        assertDocument(parse(text))
      }),
      { numRuns: 600 }
    )
  })

  it('reads the same text from UTF-8, UTF-8 with BOM, and UTF-16 with BOM', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const utf8 = new TextEncoder().encode(text)
        const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
        const utf16le = new Uint8Array(2 + text.length * 2)
        const utf16be = new Uint8Array(2 + text.length * 2)
        utf16le.set([0xff, 0xfe])
        utf16be.set([0xfe, 0xff])
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i)
          utf16le.set([code & 0xff, code >> 8], 2 + i * 2)
          utf16be.set([code >> 8, code & 0xff], 2 + i * 2)
        }
        const expected = parse(withBom).children
        // Without a byte order mark, a text that starts with U+FEFF loses it as one.
        if (!text.startsWith('\ufeff')) expect(parse(utf8).children).toEqual(expected)
        for (const bytes of [withBom, utf16le, utf16be]) {
          const document = parse(bytes)
          expect(document.text).toBe(text)
          expect(document.source.bom).toBe(true)
          expect(document.children).toEqual(expected)
        }
      }),
      { numRuns: 200 }
    )
  })

  it('attributes a quote to the name after its verb of saying, and never an empty one', () => {
    const words = fc.array(fc.constantFrom('nous', 'verrons', 'bien', 'le', 'budget', 'est', 'tenu', 'jamais', 'école'), { minLength: 1, maxLength: 8 })
    const names = fc.constantFrom('Paul Verdier', 'Mme Anne Riou', 'le porte-parole du ministère', 'une habitante')
    const verbs = fc.constantFrom('a déclaré', 'a affirmé', 'estime', 'a ajouté', 'précise')
    const blank = fc.constantFrom('', ' ', '\u00a0', '  ')
    fc.assert(
      fc.property(words, names, verbs, blank, (said, name, verb, space) => {
        const spoken = parse(`« ${said.join(' ')} », ${verb} ${name}.`, { detectLanguage: false })
        expect(spoken.quotes[0]?.speaker?.text).toBe(name)
        const empty = parse(`«${space}», ${verb} ${name}.`, { detectLanguage: false })
        expect(empty.quotes.map((quote) => quote.speaker)).toEqual([null])
      }),
      { numRuns: 200 }
    )
  })

  it('converts offsets to code points and UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(toCodePointOffset(text, text.length)).toBe([...text].length)
        expect(toUtf8Offset(text, text.length)).toBe(new TextEncoder().encode(text).length)
      })
    )
  })
})
