import { countWords, toCodePointOffsets, type Document } from '@corpus/core'

/**
 * The words of the article: those of its blocks, from the first to the end of
 * the last (the header prefix is metadata, not text).
 */
export function articleWords(document: Document): number {
  const first = document.children[0]
  const last = document.children.at(-1)
  return first && last ? countWords(document.text, first.position.start.offset, last.position.end.offset) : 0
}

/**
 * The article's text, `articleBody`: from its first block to the end of its
 * last, without the ` date YYYY-MM ` header, which is metadata; `start` is
 * where it begins in the document's text (UTF-16 offset).
 */
export function articleBody(document: Document): { text: string; start: number } {
  const first = document.children[0]
  const last = document.children.at(-1)
  if (!first || !last) return { text: '', start: 0 }
  return { text: document.text.slice(first.position.start.offset, last.position.end.offset), start: first.position.start.offset }
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
