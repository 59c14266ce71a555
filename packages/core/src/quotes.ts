import { isDigit, isSpaceCode, skipSpace, trimEnd } from './characters.js'
import { countBelow, type Span } from './lines.js'

/** A quotation found in one block, before positions are attached. */
export interface RawQuote extends Span {
  open: string
  close: string
  inner: Span
}

/**
 * A mark with no partner, packed in one number: twice its index, plus one for
 * an opening mark left unclosed (none for a closing mark that nothing opens).
 * A flood of marks (3 MB of `"`) then costs a number each, not an object.
 */
export type StrayMark = number

const stray = (index: number, unclosed: boolean): StrayMark => index * 2 + (unclosed ? 1 : 0)
/** The index of a stray mark in the block's text. */
export const strayIndex = (mark: StrayMark): number => Math.floor(mark / 2)
/** Whether a stray mark opens a quote that nothing closes (else it closes one that nothing opens). */
export const isUnclosed = (mark: StrayMark): boolean => mark % 2 === 1

const CLOSING_OF: Readonly<Record<string, string>> = { '»': '«', '”': '“', '›': '‹' }
/** The opening mark of the other kind a closing mark may close, in text copied across typographies (`« … ”`, `“ … »`). */
const MIXED_OF: Readonly<Record<string, string>> = { '»': '“', '”': '«' }
const CLOSING: Readonly<Record<string, string>> = { '«': '»', '“': '”', '‹': '›', '"': '"' }

/** Whether `open` … `close` pairs marks of two kinds (`« … ”`, `“ … »`). */
export const isMixed = (open: string, close: string): boolean => MIXED_OF[close] === open

/** The closing mark that goes with an opening one (`«` → `»`), or `undefined` for a mark that opens nothing. */
export const closingOf = (open: string): string | undefined => CLOSING[open]

/** What {@link quotes} finds in a block. */
export interface BlockQuotes<T> {
  quotes: T[]
  stray: StrayMark[]
  /** The index of the innermost mark still open when the block ends (one of `stray`), or -1. */
  left: number
}

/**
 * Pairs quotation marks inside a block's text (offsets relative to the block). Quotes never cross a
 * block: a mark left open at the end is reported, not paired with a mark of a
 * later paragraph. Each quotation found is handed to `make`, and what it gives
 * is listed in text order (no list of raw quotations in between: half a million
 * of them are common enough in hostile input). A closing mark with no partner
 * of its kind closes an open mark of the other kind (`« … ”`), unless a later
 * closing mark of the right kind is left over to close it.
 */
export function quotes<T>(text: string, marks: readonly number[], make: (quote: RawQuote) => T): BlockQuotes<T> {
  const found: T[] = []
  const strays: StrayMark[] = []
  if (marks.length === 0) return { quotes: found, stray: strays, left: -1 }
  // Each open mark, with how many quotes were found before it opened.
  const open: Array<{ index: number; mark: string; before: number }> = []
  // Open straight quotes, counted so a `"` is judged in constant time.
  let straight = 0
  const after = countsAfter(text, marks)
  for (let i = 0; i < marks.length; i++) {
    const index = marks[i] ?? 0
    const mark = text.charAt(index)
    // `12"`: after a digit, with no straight quote open, inches or seconds, not a quotation mark.
    if (mark === '"' && straight === 0 && isDigit(text.charCodeAt(index - 1))) continue
    // The opening mark this one closes; `undefined` when it opens a quote itself.
    const closes = mark === '"' ? (straight > 0 || !opensStraight(text, index) ? '"' : undefined) : CLOSING_OF[mark]
    if (closes === undefined) {
      // Nesting deeper than this is noise, not quotation: such marks are left unpaired.
      if (open.length >= MAX_DEPTH) continue
      open.push({ index, mark, before: found.length })
      if (mark === '"') straight++
      continue
    }
    const at = partnerOf(open, mark, closes, (other) => leftOver(other, (counted) => after(i, counted)))
    if (at < 0) {
      strays.push(stray(index, false))
      continue
    }
    const entry = open[at]
    if (!entry) continue
    // Marks opened inside this quote and never closed are reported.
    for (let k = at; k < open.length; k++) {
      const gone = open[k]
      if (gone === undefined) continue
      if (k > at) strays.push(stray(gone.index, true))
      if (gone.mark === '"') straight--
    }
    open.length = at
    const innerStart = skipSpace(text, entry.index + 1, index)
    const quote = make({ start: entry.index, end: index + 1, open: entry.mark, close: mark, inner: { start: innerStart, end: trimEnd(text, innerStart, index) } })
    // Quotes are found as they close: those found since this one opened stand inside it, so it goes before them.
    if (entry.before === found.length) found.push(quote)
    else found.splice(entry.before, 0, quote)
  }
  for (const entry of open) strays.push(stray(entry.index, true))
  // Marks are reported as they are given up: put them in text order.
  if (!ascending(strays)) strays.sort((a, b) => a - b)
  return { quotes: found, stray: strays, left: open[open.length - 1]?.index ?? -1 }
}

/**
 * Where in `open` the mark that the closing `mark` closes stands, or -1: the
 * nearest of its kind (`closes`), else the nearest of the other kind
 * (`« … ”`), unless `closedLater` says a mark of the right kind to come is
 * left over to close that one (`« … 55” … »`).
 */
function partnerOf(open: ReadonlyArray<{ mark: string }>, mark: string, closes: string, closedLater: (other: string) => boolean): number {
  const at = findLast(open, closes)
  const other = MIXED_OF[mark]
  if (at >= 0 || other === undefined) return at
  const mixed = findLast(open, other)
  return mixed >= 0 && !closedLater(other) ? mixed : -1
}

/**
 * Whether closing marks of the kind that goes with `open` are to come beyond
 * those the marks to come will take: the opening marks of that kind, and the
 * opening marks of the other kind that their own closing marks will not close
 * (`« oui ” et “ non »`: the `»` goes to the `“`, so the `”` closes the `«`).
 * `later` counts a mark among the marks to come.
 */
function leftOver(open: string, later: (mark: string) => number): boolean {
  const close = closingOf(open) ?? ''
  const other = MIXED_OF[close] ?? ''
  return later(close) > later(open) + Math.max(0, later(other) - later(closingOf(other) ?? ''))
}

/**
 * How many of the marks after `marks[i]` are `mark`: counted on the first call
 * only (most blocks never ask), then kept up to date as `i` grows, so a block
 * costs one more pass over its marks at most.
 */
function countsAfter(text: string, marks: readonly number[]): (i: number, mark: string) => number {
  const counts = new Map<string, number>()
  let at = -1
  const add = (k: number, by: number) => {
    const mark = text.charAt(marks[k] ?? 0)
    counts.set(mark, (counts.get(mark) ?? 0) + by)
  }
  return (i, mark) => {
    if (at < 0) for (let k = i + 1; k < marks.length; k++) add(k, 1)
    else while (at < i) add(++at, -1)
    at = i
    return counts.get(mark) ?? 0
  }
}

// Quotes nest at most this deep: a flood of marks stays linear, and no quote
// holds thousands of others.
const MAX_DEPTH = 32

/** Whether `list` is in ascending order already (the common case: no sort needed). */
function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i] ?? 0) < (list[i - 1] ?? 0)) return false
  return true
}

function findLast(open: ReadonlyArray<{ mark: string }>, mark: string): number {
  for (let i = open.length - 1; i >= 0; i--) if (open[i]?.mark === mark) return i
  return -1
}

/**
 * The offset of the closing mark, in one of `blocks` (spans of the text, in
 * order, after the block where `open` was left open), that closes the
 * quotation `open` left open: the first quotation mark of those blocks, when
 * it is a closing mark that goes with `open` (or a mark of the other kind,
 * `« … ”`); -1 when an opening mark comes first, or none. A quotation copied
 * from the web often runs over paragraphs without the `«` that reopens each.
 * `marks` are the text's, ascending: a binary search finds the first.
 */
export function closingLater(text: string, marks: readonly number[], open: string, blocks: readonly Span[]): number {
  const first = blocks[0]
  if (first === undefined) return -1
  let i = countBelow(marks, first.start)
  for (const block of blocks) {
    while (i < marks.length && (marks[i] ?? 0) < block.start) i++
    for (; i < marks.length && (marks[i] ?? 0) < block.end; i++) {
      const index = marks[i] ?? 0
      const mark = text.charAt(index)
      // As in `quotes`: no straight quote is open yet, so `12"` is no quotation mark.
      if (mark === '"' && isDigit(text.charCodeAt(index - 1))) continue
      const closes = mark === '"' ? (opensStraight(text, index, block.start) ? undefined : '"') : CLOSING_OF[mark]
      return closes === open || MIXED_OF[mark] === open ? index : -1
    }
  }
  return -1
}

/**
 * A straight `"` opens when it stands at the start, or after white space, an
 * opening bracket or mark, a colon (`a dit :"Non"`) or a dash, and text follows.
 */
function opensStraight(text: string, index: number, start = 0): boolean {
  const before = index > start ? text.charCodeAt(index - 1) : 0x20
  const after = index + 1 < text.length ? text.charCodeAt(index + 1) : 0x20
  return (isSpaceCode(before) || isBeforeOpening(before)) && !isSpaceCode(after)
}

/** `(`, `[`, `«`, `“`, `:`, `—`, `–`: what an opening straight quote may follow without a space. */
const isBeforeOpening = (code: number) =>
  code === 0x28 || code === 0x5b || code === 0xab || code === 0x201c || code === 0x3a || code === 0x2014 || code === 0x2013

const CLOSING_MARK: Readonly<Record<string, string>> = { '«': '»', '“': '”' }

/**
 * The opening quotation mark (`«`, `“`) that starts `text` when the quotation
 * it opens runs to the text's end, open or closed there: how French typography
 * goes on with a quotation over paragraphs (`« Un.⏎« Deux. »`). A quotation
 * closed inside the text is a new one.
 */
export function reopenedMark(text: string): string | null {
  const open = text.charAt(0)
  const close = CLOSING_MARK[open]
  if (close === undefined) return null
  let depth = 1
  for (let i = 1; i < text.length; i++) {
    const mark = text.charAt(i)
    if (mark === open) depth++
    else if (mark === close && --depth === 0) return /^[\s.,;:!?…]*$/u.test(text.slice(i + 1)) ? open : null
  }
  return open
}
