// Documents made of given blocks, and texts that look like syntax to some Markdown reader: shared by the escaping tests of each reader.
import { parse, type Block, type Document } from '@corpus/core'

/** The block types, each written in a form of its own. */
export const BLOCK_FORMS = ['paragraph', 'heading', 'dateline', 'byline', 'boilerplate', 'furniture', 'fragment'] as const

/** Plain text that pandoc's default `markdown` reader takes for syntax, and CommonMark does not. */
export const PANDOC_TRICKY = [
  'C:\\dossier\\fichier.',
  'une barre\\ puis une espace',
  'de 5 $ à $10$ près',
  'H~2~O et 10^3^ et ~~barré~~ et un appel^[note]',
  'selon @franceinfo et [@doe, p. 3]',
  'a) premier point',
  '(b) deuxième point',
  'IV. Les enjeux',
  'MM. Dupont et Durand',
  'A.  deux espaces',
  'iv) quatre',
  '(@) exemple',
  '| bloc de lignes',
  ': définition',
  '::: div',
  '% titre',
  '+---+---+',
  'Titre {#ancre}',
  'Titre {-}'
]

/** Characters of random texts: Markdown syntax, pandoc's, letters, French punctuation. */
export const CHARACTERS = [...'#*_[]()<>`\\!&|+-=~:. aé«»\'"1', '$', '^', '@', '{', '}', '%', 'a)', 'iv.', 'M. ']

/** A document whose blocks are `values`, each of type `type` (positions are not read without annotations); write it with `keepFurniture` to see furniture. */
export function documentOf(values: readonly string[], type: (typeof BLOCK_FORMS)[number]): Document {
  const base = parse('Texte.', { file: '012_5f3a9c0e7b1d2468.txt' })
  const position = base.position
  const children = values.map((value): Block => {
    switch (type) {
      case 'heading':
        return { type, value, number: null, position }
      case 'dateline':
        return { type, value, dateline: { place: null, region: null, date: null, agency: null, raw: value }, position }
      case 'byline':
        return { type, value, byline: { author: value, date: null, raw: value }, position }
      case 'boilerplate':
        return { type, value, role: 'source', repost: null, position }
      case 'furniture':
        return { type, value, role: 'interface', date: null, position }
      default:
        return { type, value, position }
    }
  })
  return { ...base, children }
}
