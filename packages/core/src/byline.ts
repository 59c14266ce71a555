import { MONTH_ANY_CASE, WEEKDAY_ANY_CASE, dayExists, dayNumber, isoDate, monthNumber } from './calendar.js'

/** An author line's parts, as written. */
export interface BylineMatch {
  author: string
  /** The stated date as `[year, month, day]`, or `null`. */
  date: readonly [number, number, number] | null
}

const S = '[ \\t\\u00a0\\u202f]'
// `Claire`, `Jean-Yves`, `MOREL`, `O’Neil`, `J.`; combining marks for decomposed accents.
const NAME_WORD = "\\p{Lu}\\p{M}*(?:[\\p{Ll}\\p{M}'’]*|[\\p{Lu}\\p{M}'’]+)(?:-\\p{Lu}[\\p{L}\\p{M}]*)*\\.?"
const PARTICLE = "(?:de|du|des|d'|d’|van|von|der|den|la|le|di|da|dos|el|al|ben|bin)"
const NAME = `${NAME_WORD}(?:${S}+(?:${PARTICLE}${S}*)?${NAME_WORD}){1,3}`
const DATE = `(?:(?:${WEEKDAY_ANY_CASE})${S}+)?(1er|1ER|\\d{1,2})${S}+(${MONTH_ANY_CASE})${S}+(\\d{4})`

const BY = new RegExp(`^[Pp]ar${S}+(${NAME})(?:${S}*,${S}*[^,.\\n]{1,60}?)?(?:${S}*,?${S}+le${S}+${DATE})?${S}*\\.?$`, 'u')
const ALONE = new RegExp(`^(${NAME})\\.?$`, 'u')

// Capitalised words that open sentences and scraps, never a person's name.
const NOT_A_FIRST_NAME = new Set(
  (
    'Le La Les L Un Une Des Du De Ce Cet Cette Ces Il Elle Ils Elles En Au Aux Et Pour Par Dans Sur ' +
    'Selon Lire Voir Source Sources Photo Photos Crédit Vidéo Suite Fin Mise Mis Publié Article À'
  ).split(' ')
)

function read(author: string, day?: string, month?: string, year?: string): BylineMatch {
  const m = month ? monthNumber(month) : null
  const d = day ? dayNumber(day) : 0
  const y = Number(year)
  const date = m !== null && day && year && dayExists(y, m, d) ? ([y, m, d] as const) : null
  return { author: author.trim(), date }
}

/** `text` read as `par Prénom Nom[, fonction] [le samedi 30 septembre 2023]`, or `null`. */
export function byline(text: string): BylineMatch | null {
  const first = text.charAt(0)
  const match = text.length > 160 || (first !== 'P' && first !== 'p') ? null : BY.exec(text)
  return match?.[1] ? read(match[1], match[2], match[3], match[4]) : null
}

/** `text` read as a person's name standing alone (`Claire Dumont`), or `null`. */
export function nameAlone(text: string): BylineMatch | null {
  const match = text.length > 60 ? null : ALONE.exec(text)
  const author = match?.[1]
  if (!author) return null
  const firstWord = /^[\p{L}\p{M}]+/u.exec(author)?.[0] ?? ''
  const titleCase = firstWord.charAt(0) + firstWord.slice(1).toLowerCase()
  return NOT_A_FIRST_NAME.has(titleCase) ? null : read(author)
}

/** ISO 8601 value of a byline's date, or `null`. */
export function bylineDate(match: BylineMatch): string | null {
  return match.date ? isoDate(...match.date) : null
}
