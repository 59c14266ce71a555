/**
 * Reads the sample corpus (`sample/*.txt`) into pools of parts the generator
 * recombines: paragraphs (a list with its lead-in counts as one), sentences,
 * subheadings, datelines, bylines, credit lines, end-of-file scraps and header
 * dates. Hard-wrapped paragraphs are joined back into one line.
 */
import { TextDecoder } from 'node:util'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CLOSE, OPEN } from './quotes.js'

const SPACE = '[ \\t\\u00a0\\u202f]'
const HEADER = new RegExp(`^${SPACE}*date${SPACE}+(\\d{4}(?:-\\d{2}){0,2})${SPACE}*`, 'u')
const CAPS = "\\p{Lu}[\\p{Lu}'’\\-]*\\p{Lu}"
const PLACE = `${CAPS}(?:(?:${SPACE}|/)${CAPS}){0,3}`
const DATE = `(?:1er|\\d{1,2})${SPACE}+\\p{L}+(?:${SPACE}+\\d{4})?`
const AGENCY = `(?:${SPACE}*,${SPACE}*[\\p{Lu}\\d][^:—–\\n]{0,40}?|${SPACE}*\\([^)\\n]{1,30}\\))?`
const TERM = `${SPACE}*(?::|—|–|-|\\.)(?=${SPACE}|$)`
const DATELINE = new RegExp(`^${PLACE}${SPACE}*,${SPACE}*(?:${DATE}${AGENCY}|\\p{Lu}\\p{Ll}+(?:${SPACE}\\p{Lu}\\p{Ll}+)?(?=${SPACE}*[—–]))${TERM}`, 'u')
const CREDIT = /^(?:sources?\b|©|\(c\)|copyright\b)/iu
const BYLINE = /^par\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}(?:\s+le\s.*)?$/u
const NAME = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}$/u
const LIST_ITEM = /^[-–—•*][ \t\u00a0]/u
const NUMBERED = /^\d{1,2}[-.)][ \t\u00a0]+/u
const NOT_HEADING_END = /[.!:;…,]$/u

/**
 * @typedef {{ paragraphs: string[], sentences: string[] }} Article
 * @typedef {{ paragraphs: string[], sentences: string[], headings: string[], datelines: string[],
 *   bylines: string[], credits: string[], scraps: string[], dates: string[] }} Pools
 * @param {string} dir
 * @returns {{ files: string[], hash: string, articles: Article[], pools: Pools }}
 */
export function loadSample(dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  const hash = createHash('sha256')
  const pools = { paragraphs: [], sentences: [], headings: [], datelines: [], bylines: [], credits: [], scraps: [], dates: [] }
  const articles = []
  const decoder = new TextDecoder('utf-8')

  for (const name of files) {
    const bytes = readFileSync(join(dir, name))
    hash.update(name).update('\0').update(bytes).update('\0')
    const article = readArticle(decoder.decode(bytes), pools)
    if (article.paragraphs.length > 0) articles.push(article)
  }
  if (articles.length === 0) throw new Error(`No usable article in ${dir}: the generator needs the sample corpus (sample/*.txt)`)
  return { files, hash: hash.digest('hex'), articles, pools }
}

/** Splits one article into its parts, adding them to the pools. */
function readArticle(raw, pools) {
  let text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  const header = HEADER.exec(text)
  if (header) {
    pools.dates.push(header[1].slice(0, 7))
    text = text.slice(header[0].length)
  }
  const blocks = toBlocks(text)
  const article = { paragraphs: [], sentences: [] }
  blocks.forEach((block, index) => {
    const dateline = DATELINE.exec(block)
    if (dateline) {
      pools.datelines.push(dateline[0].trim())
      block = block.slice(dateline[0].length).trim()
      if (block.length === 0) return
    }
    const last = index === blocks.length - 1
    if (CREDIT.test(block) && block.length < 120) pools.credits.push(block)
    else if (BYLINE.test(block) || (last && NAME.test(block))) pools.bylines.push(block)
    else if (isHeading(block)) {
      if (last) pools.scraps.push(block)
      else pools.headings.push(canonicalQuotes(block.replace(NUMBERED, '')))
    } else {
      const paragraph = canonicalQuotes(block)
      article.paragraphs.push(paragraph)
      pools.paragraphs.push(paragraph)
      if (paragraph.includes('\n')) return
      for (const sentence of splitSentences(paragraph)) {
        article.sentences.push(sentence)
        pools.sentences.push(sentence)
      }
    }
  })
  return article
}

/**
 * The file's blocks: one per line when lines are paragraphs, wrapped lines
 * joined back when the file is hard-wrapped; a list stays with its lead-in.
 */
function toBlocks(text) {
  const lines = text.split('\n').map((line) => line.trim())
  const wrapped = Math.max(...lines.map((line) => line.length)) <= 80
  const blocks = []
  let previousBlank = true
  for (const line of lines) {
    if (line === '') {
      previousBlank = true
      continue
    }
    const last = blocks.length - 1
    if (!previousBlank && last >= 0 && LIST_ITEM.test(line) && (blocks[last].endsWith(':') || LIST_ITEM.test(lastLine(blocks[last])))) {
      blocks[last] += `\n${line}`
    } else if (!previousBlank && wrapped && last >= 0 && !LIST_ITEM.test(line)) {
      blocks[last] += ` ${line}`
    } else blocks.push(line)
    previousBlank = false
  }
  return blocks
}

function lastLine(block) {
  return block.slice(block.lastIndexOf('\n') + 1)
}

function isHeading(block) {
  return !block.includes('\n') && block.length <= 100 && block.split(/\s+/).length <= 14 && !NOT_HEADING_END.test(block)
}

/** Marks balanced quotations with the neutral marks the renderer restyles. */
function canonicalQuotes(text) {
  return text
    .replace(/«[ \u00a0\u202f]*([^«»\n]+?)[ \u00a0\u202f]*»/gu, `${OPEN}$1${CLOSE}`)
    .replace(/“([^“”\n]+?)”/gu, `${OPEN}$1${CLOSE}`)
    .replace(/"([^"\n]+?)"/gu, `${OPEN}$1${CLOSE}`)
}

/** A rough sentence split, only to make new paragraphs out of old sentences. */
function splitSentences(paragraph) {
  const out = []
  let start = 0
  const re = new RegExp(`[.!?…][ \\u00a0]+(?=[\\p{Lu}${OPEN}])`, 'gu')
  let match
  while ((match = re.exec(paragraph)) !== null) {
    if (quoteDepth(paragraph, start, match.index) > 0) continue
    // `M. Karen`, `J.-P. Vernier`, `St. Pierre`: not a sentence end.
    if (/(?:^|[\s(])(?:\p{Lu}|M|Mme|Dr|St|\p{Lu}\.-\p{Lu})$/u.test(paragraph.slice(Math.max(0, match.index - 6), match.index))) continue
    out.push(paragraph.slice(start, match.index + 1))
    start = match.index + match[0].length
  }
  const rest = paragraph.slice(start).trim()
  if (rest) out.push(rest)
  return out.filter((sentence) => sentence.length >= 20)
}

function quoteDepth(text, from, to) {
  let depth = 0
  for (let i = from; i < to; i++) {
    if (text[i] === OPEN) depth++
    else if (text[i] === CLOSE) depth = Math.max(0, depth - 1)
  }
  return depth
}
