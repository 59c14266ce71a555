import { dayExists } from './calendar.js'
import { skipSpace } from './characters.js'
import type { DatePrecision } from './types.js'

/** The ` date YYYY-MM ` prefix found at the start of a text. */
export interface HeaderMatch {
  start: number
  end: number
  date: string
  precision: DatePrecision
  year: number
  month: number | null
  /** Whether the date exists in the calendar. */
  valid: boolean
}

const HEADER = /date[ \t\u00a0\u202f]+(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?=[\s\u00a0\u202f\ufeff]|$)/y

/** Finds the header prefix (the only metadata the raw format carries), or `null`. */
export function findHeader(text: string): HeaderMatch | null {
  HEADER.lastIndex = skipSpace(text, 0, text.length)
  const match = HEADER.exec(text)
  if (!match?.[1]) return null
  const [, year, month, day] = match
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year'
  // ` date 2024-02-31 ` is a header whose date does not exist: kept as written, never used as a date.
  const valid = !day || !month || dayExists(Number(year), Number(month), Number(day))
  return {
    valid,
    start: match.index,
    end: match.index + match[0].length,
    date: [year, month, day].filter(Boolean).join('-'),
    precision,
    year: Number(year),
    month: month ? Number(month) : null
  }
}
