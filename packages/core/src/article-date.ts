import type { BylineMatch } from './byline.js'
import { bylineDate } from './byline.js'
import { datelineDate, type DatelineMatch } from './dateline.js'
import type { HeaderMatch } from './header.js'
import { yearOf } from './calendar.js'
import type { ArticleDate } from './types.js'

/**
 * The year of a dateline's day: its own, else the header's, else the
 * byline's, with the turn-of-year rule of `yearOf`.
 */
export function datelineYear(header: HeaderMatch | null, dateline: DatelineMatch, byline: BylineMatch | null): number | null {
  if (dateline.year !== null) return dateline.year
  const reference = header ?? (byline?.date ? { year: byline.date[0], month: byline.date[1] } : null)
  return reference ? yearOf(dateline.month ?? 0, reference) : null
}

function turnOfYear(a: ArticleDate, b: ArticleDate): boolean {
  // Both must name a month: a year alone is no turn of the year.
  if (a.date.length < 7 || b.date.length < 7) return false
  const [late, early] = a.date < b.date ? [a.date, b.date] : [b.date, a.date]
  return Number(early.slice(0, 4)) === Number(late.slice(0, 4)) + 1 && late.slice(5, 7) >= '11' && early.slice(5, 7) <= '02'
}

/** The article's own date, and a note when two parts of the file disagree. */
export interface ArticleDateResult {
  date: ArticleDate | null
  conflict: { with: ArticleDate['source']; date: string } | null
}

/**
 * Chooses the article's date from what the file states: a dateline, a byline
 * or a publication line (`Publié le 30/10/2023`) gives a day, the header a month. A dateline's day takes its year from the
 * header (or the byline); with no year anywhere it cannot date the article.
 */
export function articleDate(header: HeaderMatch | null, dateline: DatelineMatch | null, byline: BylineMatch | null, publication: string | null): ArticleDateResult {
  const usable = header?.valid ? header : null
  const datelineValue = dateline ? datelineDate(dateline, datelineYear(usable, dateline, byline)) : null
  const fromByline = byline ? bylineDate(byline) : null
  const candidates: ArticleDate[] = []
  if (datelineValue && !datelineValue.startsWith('--')) candidates.push({ date: datelineValue, precision: 'day', source: 'dateline' })
  if (fromByline) candidates.push({ date: fromByline, precision: 'day', source: 'byline' })
  if (publication) candidates.push({ date: publication, precision: 'day', source: 'publication' })
  if (usable) candidates.push({ date: usable.date, precision: usable.precision, source: 'header' })
  const [date = null] = candidates
  // Every other statement must agree with the chosen one at its own precision;
  // a December dateline under a January header is the turn of the year, not a conflict.
  const disagreeing = candidates.find(
    (other) => date !== null && !date.date.startsWith(other.date) && !other.date.startsWith(date.date) && !turnOfYear(date, other)
  )
  return {
    date,
    conflict: disagreeing ? { with: disagreeing.source, date: disagreeing.date } : null
  }
}
