// Generated articles for the annotated round trip: quotes (nested, with and without spaces inside their marks), dates, names and punctuation-heavy text, in every block form, page furniture too.
import fc from 'fast-check'

const words = fc.constantFrom('le', 'maire', 'a', 'dit', 'marché', 'rouvre', 'chantier', 'été', 'É', 'x', '42', '1991', 'l’État', 'aujourd’hui', 'rue', 'Nantes', 'RENNES')
const names = fc.constantFrom('M. Jean Dupont', 'Mme Claire Martin', 'Dupont', 'le préfet Paul Durand', 'Marie-Anne Le Goff')
const dates = fc.constantFrom('le 3 mai 2024', 'lundi 28 septembre 2020', 'en 1991', '14 MARS', 'le 1er janvier', 'du 2 au 5 juin 2023', '3/04/2022')
// Punctuation of every kind, Markdown syntax included, next to which emphasis and links behave differently.
const punctuation = fc.constantFrom(...'.,;:!?…()[]{}-—–*_`#>&<\'’/\\|~+=%$@^'.split(''), '...', '?!', ' - ', '**', '__', '[x](y)')
const spaces = fc.constantFrom(' ', ' ', ' ', '\u00a0', '\u202f', '')

/** How a quotation is marked: its marks and the space inside them. */
const marks = fc.tuple(fc.constantFrom(['«', '»'], ['“', '”'], ['"', '"'], ['‹', '›']), fc.constantFrom('', ' ', '\u00a0', '\u202f'))

/** Text of a block: words, names, dates, punctuation and quotations, nested up to three deep. */
const { text } = fc.letrec<{ text: string; piece: string; quote: string }>((tie) => ({
  text: fc.array(fc.tuple(tie('piece'), spaces), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([piece, space]) => piece + space).join('').trim()),
  piece: fc.oneof({ depthSize: 'small', maxDepth: 3, withCrossShrink: true }, words, names, dates, punctuation, tie('quote')),
  quote: fc.tuple(marks, tie('text')).map(([[[open, close], space], inside]) => open + space + inside + space + close)
}))

/** A block's line (or lines) in the forms the parser recognises. */
const block = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.tuple(text, text).map(([a, b]) => `${a}\n${b}`) },
  { weight: 1, arbitrary: text.map((value) => `- ${value}`) },
  { weight: 1, arbitrary: text.map((value) => `par ${value}`) },
  { weight: 1, arbitrary: fc.constantFrom('PARIS, 3 mars 2024 (AFP) -', 'RENNES, 14 MARS, OUEST-AGENCE :', '© exemple.fr 2023', 'Lire aussi', 'Source : AFP') },
  // Page furniture: a publication line, buttons, an advertising label, a link to another article that may hold quotes.
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom('Publié le 30/10/2023 à 14h24', 'Partager', 'Publicité', 'Rédactrice', 'Lecture 4 min'), text.map((value) => `Lire aussi : ${value}`)) }
)

/** A raw article: an optional header, then blocks separated by blank lines or single line breaks. */
export const articles = fc
  .tuple(fc.constantFrom('', ' date 2024-03 '), fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n')), { minLength: 1, maxLength: 4 }))
  .map(([header, blocks]) => (header === '' ? '' : `${header}\n`) + blocks.map(([value, separator]) => value + separator).join(''))
