import { countWords, toCodePointOffsets, type Block, type Document } from '@corpus/core'

/** A stretch of the document's text kept in the article's text: `start`, `end` in the document's text, `at` where it begins in `articleBody` (UTF-16 offsets). */
export interface Piece {
  start: number
  end: number
  at: number
}

/** The article's text (`articleBody`) and the stretches of the document's text it is made of, in order. */
export interface ArticleText {
  text: string
  pieces: readonly Piece[]
}

/**
 * The article's text, `articleBody`: from its first block to the end of its
 * last, without the ` date YYYY-MM ` header, which is metadata. Page furniture
 * (`Partager`, `Publié le …`, `Lire aussi : …`) is not the article's: each
 * furniture block is cut out with the line break after it, unless
 * `keepFurniture`, which keeps the whole stretch as written.
 */
export function articleText(document: Document, keepFurniture: boolean): ArticleText {
  const pieces = keptStretches(document.children, keepFurniture)
  let at = 0
  const placed = pieces.map(({ start, end }) => {
    const piece = { start, end, at }
    at += end - start
    return piece
  })
  return { text: pieces.map(({ start, end }) => document.text.slice(start, end)).join(''), pieces: placed }
}

/**
 * The stretches of text the article's text keeps, as `[start, end)` of the
 * document's text: each block kept with the white space up to the next block,
 * the last without it; adjacent stretches are merged.
 */
function keptStretches(blocks: readonly Block[], keepFurniture: boolean): Span[] {
  const kept = blocks.flatMap((block, index) => (keepFurniture || block.type !== 'furniture' ? [{ block, next: blocks[index + 1] }] : []))
  const spans: Span[] = []
  kept.forEach(({ block, next }, index) => {
    const start = block.position.start.offset
    // Up to the next block, so a cut furniture block takes only its own line break with it.
    const end = index === kept.length - 1 || !next ? block.position.end.offset : next.position.start.offset
    const previous = spans.at(-1)
    if (previous && previous.end === start) previous.end = end
    else spans.push({ start, end })
  })
  return spans
}

/** The words of the article's text, as `articleBody` holds it (the header prefix is metadata, not text). */
export function articleWords(document: Document, keepFurniture: boolean): number {
  return countWords(articleText(document, keepFurniture).text)
}

/**
 * Where `offset` of the document's text falls in the article's text: inside
 * a piece, at its place there; before the first, at 0; in a stretch cut out,
 * where the cut is (the end of the piece before it, where the next begins).
 */
export function bodyOffset(pieces: readonly Piece[], offset: number): number {
  const piece = lastPieceFrom(pieces, offset)
  if (!piece) return 0
  return piece.at + Math.min(offset, piece.end) - piece.start
}

/** The last piece that starts at or before `offset` (binary search: pieces are in order). */
function lastPieceFrom(pieces: readonly Piece[], offset: number): Piece | undefined {
  let low = 0
  let high = pieces.length - 1
  let found: Piece | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    const piece = pieces[middle]
    if (!piece) break
    if (piece.start <= offset) {
      found = piece
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** Whether `offset` of the document's text is in the article's text (not in a block cut out, nor before or after its blocks). */
export function inBody(pieces: readonly Piece[], offset: number): boolean {
  const piece = lastPieceFrom(pieces, offset)
  return piece !== undefined && offset < piece.end
}

/**
 * Whether a document is an article: it was read (no fatal diagnostic, such as
 * binary input) and holds at least one block. An empty file is not.
 */
export function isArticle(document: Document): boolean {
  return document.children.length > 0 && !document.diagnostics.some((diagnostic) => diagnostic.fatal)
}

/**
 * Whether a document's bytes were not read as text (binary input): its
 * `source.encoding` is `null`. Its record says only what is known of a file of
 * bytes, and no text encoding.
 */
export function isBinary(document: Document): boolean {
  return document.source.encoding === null
}

/** The media type of a file of bytes whose format is not told (RFC 2046). */
export const BYTES = 'application/octet-stream'

// Characters of context on each side of a TextQuoteSelector, as annotation tools take them.
const CONTEXT = 32

/** A span of the text in UTF-16 offsets. */
export interface Span {
  start: number
  end: number
}

/** A text selection in code points (`start`, `end`) with its exact text and context. */
export interface Selection {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

/**
 * Selections of spans of `text` (the decoded source, `articleBody`): offsets
 * in code points, as W3C selectors count them. Every offset is converted in
 * one pass over the text, in ascending order, whatever the order and nesting
 * of the spans.
 */
export function selections(text: string, spans: readonly Span[]): Selection[] {
  const offsets = new Array<number>(spans.length * 2)
  spans.forEach((span, index) => {
    offsets[index * 2] = span.start
    offsets[index * 2 + 1] = span.end
  })
  const points = toCodePointOffsets(text, offsets)
  return spans.map(({ start, end }, index) => ({
    start: points[index * 2] ?? 0,
    end: points[index * 2 + 1] ?? 0,
    exact: text.slice(start, end),
    prefix: text.slice(codePointsBack(text, start, CONTEXT), start),
    suffix: text.slice(end, codePointsOn(text, end, CONTEXT))
  }))
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The offset `count` code points before `at` (or 0), a surrogate pair counting as one. */
function codePointsBack(text: string, at: number, count: number): number {
  let offset = at
  for (let n = 0; n < count && offset > 0; n++) offset -= offset > 1 && isLow(text.charCodeAt(offset - 1)) && isHigh(text.charCodeAt(offset - 2)) ? 2 : 1
  return offset
}

/** The offset `count` code points after `at` (or the end), a surrogate pair counting as one. */
function codePointsOn(text: string, at: number, count: number): number {
  let offset = at
  for (let n = 0; n < count && offset < text.length; n++) offset += isHigh(text.charCodeAt(offset)) && isLow(text.charCodeAt(offset + 1)) ? 2 : 1
  return offset
}
