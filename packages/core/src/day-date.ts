import { BLANK } from './characters.js'
import { NAME_PATTERN, abbreviatedMonthNumber, dayExists, dayNumber, monthNumber, weekdayNumber } from './calendar.js'

/** A day stated with its year, as `[year, month, day]`. */
export type Day = readonly [number, number, number]

const S = BLANK
// `30/10/2023`, `30.10.2023`, `30-10-2023`; `2023-10-30`; `lundi 30 octobre 2023`, `30 oct. 2023`, `1er mars 2024`.
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/
const WORDS = new RegExp(`^(?:(${NAME_PATTERN})${S}+)?(1er|1ER|\\d{1,2})${S}+(${NAME_PATTERN})(\\.?)${S}+(\\d{4})(?!\\d)`, 'u')

/** The pattern of a day with its year, for other patterns to embed (no groups of its own). */
export const DAY_PATTERN = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2}|(?:${NAME_PATTERN}${S}+)?(?:1er|1ER|\\d{1,2})${S}+${NAME_PATTERN}\\.?${S}+\\d{4})`

/**
 * The day that `text` opens with, stated with its year (`30/10/2023`,
 * `2023-10-30`, `lundi 30 octobre 2023`, `30 oct. 2023`), and its length; or
 * `null` when it opens with none, or with a day that does not exist.
 */
export function dayAt(text: string): { day: Day; length: number } | null {
  const numeric = NUMERIC.exec(text)
  if (numeric) return checked(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]), numeric[0].length)
  const iso = ISO.exec(text)
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[0].length)
  const words = WORDS.exec(text)
  if (!words) return null
  const [whole, weekday, day = '', month = '', period, year] = words
  if (weekday !== undefined && weekdayNumber(weekday) === null) return null
  const m = period === '.' ? abbreviatedMonthNumber(month) : monthNumber(month)
  return m === null ? null : checked(Number(year), m, dayNumber(day), whole.length)
}

function checked(year: number, month: number, day: number, length: number): { day: Day; length: number } | null {
  return month >= 1 && month <= 12 && year >= 1000 && dayExists(year, month, day) ? { day: [year, month, day], length } : null
}
