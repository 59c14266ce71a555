import { fail } from './arguments.js'
import type { Document, Position } from './types.js'

/** A document's title: the article's own, or one devised for a catalogue. */
export interface Title {
  /** The title: as written, or, when devised, in square brackets (`[Le pont de Kalvo a rouvert…]`). */
  value: string
  /**
   * Whether it was devised: the text states no title, so the opening words of
   * the body stand for one, bracketed as archival description does (ISAD(G)
   * 3.1.2, DACS 2.3).
   */
  devised: boolean
  /** Where the stated title stands, or where the devised one's words come from. */
  position: Position
}

// A devised title takes this many words of the first sentence.
const DEVISED_WORDS = 12
const WORD = /\S+/g
// What ends a sentence or a clause: a line ending with one is running text, not a title.
const TERMINAL = /[.!?…:;,»"”)\]]$/u
// Words a cut title should not end on: it would read as broken off mid-phrase.
const DANGLING = new Set('à au aux d’ d\' de des du en et l’ l\' la le les ou par pour sa se ses son sur un une'.split(' '))

/**
 * The title of a document: its first block when that is a heading, or a lone
 * first line of at most 25 words with no closing punctuation followed by the
 * body; otherwise a devised title made of the first sentence's opening words.
 * Page furniture before the article is passed over.
 * `null` for a document with no text. Pure: the same document, the same title.
 */
export function documentTitle(document: Pick<Document, 'children' | 'sentences' | 'text'>): Title | null {
  if (typeof document !== 'object' || document === null || !Array.isArray(document.children) || !Array.isArray(document.sentences) || typeof document.text !== 'string') {
    fail('documentTitle', 'document', 'a document (with `children`, `sentences` and `text`)', document)
  }
  // Page furniture (`Accueil > Société`, `Partager`) stands around the article, not in it.
  const blocks = document.children.filter((block) => block.type !== 'furniture')
  const [first, second] = blocks
  if (!first) return null
  const line = first.value.trim()
  if (first.type === 'heading' || (second && first.type === 'paragraph' && !line.includes('\n') && !TERMINAL.test(line) && (line.match(WORD)?.length ?? 0) <= 25)) {
    return { value: line, devised: false, position: first.position }
  }
  const sentence = document.sentences.find((candidate) => candidate.position.start.offset >= first.position.start.offset)
  if (!sentence) return null
  const text = document.text.slice(sentence.position.start.offset, sentence.position.end.offset)
  const words = text.match(WORD) ?? []
  // Punctuation standing alone (`:`, `«`) is kept but not counted as a word.
  let count = 0
  const end = words.findIndex((word) => /[\p{L}\p{N}]/u.test(word) && ++count > DEVISED_WORDS)
  const cut = end !== -1
  const kept = cut ? words.slice(0, end) : words
  if (cut) while (kept.length > 1 && DANGLING.has((kept.at(-1) ?? '').toLowerCase())) kept.pop()
  const opening = kept.join(' ').replace(/[\s.!?…:;,]+$/u, '')
  return { value: `[${opening}${cut ? '…' : ''}]`, devised: true, position: sentence.position }
}
