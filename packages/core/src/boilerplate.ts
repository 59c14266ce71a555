import { AGENCY_INITIALS, ANY_AGENCY, KNOWN_AGENCY, agencies } from './agencies.js'
import { BLANK } from './characters.js'
import { wordCount } from './shape.js'

// `(c)` only before a year or a site: `(c) un fonds…` is the third item of a list.
const COPYRIGHT = /^(?:©|copyright\b|\(c\)[ \t\u00a0]*(?:\d{4}|[\w-]+\.[a-z]{2,}))/iu
// Case matters: `Source : AFP` is a credit, `Source de tensions` a heading. After a colon,
// anything is credited when the word is capitalised (`Sources : ministère de la Culture`;
// `sources : il aurait…` may be a wrapped line).
const S = BLANK
const SOURCE = new RegExp(`^(?:(?:Sources?|SOURCES?)${S}*:${S}*\\S|(?:[Ss]ources?|SOURCES?)${S}*(?:[-—–:]${S}*)?(?=\\p{Lu}|\\d|https?:|www\\.))`, 'u')

// An agency credit: `Avec AFP`, `(avec l'ANP et Reuters)`, `(Reuters)`, `AFP`. Outside parentheses only
// known agencies, capitalised: `avec l'ONU.` may be a wrapped line, `(VIDÉO)` and `CONTEXTE` are no credits.
const WITH_AGENCY = new RegExp(`^(?:\\([Aa]vec${S}+(?:l['’])?${agencies(ANY_AGENCY)}\\)|Avec${S}+(?:l['’])?${agencies(KNOWN_AGENCY)})\\.?$`, 'u')
const AGENCY_ALONE = new RegExp(`^(?:\\(${agencies(KNOWN_AGENCY)}\\)|${agencies(KNOWN_AGENCY)})\\.?$`, 'u')
// A photo credit of a few words: `Photo : AFP`, `Crédit photo : Ville de Lyon`, `Photos AFP`.
const PHOTO = new RegExp(`^(?:Photos?|PHOTOS?|Crédits?${S}+photos?|CRÉDITS?${S}+PHOTOS?)${S}*(?::${S}*\\p{Lu}|${S}+${KNOWN_AGENCY}\\b)`, 'u')
const MAX_PHOTO_WORDS = 5

/** The role of a source or copyright line (`Source Agence`, `Avec AFP`, `© site.com 2023`), or `null`. */
export function isBoilerplate(line: string): 'source' | 'copyright' | null {
  if (line.length > 160 || line === '' || !mayBeBoilerplate(line.charAt(0))) return null
  if (COPYRIGHT.test(line) && wordCount(line, 12) <= 12) return 'copyright'
  if (PHOTO.test(line) && wordCount(line, MAX_PHOTO_WORDS) <= MAX_PHOTO_WORDS) return 'copyright'
  if (SOURCE.test(line) && wordCount(line, 8) <= 8 && !/[.!?…][ \t]+\S/u.test(line)) return 'source'
  if (WITH_AGENCY.test(line) || AGENCY_ALONE.test(line)) return 'source'
  return null
}

/** What a credit line starts with: `©`, `(`, `Source`, `Avec`, `Photo`, `Crédit`, or a known agency's initial. */
const CREDIT_INITIALS = `©(ACSPcs${AGENCY_INITIALS}`
const mayBeBoilerplate = (char: string) => CREDIT_INITIALS.includes(char)
