/** Checks that compare a fast path with its reference, shared by the unit and slow suites. */
import { franc } from 'franc-min'
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js'
import { expect } from 'vitest'
import { createGazetteer, parse } from '../src/index.js'
import { detectLanguage } from '../src/language.js'

// A long name in lower case past its first word, which no institution’s head starts.
const long = { id: 'place:terre-des-hommes-libres', label: 'Terre des hommes libres', kind: 'place' } as const
const shortcut = createGazetteer([long])
// A name in lower case only turns the shortcut off: every sentence is looked at.
const everySentence = createGazetteer([long, { id: 'place:uncased', label: 'zzq wvx', kind: 'place' }])

/** The same mentions and entities with the shortcut over sentences that can name nothing, and without it. */
export function expectSameEntities(text: string | Uint8Array): void {
  const fast = parse(text, { detectLanguage: false, gazetteer: shortcut })
  const full = parse(text, { detectLanguage: false, gazetteer: everySentence })
  expect(fast.mentions).toEqual(full.mentions)
  expect(fast.entities).toEqual(full.entities)
}

/** What franc itself says, on the same sample and minimum. */
function francSays(text: string): string | null {
  const code = franc(text.slice(0, 600), { minLength: 50 })
  return code === 'und' ? null : (iso6393To1[code] ?? code)
}

/** `detectLanguage` gives franc’s answer. */
export function expectFranc(text: string): void {
  expect(detectLanguage(text), JSON.stringify(text.slice(0, 80))).toBe(francSays(text))
}
