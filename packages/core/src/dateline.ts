import { BLANK, LATIN_LETTER, LATIN_UPPER, isUpper } from './characters.js'
import { NAME_PATTERN, dayExists, dayNumber, isoDate, monthNumber } from './calendar.js'

/** A dateline found in a text, with its parts as written. */
export interface DatelineMatch {
  /** Length of the dateline, terminator included. */
  length: number
  place: string | null
  region: string | null
  day: number | null
  month: number | null
  year: number | null
  agency: string | null
}

// Datelines are short: longer text is never tried against the patterns.
const MAX_LENGTH = 120

const S = BLANK
const UP = `[${LATIN_UPPER}]`
const CAPS_WORD = `${UP}[${LATIN_UPPER}'’\\-]*${UP}`
const CAPS_PLACE = `${CAPS_WORD}(?:(?:${S}|/)${CAPS_WORD}){0,3}`
const TITLE_WORD = `${UP}[${LATIN_LETTER}'’\\-]*`
const TITLE_PLACE = `${TITLE_WORD}(?:(?:${S}|/)${TITLE_WORD}){0,2}`
const REGION = `${TITLE_WORD}(?:${S}(?:(?:de|du|des|d'|d’)${S}?)?${TITLE_WORD}){0,3}`
const DATE = `(1er|1ER|\\d{1,2})${S}+(${NAME_PATTERN})(?:${S}+(\\d{4}))?`
const AGENCY_WORD = `[${LATIN_UPPER}\\d][${LATIN_LETTER}\\d&.'’\\-]*`
const AGENCY = `${AGENCY_WORD}(?:${S}(?:(?:de|du|des|et|&)${S})?${AGENCY_WORD}){0,3}`
const TERM = `${S}*(?::|\\.|-|—|–)`

// The shapes of datelines in French wire copy, tried in order.
const FORMS: ReadonlyArray<{ pattern: string; parts: ReadonlyArray<keyof DatelineMatch> }> = [
  // EREVAN, 3 JUIN, AGENCE.   STEPANAKERT, 25 MAI, ARTSAKHPRESS :
  { pattern: `(${CAPS_PLACE})${S}*,${S}*${DATE}${S}*,${S}*(${AGENCY})`, parts: ['place', 'day', 'month', 'year', 'agency'] },
  // BAKOU/TBILISSI, 10 novembre (Agence) -   Paris, 10 novembre (AFP) -
  { pattern: `(${CAPS_PLACE}|${TITLE_PLACE})${S}*,${S}*${DATE}${S}*\\((${AGENCY})\\)`, parts: ['place', 'day', 'month', 'year', 'agency'] },
  // MOSCOU, Russie, 3 octobre (AFP) -
  { pattern: `(${CAPS_PLACE})${S}*,${S}*(${REGION})${S}*,${S}*${DATE}${S}*\\((${AGENCY})\\)`, parts: ['place', 'region', 'day', 'month', 'year', 'agency'] },
  // PARIS (AFP) -
  { pattern: `(${CAPS_PLACE})${S}*\\((${AGENCY})\\)`, parts: ['place', 'agency'] },
  // EREVAN, 3 juin —
  { pattern: `(${CAPS_PLACE})${S}*,${S}*${DATE}`, parts: ['place', 'day', 'month', 'year'] },
  // VILLE, Pays —
  { pattern: `(${CAPS_PLACE})${S}*,${S}*(${REGION})(?=${S}*[—–-])`, parts: ['place', 'region'] }
]

const LEADING = FORMS.map(({ pattern, parts }) => ({
  regex: new RegExp(`^${pattern}${TERM}(?=${S}+\\S)`, 'u'),
  parts
}))
// A place and a day on a line of their own, as letters and press releases are dated: `Genève, le 29 janvier 2025`.
const PLACE_AND_DAY = { pattern: `(${CAPS_PLACE}|${TITLE_PLACE})${S}*,${S}*le${S}+(?:${NAME_PATTERN}${S}+)?${DATE}\\.?`, parts: ['place', 'day', 'month', 'year'] } as const
const WHOLE = [...FORMS, PLACE_AND_DAY].map(({ pattern, parts }) => ({
  regex: new RegExp(`^${pattern}(?:${TERM})?${S}*$`, 'u'),
  parts
}))

function read(match: RegExpExecArray, parts: ReadonlyArray<keyof DatelineMatch>): DatelineMatch | null {
  const result: DatelineMatch = { length: match[0].length, place: null, region: null, day: null, month: null, year: null, agency: null }
  parts.forEach((part, index) => {
    const value = match[index + 1]
    if (value === undefined) return
    if (part === 'day') result.day = dayNumber(value)
    else if (part === 'month') result.month = monthNumber(value) ?? 0
    else if (part === 'year') result.year = Number(value)
    else if (part === 'agency') result.agency = withoutFinalPeriod(value)
    else if (part === 'place' || part === 'region') result[part] = value
  })
  // The word after the day must be a month, and the day must exist in it.
  if (result.month === 0) return null
  if (result.day !== null && result.month !== null && !dayExists(result.year, result.month, result.day)) return null
  return result
}

/**
 * An agency name as written, less the period that ends a dateline standing
 * alone (`AGENCE.`); an initialism keeps its own (`A.F.P.`).
 */
function withoutFinalPeriod(agency: string): string {
  return agency.endsWith('.') && !agency.slice(0, -1).includes('.') ? agency.slice(0, -1) : agency
}

/**
 * Every dateline starts with a place in capitals (`EREVAN,`) or has an agency
 * in parentheses early on: a cheap test that spares most lines the patterns.
 */
function mayBeDateline(text: string): boolean {
  if (!isUpper(text.charCodeAt(0))) return false
  const limit = Math.min(text.length, HEAD)
  let end = 0
  while (end < limit && !endsPlace(text.charCodeAt(end))) end++
  // Most lines start with a word in title case and hold no parenthesis early on: they are answered without a slice.
  const caps = end > 1 && isAllCaps(text, end)
  if (!caps && !holdsBefore(text, '(', limit) && text.lastIndexOf(', le', limit) < 0) return false
  const head = text.slice(0, limit)
  if (caps) return head.includes(',') || head.includes('(')
  // A place in title case only in `Paris, 10 novembre (AFP) -` or `Genève, le 29 janvier 2025`: a comma, maybe `le` and a weekday, a day.
  return /^[^,]{1,40},[ \t\u00a0\u202f]*(?:le[ \t\u00a0\u202f]+(?:\p{L}+[ \t\u00a0\u202f]+)?)?\d/u.test(head)
}

// How far into a line the cheap test looks.
const HEAD = 60

/** Whether `char` occurs in `text` before `limit`: looked for there only, not through a whole paragraph. */
function holdsBefore(text: string, char: string, limit: number): boolean {
  const code = char.charCodeAt(0)
  for (let at = 0; at < limit; at++) if (text.charCodeAt(at) === code) return true
  return false
}

/** White space, `,`, `/` or `(`: what ends the first word of a dateline's place. */
const endsPlace = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f || code === 0x2c || code === 0x2f || code === 0x28

/** Whether upper-casing leaves the first `end` characters of `text` as they are; a lower-case ASCII letter, the common case, answers at once. */
function isAllCaps(text: string, end: number): boolean {
  let ascii = true
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x61 && code <= 0x7a) return false
    if (code >= 0x80) ascii = false
  }
  if (ascii) return true
  const word = text.slice(0, end)
  return word === word.toUpperCase()
}

function first(forms: typeof LEADING, text: string): DatelineMatch | null {
  for (const { regex, parts } of forms) {
    const match = regex.exec(text)
    const found = match ? read(match, parts) : null
    if (found) return found
  }
  return null
}

/** A dateline that opens `text` and is followed by more text, or `null`. */
export function leadingDateline(text: string): DatelineMatch | null {
  return mayBeDateline(text) ? first(LEADING, text.slice(0, MAX_LENGTH + 2)) : null
}

/** `text` read as a dateline standing alone (a whole line), or `null`. */
export function wholeDateline(text: string): DatelineMatch | null {
  return text.length <= MAX_LENGTH && mayBeDateline(text) ? first(WHOLE, text) : null
}

/**
 * ISO 8601 value of a dateline's date, the year taken from `fallbackYear` when
 * it states none; a day that does not exist in that year keeps no year
 * (`--02-29` under a 2022 header), so it dates nothing.
 */
export function datelineDate(match: DatelineMatch, fallbackYear: number | null): string | null {
  if (match.day === null || match.month === null) return null
  const year = match.year ?? fallbackYear
  return isoDate(year !== null && dayExists(year, match.month, match.day) ? year : null, match.month, match.day)
}
