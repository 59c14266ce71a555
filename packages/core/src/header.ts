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
  /** Whether the date exists in the calendar (`2024-13` and `0000-01` do not). */
  valid: boolean
}

// Any two digits for the month and day: `2024-13` is a header whose date does not exist, not text.
const HEADER = /date[ \t\u00a0\u202f]+(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=[\s\u00a0\u202f\ufeff]|$)/y

/** Finds the header prefix (the only metadata the raw format carries), or `null`. */
export function findHeader(text: string): HeaderMatch | null {
  HEADER.lastIndex = skipSpace(text, 0, text.length)
  const match = HEADER.exec(text)
  if (!match?.[1]) return null
  const [, year, month, day] = match
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year'
  // ` date 2024-02-31 ` is a header whose date does not exist: kept as written, never used as a date.
  // There is no year 0 (1 BC is written 0000 in ISO 8601, but no article is dated so).
  const valid = Number(year) > 0 && (!month || (Number(month) >= 1 && Number(month) <= 12)) && (!day || !month || dayExists(Number(year), Number(month), Number(day)))
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
