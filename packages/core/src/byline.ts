import { BLANK, LATIN_LETTER, LATIN_LOWER, LATIN_UPPER, isUpper } from './characters.js'
import { NAME_PATTERN, dayExists, dayNumber, isoDate, monthNumber, weekdayNumber } from './calendar.js'
import { AGENCY_NOTE } from './agencies.js'
import { DAY_PATTERN, dayAt, type Day } from './day-date.js'

/** An author line's parts, as written. */
export interface BylineMatch {
  author: string
  /** The stated date as `[year, month, day]`, or `null`. */
  date: readonly [number, number, number] | null
}

const S = BLANK
// `Claire`, `Jean-Yves`, `MOREL`, `O’Neil`, `J.`; combining marks for decomposed accents.
const UP = `[${LATIN_UPPER}]`
// `J.-P.`, `J.` also: initials, single or paired.
const NAME_WORD = `(?:${UP}\\.-${UP}\\.|${UP}(?:[${LATIN_LOWER}'’]*|[${LATIN_UPPER}'’]+)(?:-${UP}[${LATIN_LETTER}]*)*\\.?)`
const PARTICLE = "(?:de|du|des|d'|d’|van|von|der|den|la|le|di|da|dos|el|al|ben|bin)"
const NAME = `${NAME_WORD}(?:${S}+(?:${PARTICLE}${S}*)?${NAME_WORD}){1,3}`
// Two or three authors: `Jean Dupont et Marie Martin`, `A, B et C`.
const AUTHORS = `(?:${NAME}(?:(?:${S}*[,&]|${S}+et)${S}+${NAME}){0,2}|[Ll]a${S}+rédaction)`
// A time after the date: `à 14h30`, `à 14 h 30`, `à 9:05`.
const TIME = `(?:${S}*,?${S}+à${S}+\\d{1,2}${S}*(?:h|H|:)${S}*(?:\\d{2})?)?`
const DATE = `(?:(${NAME_PATTERN})${S}+)?(1er|1ER|\\d{1,2})${S}+(${NAME_PATTERN})${S}+(\\d{4})${TIME}`

// `par Prénom Nom[, fonction][,] [le] [samedi] 30 septembre 2023`: the function holds no digit, so it cannot swallow the date.
// `(avec AFP)` after the name or the date.
const NOTE = `(?:${S}*${AGENCY_NOTE})?`
const BY = new RegExp(`^(?:[Pp]ropos${S}+recueillis${S}+)?[Pp]ar${S}+(${AUTHORS})${NOTE}(?:${S}*,${S}*[^,.\\n\\d()]{1,60}?)?(?:${S}*,?${S}+(?:le${S}+)?${DATE})?${NOTE}${S}*\\.?$`, 'u')
const ALONE = new RegExp(`^(${NAME})${NOTE}\\.?$`, 'u')
// `De notre correspondant à Bruxelles, Jean Dupont`, `De notre envoyée spéciale, Anne Morel`.
const FROM_OUR = new RegExp(`^De${S}+notre${S}+(?:correspondante?|envoyée?${S}+spéciale?|envoyée?)(?:${S}+[^,\\n]{1,40})?${S}*,${S}*(${NAME})${NOTE}\\.?$`, 'u')
const FIRST_WORD = new RegExp(`^[${LATIN_LETTER}]+`, 'u')
// `Par Naïri`, `par capucine le lundi 15 janvier 2024`: one name, as blogs sign; in lower case only with a date.
const ONE_NAME = new RegExp(`^[Pp]ar${S}+([${LATIN_LETTER}][${LATIN_LETTER}\\d_'’-]{1,30})(?:${S}*,?${S}+(?:le${S}+)?(${DAY_PATTERN})${TIME})?${S}*\\.?$`, 'u')
// Words that follow `Par` at a line's start and are no name: `Par ailleurs`, `Par Exemple`.
const NOT_A_NAME = new Set('ailleurs exemple contre conséquent ici là principe définition moments endroits chance hasard suite ricochet nature avance'.split(' '))
// `Marc Delorme le 14/02/2024 Source : Le Courrier de l’Ouest`: a name and a day, maybe a source.
const SIGNATURE = new RegExp(`^(${NAME})${S}+le${S}+(${DAY_PATTERN})${TIME}(?:${S}*[-–|,]?${S}*[Ss]ources?${S}*:${S}*(\\S.{0,80}?))?${S}*\\.?$`, 'u')

// Capitalised words that open sentences and scraps, never a person's name.
const NOT_A_FIRST_NAME = new Set(
  (
    'Le La Les L Un Une Des Du De Ce Cet Cette Ces Il Elle Ils Elles En Au Aux Et Pour Par Dans Sur ' +
    'Selon Lire Voir Source Sources Photo Photos Crédit Vidéo Suite Fin Mise Mis Publié Article À Avec'
  ).split(' ')
)

function read(author: string, day?: string, month?: string, year?: string): BylineMatch {
  const m = month ? monthNumber(month) : null
  const d = day ? dayNumber(day) : 0
  const y = Number(year)
  const date = m !== null && day && year && dayExists(y, m, d) ? ([y, m, d] as const) : null
  return { author: author.trim(), date }
}

const BLANK_RUN = new RegExp(`${S}{2,}`, 'gu')

/**
 * `text` with each run of blanks made one space. The patterns take one blank
 * between their parts: with runs, their many blank quantifiers would try every
 * way to share a run out, in time that grows as a power of its length.
 */
function singleBlanks(text: string): string {
  return text.includes('  ') || text.includes('\t') || text.includes('\u00a0') || text.includes('\u202f') ? text.replace(BLANK_RUN, ' ') : text
}

/** `par` or `Par` and a space, or `Propos recueillis`: the only lines worth the byline pattern. */
function startsWithPar(text: string): boolean {
  const space = text.charCodeAt(3)
  if (text.startsWith('Propos') || text.startsWith('propos')) return true
  return (text.startsWith('par') || text.startsWith('Par')) && (space === 0x20 || space === 0x09 || space === 0xa0 || space === 0x202f)
}

/**
 * `text` read as an author line, or `null`: `par Prénom Nom[, fonction] [le samedi 30
 * septembre 2023]`, `Propos recueillis par …`, `De notre correspondant à …, Prénom Nom`.
 */
export function byline(line: string): BylineMatch | null {
  if (line.length > 160) return null
  const fromOur = line.startsWith('De notre')
  if (!fromOur && !startsWithPar(line)) return null
  const text = singleBlanks(line)
  if (fromOur) {
    const author = FROM_OUR.exec(text)?.[1]
    return author ? read(author) : null
  }
  const match = BY.exec(text)
  if (!match?.[1]) return oneName(text)
  const [, author, weekday, day, month, year] = match
  // The words of the date must be a weekday (if any) and a month.
  if (day !== undefined && ((weekday !== undefined && weekdayNumber(weekday) === null) || monthNumber(month ?? '') === null)) return null
  return read(author, day, month, year)
}

/** `par` and a single name (`Par Naïri`, `par capucine le lundi 15 janvier 2024`), or `null`. */
function oneName(text: string): BylineMatch | null {
  const [, author, date] = ONE_NAME.exec(text) ?? []
  if (author === undefined || NOT_A_NAME.has(author.toLowerCase())) return null
  // `Par SMS.`, an answer in an interview, ends as a sentence; a signature does not.
  if (date === undefined && /\.\s*$/u.test(text)) return null
  const day = date === undefined ? null : dayAt(date)
  if (day === null && (date !== undefined || !isUpper(author.charCodeAt(0)))) return null
  return { author, date: day?.day ?? null }
}

/** A signature: a name and a day (`Marc Delorme le 14/02/2024`), and the source it credits, if any. */
export interface SignatureMatch {
  author: string
  date: Day
  source: string | null
}

/** `text` read as a signature (`Marc Delorme le 14/02/2024 Source : Le Courrier de l’Ouest`), or `null`. */
export function signature(line: string): SignatureMatch | null {
  // The name comes first and is short: without ` le ` early on, the pattern is not tried.
  if (line.length > 160 || !isUpper(line.charCodeAt(0))) return null
  const le = line.indexOf(' le ')
  if (le < 0 || le > 70) return null
  const [, author, date = '', source] = SIGNATURE.exec(singleBlanks(line)) ?? []
  const day = dayAt(date)
  // A caption ends as a sentence (`Marine Dupuis le 31 mars 2025.`); a signature does not, unless it credits a source.
  if (author === undefined || day === null || (source === undefined && /\.\s*$/u.test(line))) return null
  const firstWord = FIRST_WORD.exec(author)?.[0] ?? ''
  if (NOT_A_FIRST_NAME.has(firstWord.charAt(0) + firstWord.slice(1).toLowerCase())) return null
  return { author, date: day.day, source: source ?? null }
}

/** `text` read as a person's name standing alone (`Claire Dumont`), or `null`. */
export function nameAlone(text: string): BylineMatch | null {
  const match = text.length > 60 ? null : ALONE.exec(singleBlanks(text))
  const author = match?.[1]
  if (!author) return null
  const firstWord = FIRST_WORD.exec(author)?.[0] ?? ''
  const titleCase = firstWord.charAt(0) + firstWord.slice(1).toLowerCase()
  return NOT_A_FIRST_NAME.has(titleCase) ? null : read(author)
}

/** ISO 8601 value of a byline's date, or `null`. */
export function bylineDate(match: BylineMatch): string | null {
  return match.date ? isoDate(...match.date) : null
}
