import { isBoilerplate } from './boilerplate.js'
import { byline, nameAlone, signature, type BylineMatch, type SignatureMatch } from './byline.js'
import { furniture, type FurnitureMatch } from './furniture.js'
import { leadingDateline, wholeDateline, type DatelineMatch } from './dateline.js'
import { isDigit, isUpper, skipSpace } from './characters.js'
import { terminalsOf } from './marks.js'
import { sentences } from './sentences.js'
import type { Span } from './lines.js'
import type { BlockType } from './types.js'
import { endsTerminal, headingNumber, isTerminalCode, lastSignificantCode, listMarker, wordCount } from './shape.js'

/**
 * A block before positions are attached: its kind, its span, and what its kind
 * needs. What only some kinds have is left out, not `null`: a file may hold a
 * million blocks, all alive at once while their nodes are made.
 */
export interface RawBlock extends Span {
  type: BlockType
  number?: number | null
  marker?: string
  role?: 'source' | 'copyright' | 'repost'
  dateline?: DatelineMatch
  byline?: BylineMatch
  repost?: SignatureMatch
  furniture?: FurnitureMatch
}

type Details = Pick<RawBlock, 'marker' | 'role' | 'dateline' | 'byline' | 'repost' | 'furniture'>

const raw = (type: BlockType, start: number, end: number, details?: Details): RawBlock => (details === undefined ? { type, start, end } : { type, start, end, ...details })

const MAX_HEADING_WORDS = 15
// A title, the first line of the article, may be longer than a subheading.
const MAX_TITLE_WORDS = 25
const MAX_TITLE_LENGTH = 250
const MAX_QUESTION_HEADING_WORDS = 12
const MAX_FRAGMENT_WORDS = 8
const MAX_FRAGMENT_LENGTH = 160

/** Gives each unit its block kind, splitting off a dateline that opens the first paragraph. */
export function classify(text: string, spans: readonly Span[]): RawBlock[] {
  const found: RawBlock[] = []
  for (const span of spans) found.push(metaBlock(text, span) ?? raw('paragraph', span.start, span.end))
  keepEdgesOnly(text, found)
  // Split first: `PARIS (AFP) - Grève à la SNCF` is a dateline and a line of text, not a scrap.
  const blocks = splitLeadingDateline(text, found)
  // A name alone beside page furniture is the author's (`Claire Vidal` above `Rédactrice`).
  for (const [index, block] of blocks.entries()) {
    const alone = block.type === 'paragraph' && besideFurniture(blocks, index) ? nameAlone(text.slice(block.start, block.end)) : null
    if (alone) {
      block.type = 'byline'
      block.byline = alone
    }
  }

  // The last block of running text: what comes after it is only credits.
  let last = blocks.length - 1
  while (last >= 0 && blocks[last]?.type !== 'paragraph' && blocks[last]?.type !== 'listItem') last--

  const title = blocks.findIndex((block) => block.type === 'paragraph' || block.type === 'listItem')
  for (let index = 0; index <= last; index++) {
    const block = blocks[index]
    if (block?.type !== 'paragraph') continue
    const value = text.slice(block.start, block.end)
    if (index === last) {
      const alone = nameAlone(value)
      if (alone) {
        block.type = 'byline'
        block.byline = alone
      } else if (isFragment(value)) block.type = 'fragment'
    } else if (isHeading(value) || (index === title && isLongTitle(value))) {
      block.type = 'heading'
      block.number = headingNumber(value)
    }
  }
  return blocks
}

// `Genève, le 29 janvier 2025`: a place and a day, which date a letter or a release at its top or foot.
const PLACE_AND_DAY = /^[^,\n]{1,60},\s*le\s/u

/**
 * Lines that date the page only where a page puts them, before the article's
 * text or after it: a date or a year alone (the only one in the file: several
 * head a timeline's entries) and a place and a day. Between paragraphs they
 * are article text (`Samedi 21 juin 2025` over an agenda, `Concert, le samedi
 * 12 avril 2025`), and date nothing.
 */
function keepEdgesOnly(text: string, blocks: RawBlock[]): void {
  const first = blocks.findIndex((block) => block.type === 'paragraph')
  let last = blocks.length - 1
  while (last >= 0 && blocks[last]?.type !== 'paragraph') last--
  const lone = blocks.filter((block) => block.furniture?.lone).length
  for (const [index, block] of blocks.entries()) {
    const inside = index > first && index < last
    const misplaced = block.furniture?.lone
      ? inside || lone > 1
      : block.type === 'dateline' && inside && PLACE_AND_DAY.test(text.slice(block.start, block.end))
    if (!misplaced) continue
    block.type = 'paragraph'
    delete block.furniture
    delete block.dateline
  }
}

/** Whether the block before or after the one at `index` is an author's role or a publication line, which a byline stands beside. */
function besideFurniture(blocks: readonly RawBlock[], index: number): boolean {
  const signs = (block: RawBlock | undefined) => block?.type === 'furniture' && (block.furniture?.role === 'author' || (block.furniture?.role === 'publication' && block.furniture.lone !== true))
  return signs(blocks[index - 1]) || signs(blocks[index + 1])
}

/** The article's first line as a title: up to 25 words on one line, with no closing punctuation and no sentence boundary. */
function isLongTitle(value: string): boolean {
  if (value.length > MAX_TITLE_LENGTH || !startsHeading(value.charCodeAt(0)) || value.includes('\n') || value.includes('\r')) return false
  const last = lastSignificantCode(value)
  if (isTerminalCode(last) || last === 0x2c) return false
  return wordCount(value, MAX_TITLE_WORDS) <= MAX_TITLE_WORDS && sentences(value, terminalsOf(value)).length <= 1
}

/** Blocks recognised by their own shape, wherever they stand. */
function metaBlock(text: string, span: Span): RawBlock | null {
  const value = text.slice(span.start, span.end)
  const marker = listMarker(value)
  if (marker !== null) return raw('listItem', span.start, span.end, { marker })
  const role = isBoilerplate(value)
  if (role !== null) return raw('boilerplate', span.start, span.end, { role })
  const author = byline(value)
  if (author) return raw('byline', span.start, span.end, { byline: author })
  const dateline = wholeDateline(value)
  if (dateline) return raw('dateline', span.start, span.end, { dateline })
  const signed = signature(value)
  if (signed) {
    // A signature that credits a source signs a repost; a name and a day alone sign the article.
    if (signed.source !== null) return raw('boilerplate', span.start, span.end, { role: 'repost', repost: signed })
    return raw('byline', span.start, span.end, { byline: { author: signed.author, date: signed.date } })
  }
  const piece = furniture(value)
  if (piece) return raw('furniture', span.start, span.end, { furniture: piece })
  return null
}

/** A short single line with no closing punctuation (or a short question), followed by more text. */
function isHeading(value: string): boolean {
  if (value.length > 120 || !startsHeading(value.charCodeAt(0))) return false
  // The last character first: most lines end as sentences do, and neither line breaks nor words need be looked for.
  const last = lastSignificantCode(value)
  const question = last === 0x3f || last === 0x21
  if ((!question && (isTerminalCode(last) || last === 0x2c)) || value.includes('\n') || value.includes('\r')) return false
  const fits = wordCount(value, MAX_HEADING_WORDS) <= (question ? MAX_QUESTION_HEADING_WORDS : MAX_HEADING_WORDS)
  // More than one sentence means running text (`M. Dupont`, `1. Le contexte` are one).
  return fits && sentences(value, terminalsOf(value)).length <= 1
}

/** A capital, a digit or an opening quotation mark (`«`, `“`, `"`, `‹`). */
const startsHeading = (code: number) => isUpper(code) || isDigit(code) || code === 0xab || code === 0x201c || code === 0x22 || code === 0x2039

/** A short last scrap that does not end as a sentence does. */
function isFragment(value: string): boolean {
  // A scrap of a few words is short: longer text is not counted word by word.
  return value.length <= MAX_FRAGMENT_LENGTH && !endsTerminal(value) && wordCount(value, MAX_FRAGMENT_WORDS) <= MAX_FRAGMENT_WORDS
}

function valueOf(text: string, span: Span | undefined): string {
  return span ? text.slice(span.start, span.end) : ''
}

/** `PARIS, 3 juin (AFP) - Le texte…` gives a dateline block and a paragraph. */
function splitLeadingDateline(text: string, blocks: RawBlock[]): RawBlock[] {
  let index = blocks.findIndex((block) => block.type !== 'byline' && block.type !== 'boilerplate' && block.type !== 'furniture')
  if (index < 0) return blocks
  // A title, and maybe a subtitle, may stand before the paragraph the dateline opens.
  for (let titles = 0; titles <= MAX_TITLES; titles++, index++) {
    const block = blocks[index]
    if (block?.type !== 'paragraph') return blocks
    const value = valueOf(text, block)
    const dateline = leadingDateline(value)
    if (dateline) {
      const end = block.start + dateline.length
      const rest = raw('paragraph', skipSpace(text, end, block.end), block.end)
      return [...blocks.slice(0, index), raw('dateline', block.start, end, { dateline }), rest, ...blocks.slice(index + 1)]
    }
    if (!isTitle(value)) return blocks
  }
  return blocks
}

// How many title lines (a title, a subtitle) may stand before a leading dateline.
const MAX_TITLES = 2

/** A title or subtitle: a heading, or one short sentence (`Le Karabakh se vide.`). */
function isTitle(value: string): boolean {
  return isHeading(value) || (wordCount(value, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS && sentences(value, terminalsOf(value)).length === 1)
}
