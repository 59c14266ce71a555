/**
 * Composes one article from the sample's parts, in a randomly drawn format:
 * header prefix or not, single newlines or blank-line runs, subheadings added
 * or removed, a quotation style, a leading or trailing dateline, a byline,
 * CRLF, hard wrapping, and now and then one very long paragraph.
 */
import { Buffer } from 'node:buffer'
import { makeDateline, makeYearMonth } from './datelines.js'
import { CLOSE, OPEN, STYLES, addQuote, renderQuotes } from './quotes.js'

/** How often each format variant is drawn (weights, or probabilities for flags). */
export const FORMAT = {
  header: 0.5,
  separator: { single: 40, blank: 35, runs: 15, mixed: 10 },
  headings: { none: 45, some: 30, many: 20, numbered: 5 },
  dateline: { none: 50, leadingInline: 25, leadingLine: 10, trailing: 15 },
  byline: { none: 70, end: 22, start: 8 },
  credit: 0.3,
  scrap: 0.02,
  extraQuotes: 0.3,
  crlf: 0.15,
  bom: 0.01,
  wrap: 0.05,
  longParagraph: 0.04,
  finalNewline: 0.7
}

const QUOTE_WEIGHTS = Object.fromEntries(Object.entries(STYLES).map(([name, { weight }]) => [name, weight]))

/**
 * @param {ReturnType<import('./prng.js').createRandom>} random
 * @param {ReturnType<import('./sample.js').loadSample>} sample
 * @param {number} targetBytes approximate size of the article body
 * @returns {string}
 */
export function composeArticle(random, sample, targetBytes) {
  const { pools } = sample
  const style = random.weighted(QUOTE_WEIGHTS)
  const headings = random.weighted(FORMAT.headings)
  const datelineMode = random.weighted(FORMAT.dateline)
  const bylineMode = pools.bylines.length > 0 ? random.weighted(FORMAT.byline) : 'none'
  const yearMonth = random.chance(FORMAT.header) ? makeYearMonth(random, pools.dates) : null
  const quoteMore = random.chance(FORMAT.extraQuotes)
  const wrap = random.chance(FORMAT.wrap)

  const body = composeBody(random, sample, targetBytes, quoteMore)

  /** @type {string[]} */
  const blocks = []
  const byline = bylineMode === 'none' ? null : random.pick(pools.bylines)
  if (bylineMode === 'start') blocks.push(byline)
  if (datelineMode === 'leadingLine') blocks.push(makeDateline(random, pools.datelines, yearMonth))
  let numbered = 0
  body.forEach((paragraph, index) => {
    if (index > 0 && headings !== 'none' && random.chance(headings === 'some' ? 0.15 : 0.35)) {
      const heading = makeHeading(random, pools)
      blocks.push(headings === 'numbered' ? `${++numbered}${random.pick(['-', '.'])} ${heading}` : heading)
    }
    if (index === 0 && datelineMode === 'leadingInline') paragraph = `${makeDateline(random, pools.datelines, yearMonth)} ${paragraph}`
    blocks.push(wrap ? hardWrap(paragraph, 70) : paragraph)
  })
  if (datelineMode === 'trailing') blocks.push(makeDateline(random, pools.datelines, yearMonth))
  if (bylineMode === 'end') blocks.push(byline)
  if (pools.credits.length > 0 && random.chance(FORMAT.credit)) blocks.push(random.pick(pools.credits))
  if (pools.scraps.length > 0 && random.chance(FORMAT.scrap)) blocks.push(random.pick(pools.scraps))

  let text = join(random, blocks.map((block) => renderQuotes(block, style)), wrap ? 'blank' : random.weighted(FORMAT.separator))
  if (yearMonth) text = ` date ${yearMonth} ${text}`
  if (random.chance(FORMAT.finalNewline)) text += '\n'
  if (random.chance(FORMAT.crlf)) text = text.replace(/\n/g, '\r\n')
  if (random.chance(FORMAT.bom)) text = `\ufeff${text}`
  return text
}

/** Paragraphs until `targetBytes`: runs of an article's own, or new ones made of its sentences. */
function composeBody(random, { articles, pools }, targetBytes, quoteMore) {
  let article = random.pick(articles)
  let cursor = random.int(0, article.paragraphs.length - 1)
  const body = []
  let bytes = 0
  while (bytes < targetBytes || body.length === 0) {
    let paragraph
    if (random.chance(0.6) || article.sentences.length === 0) {
      paragraph = article.paragraphs[cursor % article.paragraphs.length]
      cursor++
    } else {
      const picked = []
      for (let i = random.int(1, 5); i > 0; i--) picked.push(random.pick(article.sentences))
      paragraph = picked.join(' ')
    }
    if (quoteMore && random.chance(0.5) && !paragraph.includes('\n')) paragraph = addQuote(paragraph, random)
    body.push(paragraph)
    bytes += Buffer.byteLength(paragraph) + 2
    if (random.chance(0.25)) {
      article = random.pick(articles)
      cursor = random.int(0, article.paragraphs.length - 1)
    }
  }
  if (random.chance(FORMAT.longParagraph)) {
    const singles = pools.paragraphs.filter((paragraph) => !paragraph.includes('\n'))
    const parts = []
    for (let i = random.int(10, 40); i > 0; i--) parts.push(random.pick(singles))
    body.splice(random.int(0, body.length), 0, parts.join(' '))
  }
  return body
}

/** A subheading: one of the sample's, or the start of a sentence without its end. */
function makeHeading(random, pools) {
  if (pools.headings.length > 0 && random.chance(0.6)) return random.pick(pools.headings)
  const words = random.pick(pools.sentences).split(OPEN).join('').split(CLOSE).join('').split(' ')
  return words
    .slice(0, random.int(3, 8))
    .join(' ')
    .replace(/[\s,;:.!?…]+$/u, '')
}

/** Breaks lines at `width` columns, as some files are. */
function hardWrap(paragraph, width) {
  if (paragraph.includes('\n')) return paragraph
  const lines = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

function join(random, blocks, separator) {
  if (separator === 'single') return blocks.join('\n')
  if (separator === 'blank') return blocks.join('\n\n')
  let out = blocks[0]
  for (let i = 1; i < blocks.length; i++) {
    const gap =
      separator === 'runs'
        ? random.pick(['\n\n', '\n\n\n', '\n \n', '\n\n\n\n', '\n\t\n\n'])
        : random.chance(0.7)
          ? '\n'
          : '\n\n'
    out += gap + blocks[i]
  }
  return out
}
