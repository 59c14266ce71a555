import type { BylineMatch } from './byline.js'
import { bylineDate } from './byline.js'
import { datelineDate, type DatelineMatch } from './dateline.js'
import type { HeaderMatch } from './header.js'
import type { ArticleDate } from './types.js'

/** The article's own date, and a note when two parts of the file disagree. */
export interface ArticleDateResult {
  date: ArticleDate | null
  /** The dateline's date, the year taken from the header or byline when it states none. */
  datelineValue: string | null
  conflict: { with: string; value: string } | null
}

/**
 * Chooses the article's date from what the file states: a dateline or byline
 * gives a day, the header a month. A dateline's day takes its year from the
 * header (or the byline); with no year anywhere it cannot date the article.
 */
export function articleDate(header: HeaderMatch | null, dateline: DatelineMatch | null, byline: BylineMatch | null): ArticleDateResult {
  const fallbackYear = header?.year ?? byline?.date?.[0] ?? null
  const datelineValue = dateline ? datelineDate(dateline, fallbackYear) : null
  const fromByline = byline ? bylineDate(byline) : null
  const candidates: ArticleDate[] = []
  if (datelineValue && !datelineValue.startsWith('--')) candidates.push({ value: datelineValue, precision: 'day', source: 'dateline' })
  if (fromByline) candidates.push({ value: fromByline, precision: 'day', source: 'byline' })
  if (header) candidates.push({ value: header.date, precision: header.precision, source: 'header' })
  const [date = null] = candidates
  // Every other statement must agree with the chosen one at its own precision.
  const disagreeing = candidates.find((other) => date !== null && !date.value.startsWith(other.value) && !other.value.startsWith(date.value))
  return {
    date,
    datelineValue,
    conflict: disagreeing ? { with: disagreeing.source, value: disagreeing.value } : null
  }
}
