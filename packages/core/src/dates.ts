import { WEEKDAYS, type YearReference, abbreviatedMonthNumber, dayExists, yearOf, isoDate, monthNumber, weekdayNumber, weekdayOf } from './calendar.js'
import { codeAt, isAlphanumeric, isAlphanumericAt, isAlphanumericBefore, isBlankCode, isDigit, isLatinLetter, isLetter } from './characters.js'
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

// Every date expression holds a number: find numbers with a plain scan, then
// read the words around each one by hand (no pattern runs at each number).
// Month names start with one of these (`janvier` … `décembre`), in either case; other words after a number are not read.
const isMonthInitial = (code: number) => {
  const lower = code | 0x20
  return lower === 0x6a || lower === 0x66 || lower === 0x6d || lower === 0x61 || lower === 0x73 || lower === 0x6f || lower === 0x6e || lower === 0x64
}
// The longest weekday or month name, in letters (`septembre`, and `décembre` decomposed), and some to spare.
const MAX_NAME = 12

// Words before a bare number that make it a year: `en 1991`, `depuis 2016`, `l'an 2000`.
const STRONG_CUES = new Set('en depuis dès entre et ou avant après fin début mi année an été hiver printemps automne jusqu'.split(' '))
// Words that also introduce quantities (`à 1200`, `de 1500 soldats`): trust them for modern years only.
const WEAK_CUES = new Set(['de', 'à', 'au', 'vers'])
// Words that may follow a year; any other lower-case word makes the number a quantity (`1500 morts`).
const FOLLOWERS = new Set(
  (
    'et ou à au aux dans par pour puis lors quand alors avec contre selon après avant jusqu qui que où mais ' +
    'donc les le la l des du d m j c qu un une en se s ne n il elle ils elles on ce cette ces son sa ses leur leurs ' +
    'sous sur vers entre pendant depuis était a ont est sont fut avait avaient déjà aussi ainsi encore également ' +
    'sera seront serait seraient restera resteront reste restent fera verra marque marquera marquait demeure'
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
  // Days listed before the one that names their month or year (`27 et 28 septembre`,
  // `du 3 au 5 mai`, `du 12 avril au 30 septembre 2024`), and where the number that
  // goes on with them must start.
  let pending: PendingDay[] = []
  let expected = -1
  for (const index of numbers) {
    if (index < skip || isAlphanumeric(codeAt(text, index - 1))) continue
    if (index !== expected) flush()
    const length = digitsEnd(text, index + 1) - index
    // Only a day (one or two digits) or a year (four) starts a date: other numbers are passed at once.
    if ((length <= 2 || length === 4) && readNumericDate(index, length)) continue
    if (length === 1 || (length === 2 && codeAt(text, index) <= 0x33)) {
      const day = dayAt(text, index, length)
      const monthStart = blanksEnd(text, day.end)
      let monthEnd = monthStart > day.end && isMonthInitial(codeAt(text, monthStart)) ? latinRunEnd(text, monthStart) : monthStart
      let m = monthEnd === monthStart || isAlphanumericAt(text, monthEnd) ? null : monthNumber(text.slice(monthStart, monthEnd))
      // `24 févr. 2022`: an abbreviated month, its period part of the date.
      if (m === null && monthEnd > monthStart && codeAt(text, monthEnd) === 0x2e) {
        m = abbreviatedMonthNumber(text.slice(monthStart, monthEnd))
        if (m !== null) monthEnd++
      }
      if (m === null) {
        expected = nextListedDay(text, day.end)
        if (expected >= 0) pending.push(listedDay(index, day.end, day.value, null))
        else flush()
        continue
      }
      const weekday = nameBefore(text, index, weekdayNumber)
      const start = weekday ? weekday.start : index
      // A year follows when four digits stand after blanks, and nothing alphanumeric after them.
      const yearStart = blanksEnd(text, monthEnd)
      const stated = yearStart > monthEnd && isDigits(text, yearStart, 4) && !isAlphanumericAt(text, yearStart + 4)
      const to = stated ? yearStart + 4 : monthEnd
      const year = stated ? Number(text.slice(yearStart, to)) : null
      if (year === null) {
        expected = nextListedDay(text, monthEnd)
        if (expected >= 0) {
          // Days listed before this one without a month are in its month (`les 29 et 30 juin et le 1er juillet`).
          for (const listed of pending) listed.month ??= m
          pending.push({ start, end: monthEnd, weekday: weekday?.name, day: day.value, month: m })
          skip = monthEnd
          continue
        }
      }
      skip = to
      // The words around the whole range tell whether it is past or to come (`du 3 au 7 octobre dernier`).
      const range = [...pending, { start, end: to, weekday: weekday?.name, day: day.value, month: m }]
      const lastYear = year ?? guessedYear(range, m, article, tenseOf(text, range[0]?.start ?? start, to))
      pending = []
      // The listed days take this month and year (the year before for a later month: `du 28 décembre au 3 janvier 2025`).
      for (const listed of range) readDay(listed, m, lastYear, year !== null)
    } else if (length === 4 && !isAlphanumeric(codeAt(text, index + 4))) {
      flush()
      const value = Number(text.slice(index, index + 4))
      const month = nameBefore(text, index, monthNumber) ?? abbreviationBefore(text, index)
      if (month) {
        found.push({ start: month.start, end: index + 4, value: isoDate(value, month.number), precision: 'month', year: 'stated', weekday: null })
      } else if (isYear(text, index, index + 4, value)) {
        found.push({ start: index, end: index + 4, value: isoDate(value), precision: 'year', year: 'stated', weekday: null })
      }
    }
  }
  flush()
  return { dates: found, problems }

  /**
   * Reads an all-numeric date at `index` (`14/03/2024`, `14.03.2024`, `2024-03-14`):
   * whether there was one, valid or not. `length` is the first number's.
   */
  function readNumericDate(index: number, length: number): boolean {
    const parts = numericDate(text, index, length)
    if (parts === null) return false
    flush()
    const [y, m, d, end] = parts
    skip = end
    if (!dayExists(y, m, d)) problems.push({ start: index, end, kind: 'invalid-date', expected: null })
    else found.push({ start: index, end, value: isoDate(y, m, d), precision: 'day', year: 'stated', weekday: null })
    return true
  }

  /** A day listed before the one that names its month, with its weekday (`samedi 3 et…`). */
  function listedDay(index: number, end: number, day: number, month: number | null): PendingDay {
    const weekday = nameBefore(text, index, weekdayNumber)
    return { start: weekday ? weekday.start : index, end, weekday: weekday?.name, day, month }
  }

  /** Reads the listed days that named their own month, when what follows them turns out to be no date; the others are no dates. */
  function flush() {
    for (const listed of pending) {
      if (listed.month !== null) readDay(listed, listed.month, guessedYear([listed], listed.month, article, tenseOf(text, listed.start, listed.end)), false)
    }
    pending = []
  }

  /**
   * Reads a day of a range whose last month is `last`, in `lastYear` (a listed
   * day in a later month is in the year before); `stated` when the text wrote that year.
   */
  function readDay(listed: PendingDay, last: number, lastYear: number | null, stated: boolean) {
    const { start: from, end: to, weekday, day: d } = listed
    const m = listed.month ?? last
    const y = lastYear !== null && m > last ? lastYear - 1 : lastYear
    if (!dayExists(y, m, d)) {
      problems.push({ start: from, end: to, kind: 'invalid-date', expected: null })
      return
    }
    found.push({
      start: from,
      end: to,
      value: isoDate(y, m, d),
      precision: 'day',
      year: stated ? 'stated' : y === null ? 'unknown' : 'article',
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

/**
 * The year, month and day of an all-numeric date starting at `index` (its first
 * number `length` digits long), and where it ends: day first with `/` or `.`
 * (`14/03/2024`, `1.3.2024`), or ISO 8601 (`2024-03-14`); `null` otherwise,
 * and when more digits or letters go on (`14/03/2024/5`).
 */
function numericDate(text: string, index: number, length: number): [number, number, number, number] | null {
  const separator = codeAt(text, index + length)
  const iso = length === 4
  if (iso ? separator !== 0x2d : separator !== 0x2f && separator !== 0x2e) return null
  const second = index + length + 1
  const secondEnd = digitsEnd(text, second)
  const third = secondEnd + 1
  const thirdLength = iso ? 2 : 4
  if (secondEnd - second < (iso ? 2 : 1) || secondEnd - second > 2 || codeAt(text, secondEnd) !== separator || !isDigits(text, third, thirdLength)) return null
  const end = third + thirdLength
  if (isAlphanumericAt(text, end) || (isNumberSeparatorAt(text, end) && isDigit(codeAt(text, end + 1)))) return null
  const first = Number(text.slice(index, index + length))
  const middle = Number(text.slice(second, secondEnd))
  const last = Number(text.slice(third, end))
  const [y, m, d] = iso ? [first, middle, last] : [last, middle, first]
  return m >= 1 && m <= 12 && y >= 1000 ? [y, m, d, end] : null
}

/** Whether the character at `index` separates numbers (see `isNumberSeparator`). */
const isNumberSeparatorAt = (text: string, index: number) => isNumberSeparator(codeAt(text, index))

/** Blanks, and the line breaks of a hard-wrapped block (`le 22\nseptembre`): what may stand between the words of a date. */
const isGapCode = (code: number) => isBlankCode(code) || code === 0x0a || code === 0x0d

/** A day listed before the day that names its month or year: where it is written, its number, and its own month if it names one. */
interface PendingDay {
  start: number
  end: number
  weekday: string | undefined
  day: number
  month: number | null
}

/** Words that tell a day without a year is past or to come: `le 7 octobre dernier`, `depuis le 7 octobre`, `le 15 novembre prochain`. */
const PAST_AFTER = new Set(['dernier', 'dernière', 'derniers', 'dernières', 'passé', 'passée', 'passés', 'passées'])
const FUTURE_AFTER = new Set(['prochain', 'prochaine', 'prochains', 'prochaines'])
const PAST_BEFORE = new Set(['depuis'])
// Words before a day that comes back every year, nearest first: `chaque 24 avril`, `tous les 24 avril`, `tous les ans le 24 avril`.
const YEARLY_BEFORE = [['chaque'], ['les', 'tous'], ['le', 'ans', 'les', 'tous'], ['le', 'année', 'chaque']]
const YEARLY_WORDS = Math.max(...YEARLY_BEFORE.map((words) => words.length))

/** Whether a date is said to be past, to come, or to come back every year; `null` when the words around do not say. */
type Tense = 'past' | 'future' | 'yearly' | null

/** Whether the words around the date `[from, to)` place it in the past, the future or every year, or `null` when they do not say. */
function tenseOf(text: string, from: number, to: number): Tense {
  const before = wordsBefore(text, from, YEARLY_WORDS)
  if (YEARLY_BEFORE.some((cue) => cue.every((word, index) => before[index] === word))) return 'yearly'
  const after = wordAfter(text, to).toLowerCase()
  if (PAST_AFTER.has(after)) return 'past'
  if (FUTURE_AFTER.has(after)) return 'future'
  // `depuis le 7 octobre`, `depuis les 3 et 4 octobre`: past the article.
  const [first = '', second = ''] = before
  return PAST_BEFORE.has(first === 'le' || first === 'les' ? second : first) ? 'past' : null
}

/** Up to `count` words right before `index`, nearest first, in lower case; punctuation or an apostrophe ends them. */
function wordsBefore(text: string, index: number, count: number): string[] {
  const words: string[] = []
  let end = blanksStart(text, index)
  while (words.length < count) {
    let start = end
    while (end - start < 30 && isLetter(codeAt(text, start - 1))) start--
    if (start === end) break
    words.push(text.slice(start, end).toLowerCase())
    end = blanksStart(text, start)
    if (end === start) break
  }
  return words
}

/**
 * The year of a range's last month `last` when the text writes none: none for
 * a day that comes back every year; else the article's (see `articleYear`),
 * unless the weekdays written in the range fall on their days in the year
 * before or after the article's instead (a day falls on three different
 * weekdays in three years in a row, so at most one of them fits), within what
 * the words around allow (not later for a past day, not earlier for one to come).
 */
function guessedYear(range: readonly PendingDay[], last: number, article: YearReference | null, tense: Tense): number | null {
  if (article === null || tense === 'yearly') return null
  const guess = articleYear(last, article, tense)
  if (range.every((listed) => listed.weekday === undefined) || fallsOnWeekdays(range, last, guess)) return guess
  const allowed = (year: number) => (tense === 'past' ? year <= guess : tense === 'future' ? year >= guess : true)
  return [article.year - 1, article.year, article.year + 1].find((year) => allowed(year) && fallsOnWeekdays(range, last, year)) ?? guess
}

/** Whether each day of the range that has a weekday exists and falls on it when the last month `last` is in `lastYear`. */
function fallsOnWeekdays(range: readonly PendingDay[], last: number, lastYear: number): boolean {
  return range.every(({ weekday, day, month }) => {
    if (weekday === undefined) return true
    const m = month ?? last
    const y = m > last ? lastYear - 1 : lastYear
    return dayExists(y, m, day) && weekdayOf(y, m, day) === weekdayNumber(weekday)
  })
}

/**
 * The year of a day of month `month` stated without one, from the article's
 * date: the last such month up to the article's when the text says it is past,
 * the next one from it when it says it is to come, else `yearOf`'s rule.
 */
function articleYear(month: number, article: YearReference, tense: Exclude<Tense, 'yearly'>): number {
  if (tense === null || article.month === null) return yearOf(month, article)
  if (tense === 'past') return month > article.month ? article.year - 1 : article.year
  return month < article.month ? article.year + 1 : article.year
}

// What joins the days of a list or range: `27 et 28`, `3 ou 4`, `du 3 au 5`, `27, 28`, `27-28`.
const LIST_WORDS = new Set(['et', 'ou', 'au', 'à'])
const isListMark = (code: number) => code === 0x2c || isDash(code)

/**
 * Where the next day of a list or range starts when one follows the day that
 * ends at `index` (`27| et 28`, `3| au samedi 5`), else -1.
 */
function nextListedDay(text: string, index: number): number {
  let i = blanksEnd(text, index)
  if (isListMark(codeAt(text, i))) i++
  else {
    const end = latinRunEnd(text, i)
    if (end === i || end === index || !LIST_WORDS.has(text.slice(i, end).toLowerCase())) return -1
    i = end
  }
  i = blanksEnd(text, i)
  // `le 3 et le 5`, `samedi 3 et dimanche 4`
  for (let word = 0; word < 2 && isLatinLetter(codeAt(text, i)); word++) {
    const end = latinRunEnd(text, i)
    const name = text.slice(i, end)
    if (name.toLowerCase() !== 'le' && weekdayNumber(name) === null) return -1
    const next = blanksEnd(text, end)
    if (next === end) return -1
    i = next
  }
  return isDigit(codeAt(text, i)) ? i : -1
}

/** The day number written at `index` (`length` digits), with a `1er` ordinal: its value and where it ends. */
function dayAt(text: string, index: number, length: number): { value: number; end: number } {
  const first = codeAt(text, index) - 0x30
  if (length === 2) return { value: first * 10 + codeAt(text, index + 1) - 0x30, end: index + 2 }
  const ordinal = first === 1 && (text.startsWith('er', index + 1) || text.startsWith('ER', index + 1))
  return { value: first, end: ordinal ? index + 3 : index + 1 }
}

/** One past the run of blanks and line breaks that starts at `index`. */
function blanksEnd(text: string, index: number): number {
  let i = index
  while (isGapCode(codeAt(text, i))) i++
  return i
}

/** One past the run of Latin letters (see `LATIN_LETTER`) that starts at `index`. */
function latinRunEnd(text: string, index: number): number {
  let i = index
  while (isLatinLetter(codeAt(text, i))) i++
  return i
}

/** Whether the `count` characters from `index` are all ASCII digits. */
function isDigits(text: string, index: number, count: number): boolean {
  for (let i = index; i < index + count; i++) if (!isDigit(codeAt(text, i))) return false
  return true
}

/**
 * The name (weekday or month, as `lookUp` tells) right before the number at
 * `index`, past blanks however many: `lundi 3 mai`, `mai 2020`. The name is a
 * whole word: it follows no letter or digit.
 */
function nameBefore<T extends number>(text: string, index: number, lookUp: (name: string) => T | null): { start: number; name: string; number: T } | null {
  const end = blanksStart(text, index)
  if (end === index) return null
  // Longer words are not walked to their start: they are no name.
  const min = Math.max(0, end - MAX_NAME)
  let start = end
  while (start > min && isLatinLetter(codeAt(text, start - 1))) start--
  if (start === end || isAlphanumericBefore(text, start)) return null
  const name = text.slice(start, end)
  const number = lookUp(name)
  return number === null ? null : { start, name, number }
}

/** An abbreviated month and its period right before the number at `index`, past blanks: `févr. 2022`. */
function abbreviationBefore(text: string, index: number): { start: number; number: number } | null {
  const blanks = blanksStart(text, index)
  const dot = blanks - 1
  if (blanks === index || codeAt(text, dot) !== 0x2e) return null
  let start = dot
  while (start > dot - MAX_NAME && isLatinLetter(codeAt(text, start - 1))) start--
  if (start === dot || isAlphanumericBefore(text, start)) return null
  const number = abbreviatedMonthNumber(text.slice(start, dot))
  return number === null ? null : { start, number }
}

/** Space, no-break spaces, `.`, `,` and `/`: what separates the groups of a number or a numeric date. */
const isNumberSeparator = (code: number) => code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2e || code === 0x2c || code === 0x2f

/** Whether the bare number `[start, end)` is a year, judged by the words around it. */
function isYear(text: string, start: number, end: number, value: number): boolean {
  if (value < 1000 || value > 2100) return false
  // Part of a larger number or a numeric date: `1 500 000`, `2020,5`, `14/03/2024`.
  if (isDigit(codeAt(text, start - 2)) && isNumberSeparator(codeAt(text, start - 1))) return false
  if (isNumberSeparator(codeAt(text, end)) && isDigit(codeAt(text, end + 1))) return false
  // A number (`loi n° 2016-41`), not a year.
  if (isNumberSign(codeAt(text, blanksStart(text, start) - 1))) return false
  // Joined by a dash to another number: a span of years (`2020-2021`, `1914–1918`), else a code (`n° 2020-1310`).
  // Both must be followed as a year may be: `1900-2000 euros` is a quantity.
  if (isDash(codeAt(text, end)) && isDigit(codeAt(text, end + 1))) {
    return isSpanOfYears(value, yearAfterDash(text, end + 1, value)) && mayFollowYear(wordAfter(text, digitsEnd(text, end + 1)))
  }
  if (isDash(codeAt(text, start - 1)) && isDigit(codeAt(text, start - 2))) return isSpanOfYears(numberBefore(text, start - 1), value) && mayFollowYear(wordAfter(text, end))
  const nextWord = wordAfter(text, end)
  if (!mayFollowYear(nextWord)) return false
  const previous = wordBefore(text, start).toLowerCase()
  // `les années 1990`: a decade, which no ISO 8601 precision here says.
  if (previous === 'années') return false
  if (STRONG_CUES.has(previous)) return true
  if (WEAK_CUES.has(previous)) return value >= 1800
  // `les éditions 2022 et 2023`: a year listed before another.
  if (value >= 1800 && (nextWord === 'et' || nextWord === 'ou') && isYearAt(text, blanksEnd(text, blanksEnd(text, end) + nextWord.length))) return true
  // No cue: a year only when punctuation or the end follows (`En 2016, les…` has its cue).
  return nextWord === '' && value >= 1800
}


const isDash = (code: number) => code === 0x2d || code === 0x2013

/** Whether four digits standing alone, from 1800 to 2100, start at `index`. */
function isYearAt(text: string, index: number): boolean {
  if (!isDigits(text, index, 4) || isAlphanumericAt(text, index + 4)) return false
  const value = Number(text.slice(index, index + 4))
  return value >= 1800 && value <= 2100
}

/** Whether `word` may follow a year: none, a capitalised word, or one of `FOLLOWERS` (`1500 morts` is a quantity). */
function mayFollowYear(word: string): boolean {
  return word === '' || word !== word.toLowerCase() || FOLLOWERS.has(word)
}

/** One past the run of digits that starts at `index`. */
function digitsEnd(text: string, index: number): number {
  let end = index
  while (isDigit(codeAt(text, end))) end++
  return end
}

/** Whether `from` and `to` are years that can bound a span (`2020-2021`): the second later, within a century. */
function isSpanOfYears(from: number, to: number): boolean {
  return from >= 1000 && to <= 2100 && to > from && to - from <= 100
}

/** `°` and `º`, as in `n°`: what numbers a law or a decree. */
const isNumberSign = (code: number) => code === 0xb0 || code === 0xba

/** Start of the run of blanks that ends at `index`. */
function blanksStart(text: string, index: number): number {
  let i = index
  while (isGapCode(codeAt(text, i - 1))) i--
  return i
}

/** The year written from `index` on, after the dash that follows `from`: four digits, or two in its century (`2020-21`); else -1. */
function yearAfterDash(text: string, index: number, from: number): number {
  const end = digitsEnd(text, index)
  const value = Number(text.slice(index, end))
  if (end - index === 4) return value
  // Two digits: a span of a few years (`2020-21`, `1914-18`), not a law number (`2016-41`).
  const to = Math.floor(from / 100) * 100 + value
  return end - index === 2 && to - from <= 10 ? to : -1
}

/** The number written right before `index` (its digits only), or -1 when longer than four digits. */
function numberBefore(text: string, index: number): number {
  let start = index
  while (isDigit(codeAt(text, start - 1))) start--
  return index - start > 4 ? -1 : Number(text.slice(start, index))
}

/** The word right after `index`, past spaces (`''` when punctuation or the end comes first). */
function wordAfter(text: string, index: number): string {
  let from = index
  while (isGapCode(codeAt(text, from))) from++
  let to = from
  while (to - from < 30 && isLetter(codeAt(text, to))) to++
  return text.slice(from, to)
}

/** The word right before `index`, past spaces and an elided article's apostrophe (`l'an`). */
function wordBefore(text: string, index: number): string {
  let to = index
  while (isGapCode(codeAt(text, to - 1))) to--
  const apostrophe = codeAt(text, to - 1)
  if (apostrophe === 0x27 || apostrophe === 0x2019) to--
  let from = to
  while (to - from < 30 && isLetter(codeAt(text, from - 1))) from--
  return text.slice(from, to)
}

function matchCase(name: string, like: string): string {
  if (like === like.toUpperCase()) return name.toUpperCase()
  if (like.charAt(0) === like.charAt(0).toUpperCase()) return name.charAt(0).toUpperCase() + name.slice(1)
  return name
}
