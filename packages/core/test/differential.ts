/** Checks that compare a fast path with its reference, shared by the unit and slow suites. */
import { franc } from 'franc-min'
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js'
import { expect } from 'vitest'
import { createGazetteer, parse } from '../src/index.js'
import { detectLanguage, MACROLANGUAGE } from '../src/language.js'

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

// The scripts of one language that franc-min has no data for, and that language.
const ownScripts = [
  ['Armenian', 'hy'],
  ['Georgian', 'ka'],
  ['Hebrew', 'he'],
  ['Khmer', 'km'],
  ['Lao', 'lo'],
  ['Oriya', 'or'],
  ['Thaana', 'dv']
].map(([script, code]) => [new RegExp(`^\\p{Script=${script}}$`, 'u'), code] as const)

/** The language of the script of `ownScripts` that holds more than half of the sample’s letters, counted one by one. */
function scriptSays(sample: string): string | undefined {
  const letters = [...sample].filter((character) => /^\p{L}$/u.test(character))
  return ownScripts.find(([expression]) => 2 * letters.filter((letter) => expression.test(letter)).length > letters.length)?.[1]
}

/**
 * What franc itself says, on the same sample and minimum, unless a script
 * franc-min lacks holds most of its letters; tagged as `detectLanguage` tags
 * it (its macrolanguage table is checked on its own in language.test.ts).
 */
function francSays(text: string): string | null {
  const sample = text.slice(0, 600)
  if (sample.length < 50) return null
  const code = scriptSays(sample) ?? franc(sample, { minLength: 50 })
  return code === 'und' ? null : (iso6393To1[code] ?? MACROLANGUAGE[code] ?? code)
}

/** `detectLanguage` gives franc’s answer, or the language of a script franc-min lacks that holds most letters. */
export function expectFranc(text: string): void {
  expect(detectLanguage(text), JSON.stringify(text.slice(0, 80))).toBe(francSays(text))
}
