import { BLANK } from './characters.js'

/** Agencies that credits name alone or after `Avec` (`AFP`, `Avec Reuters`): an unknown acronym alone may be a heading. */
const KNOWN = ['AFP', 'AP', 'ATS', 'ANSA', 'DPA', 'EFE', 'TASS', 'RIA', 'APS', 'MAP', 'Reuters', 'Belga', 'Xinhua', 'Kyodo', 'Anadolu', 'Interfax', 'Sputnik', 'Bloomberg']

/** A known agency, for patterns. */
export const KNOWN_AGENCY = `(?:${KNOWN.join('|')})`

/** Any agency, for patterns: an acronym in capitals (`ANP`), or a known agency. */
export const ANY_AGENCY = `(?:\\p{Lu}{2,6}|${KNOWN_AGENCY})`

/** The first letters of the known agencies: what a line naming one alone starts with. */
export const AGENCY_INITIALS = [...new Set(KNOWN.map((name) => name.charAt(0)))].join('')

const S = BLANK

/** Several agencies joined by `,`, `/`, `&` or `et`, each as `agency` matches one. */
export function agencies(agency: string): string {
  return `${agency}(?:(?:${S}*[,/&]|${S}+et)${S}*${agency}){0,3}`
}

/** `(avec AFP)`, `(AFP)`, `(avec l'AFP et Reuters)`: an agency credit in parentheses after an author's name. */
export const AGENCY_NOTE = `\\((?:[Aa]vec${S}+(?:l['’])?)?${agencies(ANY_AGENCY)}\\)`
