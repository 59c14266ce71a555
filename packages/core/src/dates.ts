import { MONTH_ANY_CASE, WEEKDAYS, WEEKDAY_ANY_CASE, dayExists, isoDate, monthNumber, weekdayNumber, weekdayOf } from './calendar.js'
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

const S = '[ \\t\\u00a0\\u202f]'
const DATES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:` +
    `(?:(${WEEKDAY_ANY_CASE})${S}+)?(1er|[0-3]?\\d)${S}+(${MONTH_ANY_CASE})(?:${S}+(\\d{4}))?` +
    `|(${MONTH_ANY_CASE})${S}+(\\d{4})` +
    `|(\\d{4})` +
    `)(?![\\p{L}\\p{N}])`,
  'gu'
)

// Words before a bare number that make it a year: `en 1991`, `depuis 2016`, `l'an 2000`.
const STRONG_CUES = new Set('en depuis dès entre et ou avant après fin début mi année années an été hiver printemps automne jusqu'.split(' '))
// Words that also introduce quantities (`à 1200`, `de 1500 soldats`): trust them for modern years only.
const WEAK_CUES = new Set(['de', 'à', 'au', 'vers', 'of'])
// Words that may follow a year; any other lower-case word makes the number a quantity (`1500 morts`).
const FOLLOWERS = new Set(
  (
    'et ou à au aux dans par pour puis lors quand alors avec contre selon après avant jusqu qui que où mais ' +
    'donc les le la l des du d un une en se s ne n il elle ils elles on ce cette ces son sa ses leur leurs ' +
    'sous sur vers entre pendant depuis était a ont est sont fut avait avaient déjà aussi ainsi encore également'
  ).split(' ')
)

/**
 * Finds the date expressions of the block `[start, end)`: a day and month with
 * or without a year and weekday, a month and year, or a year alone in a
 * context that makes it one. A day without a year takes `articleYear`.
 */
export function dates(text: string, start: number, end: number, articleYear: number | null): { dates: RawDate[]; problems: DateProblem[] } {
  const found: RawDate[] = []
  const problems: DateProblem[] = []
  DATES.lastIndex = start
  for (let match = DATES.exec(text); match !== null && match.index < end; match = DATES.exec(text)) {
    const matchEnd = match.index + match[0].length
    if (matchEnd > end) break
    const [, weekday, day, month, year, monthOnly, monthYear, yearAlone] = match
    if (yearAlone !== undefined) {
      const value = Number(yearAlone)
      if (isYear(text, match.index, matchEnd, value)) {
        found.push({ start: match.index, end: matchEnd, value: isoDate(value), precision: 'year', year: 'stated', weekday: null })
      }
      continue
    }
    if (monthOnly !== undefined && monthYear !== undefined) {
      const m = monthNumber(monthOnly)
      if (m !== null) found.push({ start: match.index, end: matchEnd, value: isoDate(Number(monthYear), m), precision: 'month', year: 'stated', weekday: null })
      continue
    }
    const m = month === undefined ? null : monthNumber(month)
    if (m === null || day === undefined) continue
    const d = day === '1er' ? 1 : Number(day)
    const y = year !== undefined ? Number(year) : articleYear
    if (!dayExists(y, m, d)) {
      problems.push({ start: match.index, end: matchEnd, kind: 'invalid-date', expected: null })
      continue
    }
    found.push({
      start: match.index,
      end: matchEnd,
      value: isoDate(y, m, d),
      precision: 'day',
      year: year !== undefined ? 'stated' : y === null ? 'unknown' : 'article',
      weekday: weekday ?? null
    })
    if (weekday !== undefined && y !== null) {
      const actual = weekdayOf(y, m, d)
      if (weekdayNumber(weekday) !== actual) {
        problems.push({ start: match.index, end: matchEnd, kind: 'weekday-mismatch', expected: matchCase(WEEKDAYS[actual] ?? '', weekday) })
      }
    }
  }
  return { dates: found, problems }
}

/** Whether the bare number `[start, end)` is a year, judged by the words around it. */
function isYear(text: string, start: number, end: number, value: number): boolean {
  if (value < 1000 || value > 2100) return false
  // Part of a larger number: `1 500 000`, `2020,5`.
  if (/\d[ \u00a0\u202f.,]$/u.test(text.slice(Math.max(0, start - 2), start))) return false
  if (/^[ \u00a0\u202f.,]\d/u.test(text.slice(end, end + 2))) return false
  const next = /^[ \t\u00a0\u202f]*([\p{L}]+)?/u.exec(text.slice(end, end + 40))
  const nextWord = next?.[1]
  if (nextWord !== undefined && nextWord === nextWord.toLowerCase() && !FOLLOWERS.has(nextWord)) return false
  const previous = /([\p{L}]+)['’]?[ \t\u00a0\u202f]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase()
  if (previous !== undefined && STRONG_CUES.has(previous)) return true
  if (previous !== undefined && WEAK_CUES.has(previous)) return value >= 1800
  // No cue: a year only when punctuation or the end follows (`En 2016, les…` has its cue).
  return nextWord === undefined && value >= 1800
}

function matchCase(name: string, like: string): string {
  if (like === like.toUpperCase()) return name.toUpperCase()
  if (like.charAt(0) === like.charAt(0).toUpperCase()) return name.charAt(0).toUpperCase() + name.slice(1)
  return name
}
