import { wordCount } from './shape.js'

// `(c)` only before a year or a site: `(c) un fonds…` is the third item of a list.
const COPYRIGHT = /^(?:©|copyright\b|\(c\)[ \t\u00a0]*(?:\d{4}|[\w-]+\.[a-z]{2,}))/iu
// Case matters: `Source : AFP` is a credit, `Source de tensions` a heading.
const SOURCE = /^(?:[Ss]ources?|SOURCES?)[ \t\u00a0\u202f]*(?:[:\-—–][ \t\u00a0\u202f]*)?(?=\p{Lu}|\d|https?:|www\.)/u

/** The role of a source or copyright line (`Source Agence`, `© site.com 2023`), or `null`. */
export function isBoilerplate(line: string): 'source' | 'copyright' | null {
  if (line.length > 160 || !'©(CcSs'.includes(line.charAt(0)) || line === '') return null
  if (COPYRIGHT.test(line) && wordCount(line, 12) <= 12) return 'copyright'
  if (SOURCE.test(line) && wordCount(line, 8) <= 8 && !/[.!?…][ \t]+\S/u.test(line)) return 'source'
  return null
}
