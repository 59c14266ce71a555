import { isExists } from 'date-fns'
import { LATIN_LETTER } from './characters.js'
import { fr } from 'date-fns/locale/fr'

/**
 * French month and weekday names, read from date-fns's `fr` locale rather than
 * typed here, plus their unaccented spellings (`fevrier`, `aout`), which
 * files without accents use.
 */
function names(get: (index: number) => string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => get(index).toLowerCase())
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '')
}

/** `janvier` … `décembre`, index 0 to 11. */
export const MONTHS = names((index) => fr.localize.month(index as 0, { width: 'wide' }), 12)
/** `dimanche` … `samedi`, index 0 (Sunday) to 6, as `Date#getDay` counts. */
export const WEEKDAYS = names((index) => fr.localize.day(index as 0, { width: 'wide' }), 7)

// Each name also in decomposed form (NFD), as files keep their accents as written.
const monthIndex = new Map<string, number>()
for (const [index, month] of MONTHS.entries()) {
  for (const form of [month, stripAccents(month), month.normalize('NFD')]) monthIndex.set(form, index)
}

const weekdayIndex = new Map<string, number>(WEEKDAYS.map((day, index) => [day, index]))

// Abbreviated month names that take a period (`févr.`, `sept.`), keyed without it:
// read as months only before their period, as `sept` alone is also the number seven.
const abbreviatedIndex = new Map<string, number>()
for (let index = 0; index < 12; index++) {
  const name = fr.localize.month(index as 0, { width: 'abbreviated' }).toLowerCase()
  if (!name.endsWith('.')) continue
  const word = name.slice(0, -1)
  for (const form of [word, stripAccents(word), word.normalize('NFD')]) abbreviatedIndex.set(form, index)
}
abbreviatedIndex.set('fév', 1)

/**
 * A word that may be a month or weekday name. Patterns match any word and the
 * code looks the name up: an alternation of every name in every case would
 * make large patterns that are slow to compile and to run.
 */
export const NAME_PATTERN = `[${LATIN_LETTER}]+`

/** The shortest and longest keys of `index`: words of other lengths need no look-up. */
function lengths(index: ReadonlyMap<string, number>): { min: number; max: number } {
  let min = Infinity
  let max = 0
  for (const key of index.keys()) {
    min = Math.min(min, key.length)
    max = Math.max(max, key.length)
  }
  return { min, max }
}
const monthLengths = lengths(monthIndex)
const weekdayLengths = lengths(weekdayIndex)

/** Month number (1–12) of a month name in any case, or `null`. */
export function monthNumber(name: string): number | null {
  if (name.length < monthLengths.min || name.length > monthLengths.max) return null
  // Decomposed spellings are keys of their own: no normalising on this hot path.
  const index = monthIndex.get(name.toLowerCase())
  return index === undefined ? null : index + 1
}

/** Month number (1–12) of an abbreviated month name written before a period (`févr`, `SEPT`), or `null`. */
export function abbreviatedMonthNumber(name: string): number | null {
  if (name.length < 3 || name.length > 5) return null
  const index = abbreviatedIndex.get(name.toLowerCase())
  return index === undefined ? null : index + 1
}

/** Day of the week (0 = Sunday) of a weekday name in any case, or `null`. */
export function weekdayNumber(name: string): number | null {
  if (name.length < weekdayLengths.min || name.length > weekdayLengths.max) return null
  return weekdayIndex.get(name.toLowerCase()) ?? null
}

/** Whether the day exists in that month (of that year, or of some year when `null`). */
export function dayExists(year: number | null, month: number, day: number): boolean {
  // Every month has days 1 to 28: only the others need the calendar. (Not so for years
  // below 100, which date-fns, like `Date`, reads as 1900–1999 and finds invalid.)
  if (day >= 1 && day <= 28 && month >= 1 && month <= 12 && (year === null || year >= 100)) return true
  // 2000 was a leap year: a 29 February with no year may exist.
  return isExists(year ?? 2000, month - 1, day)
}

/** Day of the week (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(year, month - 1, day).getDay()
}

/** The year and (when known) month an undated day is read against: the article's date. */
export interface YearReference {
  year: number
  month: number | null
}

/**
 * The year of a day stated without one: the reference's, or the year before
 * when a November or December day is read against a January or February date
 * (the turn of the year: news looks back, not ahead).
 */
export function yearOf(month: number, reference: YearReference): number {
  return reference.month !== null && reference.month <= 2 && month >= 11 ? reference.year - 1 : reference.year
}

/** A day number as written (`1er`, `1ER`, `27`) as a number. */
export function dayNumber(day: string): number {
  return day.toLowerCase() === '1er' ? 1 : Number(day)
}

/** ISO 8601 at the precision given: `2020`, `2020-09`, `2020-09-27`, or `--09-27` with no year. */
export function isoDate(year: number | null, month?: number, day?: number): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  const y = year === null ? '-' : String(year).padStart(4, '0')
  if (month === undefined) return y
  if (day === undefined) return `${y}-${pad(month)}`
  return `${y}-${pad(month)}-${pad(day)}`
}

