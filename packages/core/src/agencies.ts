/**
 * News agencies as credits name them, for patterns: an acronym in capitals
 * (`AFP`, `ATS`), or one of the agencies written in title case.
 */
export const AGENCY = '(?:\\p{Lu}{2,6}|Reuters|Belga|Xinhua|Kyodo|Anadolu|Interfax|Sputnik|Bloomberg)'

/** Agencies that a line may name alone (`AFP`): an unknown acronym alone may be a heading. */
export const KNOWN_AGENCY = '(?:AFP|AP|ATS|ANSA|DPA|EFE|TASS|RIA|APS|MAP|Reuters|Belga|Xinhua|Kyodo|Anadolu|Interfax|Sputnik|Bloomberg)'

const S = '[ \\t\\u00a0\\u202f]'

/** Several agencies joined by `,`, `/`, `&` or `et`, each as `agency` matches one. */
export function agencies(agency: string): string {
  return `${agency}(?:(?:${S}*[,/&]|${S}+et)${S}*${agency}){0,3}`
}

/** `(avec AFP)`, `(AFP)`, `(avec l'AFP et Reuters)`: an agency credit in parentheses after an author's name. */
export const AGENCY_NOTE = `\\((?:[Aa]vec${S}+(?:l['’])?)?${agencies(AGENCY)}\\)`
