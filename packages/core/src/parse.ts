import { articleDate, datelineYear } from './article-date.js'
import { checkBoolean, checkKeys, checkOptions, fail, toBytes } from './arguments.js'
import { classify, type RawBlock } from './blocks.js'
import { isBlank } from './characters.js'
import { dates } from './dates.js'
import { decode, type Decoded } from './decode.js'
import { diagnostics, excerpt, type DiagnosticCollector } from './diagnostics.js'
import { glitches, type RawGlitch } from './glitches.js'
import { addControlCharacters, addEncodingProblems, addLoneSurrogates, codeName } from './text-problems.js'
import { findHeader } from './header.js'
import { detectLanguage } from './language.js'
import { locationFrom, type Location } from './location.js'
import { countBelow, lineStarts } from './lines.js'
import { findMarks, marksByBlock, type Marks } from './marks.js'
import { closingLater, closingOf, isMixed, isUnclosed, quotes, reopenedMark, strayIndex } from './quotes.js'
import { sentences } from './sentences.js'
import { speakers } from './speakers.js'
import { sha256 } from './sha256.js'
import { parseSourceName } from './source-name.js'
import type { Block, BlockType, Document, Position, Quote, Sentence, Source } from './types.js'
import type { Span } from './lines.js'
import { units } from './units.js'
import { datelineDate, type DatelineMatch } from './dateline.js'
import { bylineDate } from './byline.js'
import { isoDate, type YearReference } from './calendar.js'
import { createGazetteer, type Gazetteer } from './entities/gazetteer.js'
import { recognizeEntities } from './entities/recognize.js'

/** Options of {@link parse}. */
export interface ParseOptions {
  /** The file's base name (`012_5f3a9c0e7b1d2468.txt`): fills `source.file`, `ordinal` and `sourceId`. */
  file?: string | null
  /** SHA-256 of the raw bytes, 64 lowercase hex digits, when the caller has it already (the Node reader hashes natively). */
  sha256?: string
  /** Detect the language (default `true`); `false` leaves `language` `null` and saves time. */
  detectLanguage?: boolean
  /** Recognise named entities (default `true`); `false` leaves `mentions` and `entities` empty. */
  entities?: boolean
  /** Let the statistical model find the places and organisations the rules leave (default `true`); `false` keeps the rules alone, faster and less thorough. */
  entityModel?: boolean
  /** The gazetteer to name places and organisations by (default: the built-in one, see `createGazetteer`). */
  gazetteer?: Gazetteer
}

const encoder = new TextEncoder()

/**
 * Parses one raw article into a {@link Document}: `input` is text, or raw
 * bytes (a `Uint8Array`, an `ArrayBuffer` or any view of one, read as its
 * bytes). Never throws on the input: problems in it, binary input included,
 * are reported in `diagnostics`. Arguments of the wrong type throw a `TypeError`.
 */
export function parse(input: string | Uint8Array | ArrayBuffer | ArrayBufferView, options?: ParseOptions): Document {
  const checked = checkParseOptions(options)
  const given = typeof input === 'string' ? null : toBytes('parse', 'input', input)
  const bytes = given ?? encoder.encode(input as string)
  const decoded = given ? decode(given) : fromString(input as string)
  const text = decoded.text
  const starts = lineStarts(text)
  const where = locationFrom(text, starts)
  const messages = diagnostics(text, where)
  const source = sourceOf(bytes, decoded, starts, checked)
  const document: Document = {
    type: 'document',
    source,
    text,
    language: null,
    date: null,
    header: null,
    dateline: null,
    byline: null,
    children: [],
    sentences: [],
    quotes: [],
    dates: [],
    mentions: [],
    entities: [],
    diagnostics: [],
    position: where.toPosition(0, text.length)
  }

  if (decoded.binary !== null) {
    messages.add('binary-input', 'error', `Unexpected binary input (${decoded.binary}): the file is not text and was not read`, undefined, null, true)
    document.diagnostics = messages.list()
    return document
  }
  addEncodingProblems(decoded, bytes.byteLength, messages)
  addLoneSurrogates(text, messages)
  addControlCharacters(text, messages)
  if (isBlank(text)) {
    messages.add('empty-file', 'warning', text.length === 0 ? 'Empty file: there is no article to read' : 'Blank file: it holds only white space')
    document.diagnostics = messages.list()
    return document
  }

  const article = readBody(document, starts, where, messages)
  const marks = findMarks(text)
  const marksOf = marksByBlock(marks)
  const blocks = document.children
  const carry: QuoteCarry = { closing: -1, open: '' }
  blocks.forEach((node, index) => {
    const start = node.position.start.offset
    const context = { document, where, messages, type: node.type, index, start, value: node.value, position: node.position, next: blocks[index + 1] ?? null, quoteMarks: marks.quotes, carry }
    annotate(context, article, marksOf(start, node.position.end.offset))
  })
  if (marks.invisible.length > 0) addInvisibleBetween(text, blocks, marks.invisible, messages)
  linkQuotes(document.quotes, document.sentences)
  // The document's dateline and byline are those of their first blocks.
  for (const block of document.children) {
    if (block.type === 'dateline' && !document.dateline) document.dateline = { ...block.dateline }
    if (block.type === 'byline' && !document.byline) document.byline = { ...block.byline }
  }

  if (checked.detectLanguage !== false) document.language = detectLanguage(text.slice(document.header?.position.end.offset ?? 0))
  if (checked.entities !== false) {
    const found = recognizeEntities({ text, children: document.children, sentences: document.sentences, dateline: document.dateline, toPosition: where.toPosition }, checked.gazetteer ?? builtinGazetteer(), { model: checked.entityModel !== false })
    document.mentions = found.mentions
    document.entities = found.entities
  }
  // After the entities: a speaker links to the mention that names them.
  if (document.quotes.length > 0) {
    const found = speakers({ text, children: document.children, sentences: document.sentences, quotes: document.quotes, mentions: document.mentions, toPosition: where.toPosition })
    document.quotes.forEach((quote, index) => {
      quote.speaker = found[index] ?? null
    })
  }
  document.diagnostics = messages.list()
  return document
}

const SHA256 = /^[0-9a-f]{64}$/
// Every option `ParseOptions` declares, and no other: the compiler keeps the two in step.
const PARSE_OPTIONS = { file: true, sha256: true, detectLanguage: true, entities: true, entityModel: true, gazetteer: true } as const satisfies Record<keyof ParseOptions, true>

/** The options, each of the type it must have; a `TypeError` otherwise. */
function checkParseOptions(options: unknown): ParseOptions {
  const given = checkOptions('parse', 'options', options)
  checkKeys('parse', 'options', given, PARSE_OPTIONS)
  const { file, sha256, gazetteer } = given
  if (file !== undefined && file !== null && typeof file !== 'string') fail('parse', 'options.file', 'a string or null', file)
  // Written into ids (`urn:corpus:sha256-…`): only the documented form gets through.
  if (sha256 !== undefined && (typeof sha256 !== 'string' || !SHA256.test(sha256))) fail('parse', 'options.sha256', '64 lowercase hexadecimal digits', sha256)
  if (gazetteer !== undefined && !isGazetteer(gazetteer)) fail('parse', 'options.gazetteer', 'a gazetteer made by createGazetteer', gazetteer)
  checkBoolean('parse', 'options.detectLanguage', given.detectLanguage)
  checkBoolean('parse', 'options.entities', given.entities)
  checkBoolean('parse', 'options.entityModel', given.entityModel)
  return given as ParseOptions
}

function isGazetteer(value: unknown): value is Gazetteer {
  if (typeof value !== 'object' || value === null) return false
  const { entries, names, lowerStarts } = value as Record<string, unknown>
  return entries instanceof Map && names instanceof Map && lowerStarts instanceof Set
}

let builtin: Gazetteer | null = null

// Compiled once, on first use.
function builtinGazetteer(): Gazetteer {
  builtin ??= createGazetteer()
  return builtin
}

function fromString(input: string): Decoded {
  const bom = input.charCodeAt(0) === 0xfeff
  return { text: bom ? input.slice(1) : input, encoding: 'utf-8', bom, binary: null, invalid: [] }
}

function sourceOf(bytes: Uint8Array, decoded: Decoded, starts: Int32Array, options: ParseOptions): Source {
  const file = options.file ?? null
  const { ordinal, sourceId } = parseSourceName(file)
  // Fields written out, not spread: spreading builds the object on a slow path, once per file.
  return {
    file,
    ordinal,
    sourceId,
    sha256: options.sha256 ?? sha256(bytes),
    byteLength: bytes.byteLength,
    encoding: decoded.encoding,
    bom: decoded.bom,
    newline: newlineOf(decoded.text, starts)
  }
}

/** The line ending used most (CRLF counted apart from lone CR and LF), read from the line starts. */
function newlineOf(text: string, starts: Int32Array): Source['newline'] {
  let crlf = 0
  let cr = 0
  let lf = 0
  // The first line starts at 0, after no line break.
  for (let k = 1; k < starts.length; k++) {
    const start = starts[k] ?? 0
    if (text.charCodeAt(start - 1) === 0x0d) cr++
    else if (text.charCodeAt(start - 2) === 0x0d) crlf++
    else lf++
  }
  const most = Math.max(crlf, cr, lf)
  if (most === 0) return null
  return most === lf ? '\n' : most === crlf ? '\r\n' : '\r'
}

/**
 * Reads the header and the blocks of the body into `document` (`header`,
 * `date`, `children`), and gives the article's year and month, which dates
 * without a year take. The raw blocks are dropped on return, before the
 * annotation layers are built: on a file of a million paragraphs they are a
 * good part of the memory.
 */
function readBody(document: Document, starts: Int32Array, where: Location, messages: DiagnosticCollector): YearReference | null {
  const { text } = document
  const header = findHeader(text)
  const raw = classify(text, units(text, header?.end ?? 0, starts))
  if (raw.length === 0) messages.add('empty-file', 'warning', 'No article text: the file holds only a header', header ?? undefined)
  const datelineBlock = raw.find((block) => block.dateline !== undefined)
  const bylineBlock = raw.find((block) => block.byline !== undefined)
  const dateline = datelineBlock?.dateline ?? null
  const byline = bylineBlock?.byline ?? null
  // A publication line dates the article only with a day: a year alone at the top of a page says less than the header.
  const publicationBlock = raw.find((block) => block.furniture?.date?.length === 10)
  const chosen = articleDate(header, dateline, byline, publicationBlock?.furniture?.date ?? null)

  if (header && !header.valid) messages.add('invalid-date', 'warning', `Date \`${header.date}\` of the header does not exist`, header)
  if (header) document.header = { type: 'header', date: header.date, precision: header.precision, position: where.toPosition(header.start, header.end) }
  document.date = chosen.date
  if (chosen.date && chosen.conflict) {
    messages.add(
      'date-conflict',
      'warning',
      `The ${chosen.date.source} dates the article \`${chosen.date.date}\` but the ${chosen.conflict.with} says \`${chosen.conflict.date}\``,
      { header: header ?? undefined, dateline: datelineBlock, byline: bylineBlock, publication: publicationBlock }[chosen.conflict.with]
    )
  }
  const dateOf = (dateline: DatelineMatch) => datelineDate(dateline, datelineYear(header?.valid ? header : null, dateline, byline))
  document.children = raw.map((block) => toBlock(text, where, block, dateOf))
  return chosen.date ? { year: Number(chosen.date.date.slice(0, 4)), month: chosen.date.precision === 'year' ? null : Number(chosen.date.date.slice(5, 7)) } : null
}

function toBlock(text: string, where: Location, block: RawBlock, dateOf: (dateline: DatelineMatch) => string | null): Block {
  const value = text.slice(block.start, block.end)
  const position = where.toPosition(block.start, block.end)
  const { dateline, byline, repost, furniture } = block
  switch (block.type) {
    case 'heading':
      return { type: 'heading', value, position, number: block.number ?? null }
    case 'listItem':
      return { type: 'listItem', value, position, marker: block.marker ?? '' }
    case 'boilerplate':
      return {
        type: 'boilerplate',
        value,
        position,
        role: block.role ?? 'source',
        repost: repost ? { reposter: repost.author, date: isoDate(...repost.date), source: repost.source } : null
      }
    case 'furniture':
      if (furniture) return { type: 'furniture', value, position, role: furniture.role, date: furniture.date }
      break
    case 'dateline':
      if (dateline) {
        return { type: 'dateline', value, position, dateline: { place: dateline.place, region: dateline.region, date: dateOf(dateline), agency: dateline.agency, raw: value } }
      }
      break
    case 'byline':
      if (byline) return { type: 'byline', value, position, byline: { author: byline.author, date: bylineDate(byline), raw: value } }
      break
    case 'fragment':
      return { type: 'fragment', value, position }
  }
  return { type: 'paragraph', value, position }
}

/** A block being annotated: where its annotations and diagnostics go, and the block node's type, index, offset, value and position. */
interface BlockContext {
  document: Document
  where: Location
  messages: DiagnosticCollector
  type: BlockType
  index: number
  start: number
  value: string
  position: Position
  /** The block after this one, which may go on with a quotation left open here (see `reopenedMark`). */
  next: Block | null
  /** The quotation marks of the whole text, ascending: where a quotation left open here may close (see `closingLater`). */
  quoteMarks: readonly number[]
  /** A quotation left open in an earlier block and closed in a later one (shared by all blocks). */
  carry: QuoteCarry
}

/** The closing mark, by offset in the text (-1: none), of a quotation an earlier block left open with `open`. */
interface QuoteCarry {
  closing: number
  open: string
}

// Without reopening marks, a quotation closes at most this many blocks after the one that opens it.
const MAX_CARRY = 3
// Blocks a quotation may run over: not headings, datelines, bylines or credits.
const CARRIES: ReadonlySet<BlockType> = new Set<BlockType>(['paragraph', 'listItem', 'fragment'])

/** The blocks after `index` (at most `MAX_CARRY`) that a quotation left open in it may run over, as spans of the text. */
function blocksAfter(blocks: readonly Block[], index: number): Span[] {
  const spans: Span[] = []
  for (let k = index + 1; k < blocks.length && spans.length < MAX_CARRY; k++) {
    const block = blocks[k]
    if (block === undefined || !CARRIES.has(block.type)) break
    spans.push({ start: block.position.start.offset, end: block.position.end.offset })
  }
  return spans
}

/** Fills the annotation layers and diagnostics of one block; each layer looks only at its own marks, and a layer without any is passed. */
function annotate(context: BlockContext, article: YearReference | null, marks: Marks): void {
  const { messages, value, start } = context
  addSentences(context, marks.terminals)
  if (marks.quotes.length > 0) addQuotes(context, marks.quotes)
  if (marks.numbers.length > 0) addDates(context, marks.numbers, article)
  if (marks.glitches.length > 0) addGlitches(context, marks.glitches)
  if (context.type === 'fragment') {
    messages.add(
      'trailing-fragment',
      'warning',
      `Unexpected trailing fragment \`${excerpt(value)}\`: a last line with no closing punctuation that is not a heading, dateline or byline`,
      { start, end: start + value.length }
    )
  }
}

/**
 * The position of a span of the block's text. A span that starts or ends with
 * the block shares the block's point (the whole position, when it is the whole
 * block): a file of a million one-sentence paragraphs makes a million objects
 * fewer. Documents are data to read; a copy is what to edit.
 */
function positionIn(context: BlockContext, span: Span): Position {
  const { start, position, value, where } = context
  const atStart = span.start === 0
  const atEnd = span.end === value.length
  if (atStart && atEnd) return position
  return { start: atStart ? position.start : where.toPoint(start + span.start), end: atEnd ? position.end : where.toPoint(start + span.end) }
}

/** A span of the block's text as offsets in the whole text. */
function shift(context: BlockContext, span: Span): Span {
  const { start } = context
  return { start: start + span.start, end: start + span.end }
}

function addSentences(context: BlockContext, terminals: readonly number[]): void {
  const { document, index } = context
  for (const span of sentences(context.value, terminals)) {
    document.sentences.push({ type: 'sentence', block: index, position: positionIn(context, span) })
  }
}

function addQuotes(context: BlockContext, marks: readonly number[]): void {
  const { document, index, value, type, messages, carry, start } = context
  // The closing mark of a quotation an earlier block left open, when it stands here.
  const awaited = carry.closing >= start && carry.closing < start + value.length ? carry : null
  const found = quotes(value, marks, (quote): Quote => {
    if (isMixed(quote.open, quote.close)) mixedMarks(context, quote.open, start + quote.end - 1)
    return {
      type: 'quote',
      block: index,
      position: positionIn(context, quote),
      open: quote.open,
      close: quote.close,
      value: value.slice(quote.inner.start, quote.inner.end),
      inner: positionIn(context, quote.inner),
      depth: 0,
      parent: null,
      sentenceCount: 0,
      speaker: null
    }
  })
  for (const quote of found.quotes) document.quotes.push(quote)
  // The outermost quotation left open goes on in the next paragraph, which opens with its mark again.
  let continued = context.next && found.stray.some(isUnclosed) ? reopenedMark(context.next.value) : null
  // Else the innermost one left open may go on without reopening marks, to a closing mark a few blocks on.
  const carried = continued === null && found.left >= 0 && carryOver(context, value.charAt(found.left))
  for (const stray of found.stray) {
    const at = strayIndex(stray)
    const mark = value.charAt(at)
    const span = shift(context, { start: at, end: at + 1 })
    if (isUnclosed(stray) && mark === continued) {
      continued = null
      continue
    }
    if (carried && at === found.left) continue
    if (awaited && !isUnclosed(stray) && span.start === awaited.closing) {
      if (isMixed(awaited.open, mark)) mixedMarks(context, awaited.open, span.start)
      continue
    }
    if (isUnclosed(stray)) {
      messages.add('unclosed-quote', 'warning', () => `Unclosed quotation mark \`${mark}\` in \`${excerpt(value.slice(at, at + 80), 40)}\`: nothing closes it before the ${type} ends`, span)
    } else {
      messages.add('unopened-quote', 'warning', () => `Unexpected closing quotation mark \`${mark}\`: nothing opens it in this ${type}`, span)
    }
  }
}

/**
 * Whether the quotation left open with `open` at the end of this block closes
 * in one of the next few: then that closing mark is awaited (`carry`), and
 * neither mark is reported.
 */
function carryOver(context: BlockContext, open: string): boolean {
  const { document, index, quoteMarks, carry, type } = context
  if (!CARRIES.has(type)) return false
  const closing = closingLater(document.text, quoteMarks, open, blocksAfter(document.children, index))
  if (closing < 0) return false
  carry.closing = closing
  carry.open = open
  return true
}

/** Reports a quotation opened with `open` and closed, at offset `at` of the text, with a mark of the other kind. */
function mixedMarks(context: BlockContext, open: string, at: number): void {
  const close = context.document.text.charAt(at)
  const expected = closingOf(open) ?? null
  context.messages.add(
    'mixed-quote-marks',
    'warning',
    () => `Quotation opened with \`${open}\` and closed with \`${close}\`: read as one quotation, expected \`${expected ?? ''}\``,
    { start: at, end: at + 1 },
    expected
  )
}

function addDates(context: BlockContext, numbers: readonly number[], article: YearReference | null): void {
  const { document, index, value, messages } = context
  const dated = dates(value, numbers, article)
  for (const date of dated.dates) {
    document.dates.push({
      type: 'date',
      block: index,
      position: positionIn(context, date),
      text: value.slice(date.start, date.end),
      date: date.value,
      precision: date.precision,
      year: date.year,
      weekday: date.weekday
    })
  }
  for (const problem of dated.problems) {
    const actual = value.slice(problem.start, problem.end)
    if (problem.kind === 'invalid-date') {
      messages.add('invalid-date', 'warning', `Date \`${actual}\` does not exist`, shift(context, problem))
    } else {
      const written = /^[\p{L}]+/u.exec(actual)?.[0] ?? ''
      messages.add(
        'weekday-mismatch',
        'warning',
        `Weekday \`${written}\` contradicts its date: \`${actual.slice(written.length).trim()}\` falls on a ${problem.expected ?? ''}`,
        shift(context, problem),
        problem.expected === null ? null : problem.expected + actual.slice(written.length)
      )
    }
  }
}

function addGlitches(context: BlockContext, anchors: readonly number[]): void {
  const { value, messages } = context
  for (const glitch of glitches(value, anchors)) {
    const actual = value.slice(glitch.start, glitch.end)
    messages.add(glitch.ruleId, glitch.ruleId === 'invisible-character' ? 'info' : 'warning', glitchMessage(glitch, actual), shift(context, glitch), glitch.expected)
  }
}

/**
 * Reports the zero-width marks between blocks (a byte order mark that opens a
 * later line, one after another): no block holds them, so the glitch layer
 * never sees them. `invisible` are all of the text's, ascending.
 */
function addInvisibleBetween(text: string, blocks: readonly Block[], invisible: readonly number[], messages: DiagnosticCollector): void {
  let k = 0
  for (const index of invisible) {
    while (k < blocks.length && (blocks[k]?.position.end.offset ?? 0) <= index) k++
    const block = blocks[k]
    if (block && block.position.start.offset <= index) continue
    const glitch: RawGlitch = { ruleId: 'invisible-character', start: index, end: index + 1, expected: '' }
    messages.add(glitch.ruleId, 'info', glitchMessage(glitch, text.charAt(index)), glitch, glitch.expected)
  }
}

function glitchMessage(glitch: RawGlitch, actual: string): string {
  switch (glitch.ruleId) {
    case 'broken-hyphenation':
      return glitch.expected === null
        ? `Space after a hyphen in \`${actual}\`: a broken compound, or a dash missing its space before; no fix suggested`
        : `Broken hyphenation \`${actual}\`: a space after the hyphen of a compound, expected \`${glitch.expected}\``
    case 'space-before-punctuation':
      return `Unexpected space before \`${actual.slice(-1)}\` in \`${actual}\`, expected \`${glitch.expected}\``
    case 'space-before-hyphen':
      return `Unexpected space before the hyphen in \`${actual}\`, expected \`${glitch.expected}\``
    case 'invisible-character':
      return `Unexpected invisible character ${codeName(actual.charCodeAt(0))} inside the text`
  }
}

/** Sets each quote's nesting (`depth`, `parent`) and how many sentences it overlaps. */
function linkQuotes(quotesFound: Quote[], sentencesFound: readonly Sentence[]): void {
  if (quotesFound.length === 0) return
  // Sentences do not overlap, so their starts and their ends both ascend.
  const starts = sentencesFound.map((sentence) => sentence.position.start.offset)
  const ends = sentencesFound.map((sentence) => sentence.position.end.offset)
  const open: number[] = []
  quotesFound.forEach((quote, index) => {
    while (open.length > 0) {
      const top = quotesFound[open[open.length - 1] ?? 0]
      if (top && top.position.end.offset <= quote.position.start.offset) open.pop()
      else break
    }
    quote.depth = open.length
    quote.parent = open.length > 0 ? (open[open.length - 1] ?? null) : null
    open.push(index)
    // Overlapping sentences: those starting before the inside ends, less those ending before it starts.
    const start = quote.inner.start.offset
    const end = Math.max(quote.inner.end.offset, start + 1)
    quote.sentenceCount = countBelow(starts, end) - countBelow(ends, start + 1)
  })
}
