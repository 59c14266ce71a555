import { NAME_PATTERN, WEEKDAYS, type YearReference, dayExists, yearOf, dayNumber, isoDate, monthNumber, weekdayNumber, weekdayOf } from './calendar.js'
import { BLANK, isAlphanumeric, isBlankCode, isDigit, isLetter } from './characters.js'
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
// Month names start with one of these (`janvier` … `décembre`), in either case; other words after a number are not read.
const MONTH_INITIALS = new Set([...'jfmasond'].map((char) => char.charCodeAt(0)))
const isMonthInitial = (code: number) => MONTH_INITIALS.has(code | 0x20)

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
  const found: RawDate[] = []
  const problems: DateProblem[] = []
  if (numbers.length === 0) return { dates: found, problems }
  // Past the end of the last expression read (its year is not read again).
  let skip = 0
  for (const index of numbers) {
    if (index < skip || (index > 0 && isAlphanumeric(text.charCodeAt(index - 1)))) continue
    let length = 1
    while (isDigit(text.charCodeAt(index + length))) length++
    // Only a day (one or two digits) or a year (four) starts a date: other numbers are passed at once.
    if (length <= 2) {
      const ordinal = text.startsWith('er', index + length) || text.startsWith('ER', index + length) ? 2 : 0
      let next = index + length + ordinal
      while (isBlankCode(text.charCodeAt(next))) next++
      if (!isMonthInitial(text.charCodeAt(next)) || monthNumber(wordAfter(text, next)) === null) continue
      DAY_MONTH.lastIndex = index
      const dayMonth = DAY_MONTH.exec(text)
      if (!dayMonth) continue
      const [, day = '', month = '', year] = dayMonth
      const wordBeforeNumber = wordBefore(text, index)
      const weekday = weekdayNumber(wordBeforeNumber) === null ? null : NAME_BEFORE.exec(text.slice(Math.max(0, index - 12), index))
      const from = weekday ? index - weekday[0].length : index
      const to = index + dayMonth[0].length
      skip = to
      readDay(from, to, weekday?.[1], day, month, year)
    } else if (length === 4 && !isAlphanumeric(text.charCodeAt(index + 4))) {
      const value = Number(text.slice(index, index + 4))
      const wordBeforeNumber = wordBefore(text, index)
      const month = monthNumber(wordBeforeNumber) === null ? null : NAME_BEFORE.exec(text.slice(Math.max(0, index - 12), index))
      const m = month?.[1] === undefined ? null : monthNumber(month[1])
      if (month && m !== null) {
        found.push({ start: index - month[0].length, end: index + 4, value: isoDate(value, m), precision: 'month', year: 'stated', weekday: null })
      } else if (isYear(text, index, index + 4, value)) {
        found.push({ start: index, end: index + 4, value: isoDate(value), precision: 'year', year: 'stated', weekday: null })
      }
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

/** Space, no-break spaces, `.`, `,` and `/`: what separates the groups of a number or a numeric date. */
const isNumberSeparator = (code: number) => code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2e || code === 0x2c || code === 0x2f

/** Whether the bare number `[start, end)` is a year, judged by the words around it. */
function isYear(text: string, start: number, end: number, value: number): boolean {
  if (value < 1000 || value > 2100) return false
  // Part of a larger number or a numeric date: `1 500 000`, `2020,5`, `14/03/2024`.
  if (isDigit(text.charCodeAt(start - 2)) && isNumberSeparator(text.charCodeAt(start - 1))) return false
  if (isNumberSeparator(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) return false
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
  while (isBlankCode(text.charCodeAt(from))) from++
  let to = from
  while (to - from < 30 && isLetter(text.charCodeAt(to))) to++
  return text.slice(from, to)
}

/** The word right before `index`, past spaces and an elided article's apostrophe (`l'an`). */
function wordBefore(text: string, index: number): string {
  let to = index
  while (isBlankCode(text.charCodeAt(to - 1))) to--
  const apostrophe = text.charCodeAt(to - 1)
  if (apostrophe === 0x27 || apostrophe === 0x2019) to--
  let from = to
  while (to - from < 30 && isLetter(text.charCodeAt(from - 1))) from--
  return text.slice(from, to)
}

function matchCase(name: string, like: string): string {
  if (like === like.toUpperCase()) return name.toUpperCase()
  if (like.charAt(0) === like.charAt(0).toUpperCase()) return name.charAt(0).toUpperCase() + name.slice(1)
  return name
}
