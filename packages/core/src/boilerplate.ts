import { AGENCY, KNOWN_AGENCY, agencies } from './agencies.js'
import { wordCount } from './shape.js'

// `(c)` only before a year or a site: `(c) un fonds…` is the third item of a list.
const COPYRIGHT = /^(?:©|copyright\b|\(c\)[ \t\u00a0]*(?:\d{4}|[\w-]+\.[a-z]{2,}))/iu
// Case matters: `Source : AFP` is a credit, `Source de tensions` a heading.
// After a colon, anything is credited (`Sources : ministère de la Culture`).
const SOURCE = /^(?:[Ss]ources?|SOURCES?)[ \t\u00a0\u202f]*(?::[ \t\u00a0\u202f]*\S|(?:[-—–][ \t\u00a0\u202f]*)?(?=\p{Lu}|\d|https?:|www\.))/u

// An agency credit: `Avec AFP`, `(avec l'AFP et Reuters)`, `(Reuters)`, `AFP`. `Avec Marie` is no credit,
// nor an unknown acronym alone (`CONTEXTE` may be a heading).
const S = '[ \\t\\u00a0\\u202f]'
const WITH_AGENCY = new RegExp(`^\\(?[Aa]vec${S}+(?:l['’])?${agencies(AGENCY)}\\)?\\.?$`, 'u')
const AGENCY_ALONE = new RegExp(`^(?:\\(${agencies(AGENCY)}\\)|${agencies(KNOWN_AGENCY)})\\.?$`, 'u')
// A photo credit: `Photo : AFP`, `Crédit photo : Ville de Lyon`, `Photos AFP`.
const PHOTO = new RegExp(`^(?:[Pp]hotos?|PHOTOS?|[Cc]rédits?(?:${S}+photos?)?)${S}*(?::${S}*\\S|${S}+${AGENCY}\\b)`, 'u')

/** The role of a source or copyright line (`Source Agence`, `Avec AFP`, `© site.com 2023`), or `null`. */
export function isBoilerplate(line: string): 'source' | 'copyright' | null {
  if (line.length > 160 || line === '' || !mayBeBoilerplate(line.charAt(0))) return null
  if (COPYRIGHT.test(line) && wordCount(line, 12) <= 12) return 'copyright'
  if (PHOTO.test(line) && wordCount(line, 8) <= 8) return 'copyright'
  if (SOURCE.test(line) && wordCount(line, 8) <= 8 && !/[.!?…][ \t]+\S/u.test(line)) return 'source'
  if (WITH_AGENCY.test(line) || AGENCY_ALONE.test(line)) return 'source'
  return null
}

/** What a credit line starts with: `©`, `(`, `Source`, `Avec`, `Photo`, `Crédit`, or a known agency's initial. */
const mayBeBoilerplate = (char: string) => '©(AaBCcDEIKMPpRSsTX'.includes(char)
