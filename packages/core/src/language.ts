import { franc } from 'franc-min'
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js'

// Enough text for a trigram model to be sure, without reading a whole book;
// below the minimum, guesses are too often wrong (a short French line reads as Spanish).
const SAMPLE = 600
const MINIMUM = 50

/**
 * The BCP 47 tag of the language `text` is written in, by franc's trigram
 * model (ISO 639-3, mapped to the two-letter code where one exists), or
 * `null` when there is too little text to tell.
 */
export function detectLanguage(text: string): string | null {
  const code = franc(text.length > SAMPLE ? text.slice(0, SAMPLE) : text, { minLength: MINIMUM })
  if (code === 'und') return null
  return iso6393To1[code] ?? code
}
