import { NAME_PATTERN, WEEKDAYS, type YearReference, dayExists, yearOf, dayNumber, isoDate, monthNumber, weekdayNumber, weekdayOf } from './calendar.js'
import { BLANK, isBlankChar, isLetter } from './characters.js'
import type { DatePrecision } from './types.js'

/** A date expression found in a block, before positions are attached. */
export interface RawDate {
  start: number
  end: number
  value: string
  precision: DatePrecision
  year: 'stated' | 'article' | 'unknown'
  weekday: string | null
}

/** A date expression that names a day that does not exist, or a weekday that contradicts it. */
export interface DateProblem {
  start: number
  end: number
  kind: 'invalid-date' | 'weekday-mismatch'
  /** For a weekday mismatch: the weekday the date really falls on. */
  expected: string | null
}

const S = BLANK
// Every date expression holds a number: find numbers with a plain scan, then
// read the words around each one (Unicode-aware patterns only run at numbers).
const DAY_MONTH = new RegExp(`(1er|1ER|[0-3]?\\d)${S}+(${NAME_PATTERN})(?:${S}+(\\d{4}))?(?![\\p{L}\\p{M}\\p{N}])`, 'uy')
// The name before a number, once the code has found it is a weekday or a month.
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${NAME_PATTERN})${S}+$`, 'u')
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
// ASCII first: most neighbours of a number are spaces and punctuation.
const isWordChar = (char: string) => {
  const code = char.charCodeAt(0)
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return WORD_CHAR.test(char)
}
// Month names start with one of these; other words after a number are not read.
const MONTH_INITIALS = 'jfmasondJFMASOND'
const isDigit = (code: number) => code >= 0x30 && code <= 0x39


// Words before a bare number that make it a year: `en 1991`, `depuis 2016`, `l'an 2000`.
const STRONG_CUES = new Set('en depuis dès entre et ou avant après fin début mi année années an été hiver printemps automne jusqu'.split(' '))
// Words that also introduce quantities (`à 1200`, `de 1500 soldats`): trust them for modern years only.
const WEAK_CUES = new Set(['de', 'à', 'au', 'vers'])
// Words that may follow a year; any other lower-case word makes the number a quantity (`1500 morts`).
const FOLLOWERS = new Set(
  (
    'et ou à au aux dans par pour puis lors quand alors avec contre selon après avant jusqu qui que où mais ' +
    'donc les le la l des du d un une en se s ne n il elle ils elles on ce cette ces son sa ses leur leurs ' +
    'sous sur vers entre pendant depuis était a ont est sont fut avait avaient déjà aussi ainsi encore également'
  ).split(' ')
)

/**
 * Finds the date expressions of a block's text (offsets relative to it): a day and month with
 * or without a year and weekday, a month and year, or a year alone in a
 * context that makes it one. A day without a year takes the article's (see `yearOf`).
 */
export function dates(text: string, numbers: readonly number[], article: YearReference | null): { dates: RawDate[]; problems: DateProblem[] } {
  const start = 0
  const end = text.length
  const found: RawDate[] = []
  const problems: DateProblem[] = []
  // Past the end of the last expression read (its year is not read again).
  let skip = start
  for (const index of numbers) {
    if (index < skip || (index > start && isWordChar(text.charAt(index - 1)))) continue
    let length = 1
    while (isDigit(text.charCodeAt(index + length))) length++
    // The words around the number decide which patterns are worth trying.
    const ordinal = text.startsWith('er', index + length) || text.startsWith('ER', index + length) ? 2 : 0
    let next = index + length + ordinal
    while (isBlankChar(text.charAt(next))) next++
    const wordAfterNumber = MONTH_INITIALS.includes(text.charAt(next)) ? wordAfter(text, next) : ''
    const wordBeforeNumber = wordBefore(text, index)
    const before = wordBeforeNumber === '' ? '' : text.slice(Math.max(start, index - 12), index)

    DAY_MONTH.lastIndex = index
    const dayMonth = length <= 2 && monthNumber(wordAfterNumber) !== null ? DAY_MONTH.exec(text) : null
    if (dayMonth && index + dayMonth[0].length <= end) {
      const [, day = '', month = '', year] = dayMonth
      const weekday = weekdayNumber(wordBeforeNumber) === null ? null : NAME_BEFORE.exec(before)
      const from = weekday ? index - weekday[0].length : index
      const to = index + dayMonth[0].length
      skip = to
      readDay(from, to, weekday?.[1], day, month, year)
      continue
    }
    if (length !== 4 || isWordChar(text.charAt(index + 4))) continue
    const value = Number(text.slice(index, index + 4))
    const month = monthNumber(wordBeforeNumber) === null ? null : NAME_BEFORE.exec(before)
    const m = month?.[1] === undefined ? null : monthNumber(month[1])
    if (month && m !== null) {
      found.push({ start: index - month[0].length, end: index + 4, value: isoDate(value, m), precision: 'month', year: 'stated', weekday: null })
    } else if (isYear(text, index, index + 4, value)) {
      found.push({ start: index, end: index + 4, value: isoDate(value), precision: 'year', year: 'stated', weekday: null })
    }
  }
  return { dates: found, problems }

  function readDay(from: number, to: number, weekday: string | undefined, day: string, month: string, year: string | undefined) {
    const m = monthNumber(month)
    if (m === null) return
    const d = dayNumber(day)
    const y = year !== undefined ? Number(year) : article ? yearOf(m, article) : null
    if (!dayExists(y, m, d)) {
      problems.push({ start: from, end: to, kind: 'invalid-date', expected: null })
      return
    }
    found.push({
      start: from,
      end: to,
      value: isoDate(y, m, d),
      precision: 'day',
      year: year !== undefined ? 'stated' : y === null ? 'unknown' : 'article',
      weekday: weekday ?? null
    })
    if (weekday !== undefined && y !== null) {
      const actual = weekdayOf(y, m, d)
      if (weekdayNumber(weekday) !== actual) {
        problems.push({ start: from, end: to, kind: 'weekday-mismatch', expected: matchCase(WEEKDAYS[actual] ?? '', weekday) })
      }
    }
  }
}

/** Whether the bare number `[start, end)` is a year, judged by the words around it. */
function isYear(text: string, start: number, end: number, value: number): boolean {
  if (value < 1000 || value > 2100) return false
  // Part of a larger number or a numeric date: `1 500 000`, `2020,5`, `14/03/2024`.
  if (/\d[ \u00a0\u202f.,/]$/u.test(text.slice(Math.max(0, start - 2), start))) return false
  if (/^[ \u00a0\u202f.,/]\d/u.test(text.slice(end, end + 2))) return false
  const nextWord = wordAfter(text, end)
  if (nextWord !== '' && nextWord === nextWord.toLowerCase() && !FOLLOWERS.has(nextWord)) return false
  const previous = wordBefore(text, start).toLowerCase()
  if (STRONG_CUES.has(previous)) return true
  if (WEAK_CUES.has(previous)) return value >= 1800
  // No cue: a year only when punctuation or the end follows (`En 2016, les…` has its cue).
  return nextWord === '' && value >= 1800
}


/** The word right after `index`, past spaces (`''` when punctuation or the end comes first). */
function wordAfter(text: string, index: number): string {
  let from = index
  while (from < text.length && isBlankChar(text.charAt(from))) from++
  let to = from
  while (to < text.length && to - from < 30 && isLetter(text.charAt(to))) to++
  return text.slice(from, to)
}

/** The word right before `index`, past spaces and an elided article's apostrophe (`l'an`). */
function wordBefore(text: string, index: number): string {
  let to = index
  while (to > 0 && isBlankChar(text.charAt(to - 1))) to--
  if (text.charAt(to - 1) === "'" || text.charAt(to - 1) === '’') to--
  let from = to
  while (from > 0 && to - from < 30 && isLetter(text.charAt(from - 1))) from--
  return text.slice(from, to)
}

function matchCase(name: string, like: string): string {
  if (like === like.toUpperCase()) return name.toUpperCase()
  if (like.charAt(0) === like.charAt(0).toUpperCase()) return name.charAt(0).toUpperCase() + name.slice(1)
  return name
}
