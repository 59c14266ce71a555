import { documentTitle, type ArticleDate, type Block, type BlockType, type Document, type FurnitureRole, type Severity } from '@corpus/core'
import { plural } from './plural.js'
import type { Highlight, Segment } from './segments.js'

/** How many diagnostics the page lists; the exports hold them all. */
export const DIAGNOSTICS_SHOWN = 1000

/** How many segments one page of blocks holds, so that a page of any document renders at once. */
export const PAGE_SEGMENTS = 3000

/** One diagnostic as the page lists it. */
export interface DiagnosticView {
  /** `file:line:column`, or the file name for a whole-file problem. */
  place: string
  severity: Severity
  message: string
  ruleId: string
  /** Its index in the document's diagnostics: its marks have the class `d<index>`. */
  index: number
  /** The block its marks stand in, or `null` when it has no position. */
  block: number | null
}

/** What the page shows of a document at once: its facts, how many blocks, its annotations and diagnostics, the first diagnostics. */
export interface DocumentView {
  facts: [string, string][]
  blocks: number
  /** How many quotations and dates it holds. */
  quotes: number
  dates: number
  diagnostics: DiagnosticView[]
  /** How many diagnostics there are in all. */
  diagnosticCount: number
}

/** A stretch of text and the classes of the annotations over it. */
export interface TextPiece {
  text: string
  classes: string[]
}

/** Segments of one block: all of them, or those of one page when the block runs over pages. */
export interface BlockPiece {
  block: number
  type: BlockType
  /** What a line of page furniture is on the page (`publication`, `interface`…); `null` for the other blocks. */
  role: FurnitureRole | null
  segments: TextPiece[]
}

/** Where a page of blocks starts: a block, and a segment in it. */
export interface Cursor {
  block: number
  segment: number
}

/** One page of blocks, and where the next starts (`null` after the last). */
export interface BlocksPage {
  pieces: BlockPiece[]
  next: Cursor | null
}

/** The spans to highlight: quotations, dates, names by kind, and the diagnostics' spans (at least one character each, to be seen). */
export function highlights(doc: Document): Highlight[] {
  const spans: Highlight[] = []
  for (const quote of doc.quotes) spans.push({ start: quote.position.start.offset, end: quote.position.end.offset, className: 'quote' })
  for (const date of doc.dates) spans.push({ start: date.position.start.offset, end: date.position.end.offset, className: 'date' })
  for (const mention of doc.mentions) spans.push({ start: mention.position.start.offset, end: mention.position.end.offset, className: mention.kind })
  doc.diagnostics.forEach(({ position }, index) => {
    if (position) spans.push({ start: position.start.offset, end: Math.max(position.end.offset, position.start.offset + 1), className: `diagnostic d${index}` })
  })
  return spans
}

/** The facts, the block count and the first diagnostics of a document read from the file `name`. */
export function documentView(name: string, doc: Document): DocumentView {
  const title = documentTitle(doc)
  const facts: [string, string][] = [
    ['Title', title ? `${title.value}${title.devised ? ' (devised)' : ''}` : '—'],
    ['Language', doc.language ?? 'unknown'],
    ['Date', doc.date ? `${doc.date.date} (${doc.date.precision}, from ${DATE_SOURCES[doc.date.source]})` : 'none stated'],
    ['Dateline', doc.dateline?.raw ?? '—'],
    ['Byline', doc.byline?.author ?? '—'],
    ['Counts', [plural(doc.children.length, 'block'), plural(doc.sentences.length, 'sentence'), plural(doc.quotes.length, 'quote'), plural(doc.dates.length, 'date'), plural(doc.entities.length, 'entity', 'entities')].join(', ')],
    ['Quoted', speakers(doc)],
    ['Page furniture', furniture(doc)],
    ['SHA-256', doc.source.sha256]
  ]
  const diagnostics = doc.diagnostics.slice(0, DIAGNOSTICS_SHOWN).map(({ position, severity, message, ruleId }, index) => ({
    place: position ? `${name}:${position.start.line}:${position.start.column}` : name,
    severity,
    message,
    ruleId,
    index,
    block: position ? blockAt(doc, position.start.offset) : null
  }))
  return { facts, blocks: doc.children.length, quotes: doc.quotes.length, dates: doc.dates.length, diagnostics, diagnosticCount: doc.diagnostics.length }
}

/**
 * Which of the documents shows best what the parser finds, to open on: the
 * one with the most kinds of quotations, dates and diagnostics, then the most
 * of them in all; the first of equals. `0` when there are none.
 */
export function showcase(views: readonly Pick<DocumentView, 'quotes' | 'dates' | 'diagnosticCount'>[]): number {
  const scores = views.map(({ quotes, dates, diagnosticCount }) => {
    const counts = [quotes, dates, diagnosticCount]
    return { kinds: counts.filter((count) => count > 0).length, total: quotes + dates + diagnosticCount }
  })
  return scores.reduce((best, score, index) => {
    const top = scores[best]
    return top && (score.kinds > top.kinds || (score.kinds === top.kinds && score.total > top.total)) ? index : best
  }, 0)
}

// Where the date comes from, as the page says it; a record, so that the compiler says when core adds a source.
const DATE_SOURCES: Record<ArticleDate['source'], string> = { header: 'the header', dateline: 'the dateline', byline: 'the byline', publication: 'a publication line' }

/** The lines of page furniture (not article text), counted by role in order of first line: `publication (1), interface (2)`. */
function furniture(doc: Document): string {
  const counts = new Map<FurnitureRole, number>()
  for (const block of doc.children) if (block.type === 'furniture') counts.set(block.role, (counts.get(block.role) ?? 0) + 1)
  return [...counts].map(([role, count]) => `${role} (${count})`).join(', ') || '—'
}

/** The role of a line of page furniture, else `null`. */
const furnitureRole = (block: Block): FurnitureRole | null => (block.type === 'furniture' ? block.role : null)

/** Who the quotations are attributed to, each with how many, in order of first quotation: `Jean Dupont (2), le maire (1)`. */
function speakers(doc: Document): string {
  const counts = new Map<string, number>()
  for (const quote of doc.quotes) if (quote.speaker) counts.set(quote.speaker.text, (counts.get(quote.speaker.text) ?? 0) + 1)
  const attributed = [...counts].map(([speaker, count]) => `${speaker} (${count})`).join(', ')
  const unattributed = doc.quotes.filter((quote) => quote.speaker === null).length
  return [attributed, unattributed > 0 ? `${unattributed} not attributed` : ''].filter(Boolean).join('; ') || '—'
}

/** The index of the block that holds `offset`, or of the first block after it (the blocks are in text order). */
function blockAt(doc: Document, offset: number): number {
  let low = 0
  let high = doc.children.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((doc.children[middle]?.position.end.offset ?? Infinity) <= offset) low = middle + 1
    else high = middle
  }
  return Math.min(low, Math.max(doc.children.length - 1, 0))
}

/**
 * The page of blocks from `from`: `PAGE_SEGMENTS` segments (a block may run
 * over pages), or more when it must reach through the block `through`, whole.
 * `cut` holds each block's segments.
 */
export function blocksPage(doc: Document, cut: readonly Segment[][], from: Cursor, through = -1): BlocksPage {
  const pieces: BlockPiece[] = []
  let taken = 0
  let { block, segment } = from
  for (let child = doc.children[block]; child && (taken < PAGE_SEGMENTS || block <= through); child = doc.children[block]) {
    const all = cut[block] ?? []
    const end = block <= through ? all.length : Math.min(all.length, segment + PAGE_SEGMENTS - taken)
    pieces.push({ block, type: child.type, role: furnitureRole(child), segments: all.slice(segment, end).map(({ start, end, classes }) => ({ text: doc.text.slice(start, end), classes })) })
    taken += end - segment
    segment = end
    if (segment >= all.length) {
      block++
      segment = 0
    }
  }
  return { pieces, next: block < doc.children.length ? { block, segment } : null }
}
