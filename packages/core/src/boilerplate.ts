import { wordCount } from './shape.js'

// `(c)` only before a year or a site: `(c) un fonds…` is the third item of a list.
const COPYRIGHT = /^(?:©|copyright\b|\(c\)[ \t\u00a0]*(?:\d{4}|[\w-]+\.[a-z]{2,}))/iu
// Case matters: `Source : AFP` is a credit, `Source de tensions` a heading.
// After a colon, anything is credited (`Sources : ministère de la Culture`).
const SOURCE = /^(?:[Ss]ources?|SOURCES?)[ \t\u00a0\u202f]*(?::[ \t\u00a0\u202f]*\S|(?:[-—–][ \t\u00a0\u202f]*)?(?=\p{Lu}|\d|https?:|www\.))/u

// An agency credit: `Avec AFP`, `(avec AFP et Reuters)`. An agency is an acronym
// or one of the agencies named in title case; `Avec Marie` is no credit.
const AGENCY = '(?:\\p{Lu}{2,}|Reuters|Belga|Xinhua|Kyodo|Anadolu|Interfax|Sputnik)'
const WITH_AGENCY = new RegExp(`^\\(?[Aa]vec[ \\t\\u00a0\\u202f]+${AGENCY}(?:(?:[ \\t\\u00a0\\u202f]*,|[ \\t\\u00a0\\u202f]+et)[ \\t\\u00a0\\u202f]+${AGENCY}){0,3}\\)?\\.?$`, 'u')

/** The role of a source or copyright line (`Source Agence`, `Avec AFP`, `© site.com 2023`), or `null`. */
export function isBoilerplate(line: string): 'source' | 'copyright' | null {
  if (line.length > 160 || !'©(CcSsAa'.includes(line.charAt(0)) || line === '') return null
  if (COPYRIGHT.test(line) && wordCount(line, 12) <= 12) return 'copyright'
  if (SOURCE.test(line) && wordCount(line, 8) <= 8 && !/[.!?…][ \t]+\S/u.test(line)) return 'source'
  if (WITH_AGENCY.test(line)) return 'source'
  return null
}
