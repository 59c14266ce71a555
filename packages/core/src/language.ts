import { data } from 'franc-min/data.js'
import { expressions } from 'franc-min/expressions.js'
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js'

// Enough text for a trigram model to be sure, without reading a whole book;
// below the minimum, guesses are too often wrong (a short French line reads as Spanish).
const SAMPLE = 600
const MINIMUM = 50
// What a trigram missing from a language's model costs, as in franc.
const MISSING = 300

// franc names some languages by one member of a macrolanguage; BCP 47 tags it
// by the macrolanguage's two-letter code (CLDR's `languageAlias`, reason
// `macrolanguage`): Standard Arabic `arb` is `ar`, Iranian Persian `pes` is
// `fa`, Mandarin `cmn` is `zh`. Other members (Central Kurdish `ckb`) keep theirs.
export const MACROLANGUAGE: Readonly<Record<string, string>> = {
  arb: 'ar',
  azj: 'az',
  cmn: 'zh',
  npi: 'ne',
  ory: 'or',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  swh: 'sw',
  uzn: 'uz',
  zlm: 'ms'
}

/**
 * The BCP 47 tag of the language `text` is written in, or `null` when there is
 * too little text to tell: the language of its script when most of its letters
 * are in a script of one language that franc-min lacks (Armenian, Georgian,
 * Hebrew…), else franc's answer (ISO 639-3 in both cases, mapped to the
 * two-letter code of the language or of its macrolanguage where one exists).
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  const code = sample.length < MINIMUM ? 'und' : (ownScriptLanguage(sample) ?? francCode(sample))
  if (code === 'und') return null
  return iso6393To1[code] ?? MACROLANGUAGE[code] ?? code
}

/**
 * franc's answer for `sample`, computed on franc-min's own data with the
 * models held in typed arrays: franc looks each trigram up in one object per
 * language, which made it most of the cost of a parse. The answer is the same,
 * ties included (the first language of the data wins).
 */
function francCode(sample: string): string {
  if (sample.length < MINIMUM) return 'und'
  const [script, share] = topScript(sample)
  const models = script === undefined ? undefined : modelsOf(script)
  if (script === undefined || models === undefined) return script === undefined || share === 0 ? 'und' : script
  // franc's distance to a language adds, for each trigram of the sample, the
  // gap between its count and its rank in the model, or 300 when the model
  // lacks it. Every language pays 300 for every trigram, less a gain where its
  // model has the trigram: the nearest language is the one that gains most,
  // and only the models that hold a trigram need to be visited.
  const { languages, letters, size, rows, starts, holders, ranks } = models
  const counts = new Int32Array(rows.size)
  const seen: number[] = []
  const padded = ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  // Trigrams are keyed by their letters' places in the models' alphabet, with
  // no string made; one with a letter of no model (place 0) is in no model.
  let previous = letters[padded.charCodeAt(0)] ?? 0
  let current = letters[padded.charCodeAt(1)] ?? 0
  for (let index = 2; index < padded.length; index++) {
    const next = letters[padded.charCodeAt(index)] ?? 0
    const row = previous === 0 || current === 0 || next === 0 ? undefined : rows.get((previous * size + current) * size + next)
    if (row !== undefined) {
      if (counts[row] === 0) seen.push(row)
      counts[row] = (counts[row] ?? 0) + 1
    }
    previous = current
    current = next
  }
  const gains = new Int32Array(languages.length)
  for (const row of seen) {
    const count = counts[row] ?? 0
    for (let at = starts[row] ?? 0, end = starts[row + 1] ?? 0; at < end; at++) {
      const language = holders[at] ?? 0
      gains[language] = (gains[language] ?? 0) + MISSING - Math.abs(count - (ranks[at] ?? 0) - 1)
    }
  }
  let best = 0
  for (let language = 1; language < gains.length; language++) if ((gains[language] ?? 0) > (gains[best] ?? 0)) best = language
  return languages[best] ?? 'und'
}

/**
 * Scripts franc-min has no data for, each written by one language (ISO 639-3):
 * without them, an Armenian article read as Latin got `pt`, `jv` or `zu` from
 * the few Latin letters it held. Counted on letters only, so that digits,
 * punctuation and spaces do not dilute the share.
 */
const OWN_SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?=\p{L})\p{Script=Armenian}/gu, 'hye'],
  [/(?=\p{L})\p{Script=Georgian}/gu, 'kat'],
  [/(?=\p{L})\p{Script=Hebrew}/gu, 'heb'],
  [/(?=\p{L})\p{Script=Khmer}/gu, 'khm'],
  [/(?=\p{L})\p{Script=Lao}/gu, 'lao'],
  [/(?=\p{L})\p{Script=Oriya}/gu, 'ory'],
  [/(?=\p{L})\p{Script=Thaana}/gu, 'div']
]
// One scan that most texts fail, so Latin text pays nothing else.
const ANY_OWN_SCRIPT = /[\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Khmer}\p{Script=Lao}\p{Script=Oriya}\p{Script=Thaana}]/u
const LETTER = /\p{L}/gu

/**
 * The language of the script of `OWN_SCRIPTS` that holds more than half of
 * `sample`'s letters, if one does: a French article quoting an Armenian name
 * stays with franc-min, whose own script step already tells Cyrillic, Arabic,
 * Devanagari, Greek, Hangul, kana, Thai… and decides among their languages.
 */
function ownScriptLanguage(sample: string): string | undefined {
  if (!ANY_OWN_SCRIPT.test(sample)) return undefined
  const letters = sample.match(LETTER)?.length ?? 0
  for (const [expression, code] of OWN_SCRIPTS) if (2 * (sample.match(expression)?.length ?? 0) > letters) return code
  return undefined
}

/** The script most of `sample`'s characters are written in, and their share; the first listed wins a tie. */
function topScript(sample: string): [string | undefined, number] {
  let top: string | undefined
  let topShare = -1
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (sample.match(expression)?.length ?? 0) / sample.length
    if (share > topShare) {
      top = script
      topShare = share
    }
  }
  return [top, topShare]
}

/**
 * One script's models, by trigram. `letters` gives each UTF-16 code unit its
 * place in the models' alphabet (0: in none), `size` is one more than the
 * alphabet's, and `rows` numbers the trigrams by the key their places make.
 * The languages whose model holds trigram `row` are `holders[starts[row]]` up
 * to `holders[starts[row + 1]]`, with its rank in each at the same place of `ranks`.
 */
interface Models {
  languages: string[]
  letters: Uint8Array
  size: number
  rows: Map<number, number>
  starts: Int32Array
  holders: Uint8Array
  ranks: Int16Array
}

const MODELS = new Map<string, Models | undefined>()

/** The models of `script`, built on first use; `undefined` for a script of one language. */
function modelsOf(script: string): Models | undefined {
  if (MODELS.has(script)) return MODELS.get(script)
  const source = Object.hasOwn(data, script) ? data[script] : undefined
  const models = source === undefined ? undefined : build(source)
  MODELS.set(script, models)
  return models
}

function build(source: Record<string, string>): Models {
  const languages = Object.keys(source)
  const byTrigram = new Map<string, Map<number, number>>()
  languages.forEach((language, index) => {
    ;(source[language] ?? '').split('|').forEach((trigram, rank) => {
      const ranked = byTrigram.get(trigram) ?? new Map<number, number>()
      // A trigram listed twice keeps its first (best) rank, as in franc.
      if (!ranked.has(index)) ranked.set(index, rank)
      byTrigram.set(trigram, ranked)
    })
  })
  const letters = new Uint8Array(0x10000)
  let size = 1
  for (const trigram of byTrigram.keys()) for (let index = 0; index < trigram.length; index++) if (letters[trigram.charCodeAt(index)] === 0) letters[trigram.charCodeAt(index)] = size++
  const rows = new Map<number, number>()
  const starts = new Int32Array(byTrigram.size + 1)
  const total = [...byTrigram.values()].reduce((sum, ranked) => sum + ranked.size, 0)
  const holders = new Uint8Array(total)
  const ranks = new Int16Array(total)
  let at = 0
  for (const [trigram, ranked] of byTrigram) {
    const [first, second, third] = [0, 1, 2].map((index) => letters[trigram.charCodeAt(index)] ?? 0)
    starts[rows.size] = at
    rows.set(((first ?? 0) * size + (second ?? 0)) * size + (third ?? 0), rows.size)
    for (const [language, rank] of ranked) {
      holders[at] = language
      ranks[at] = rank
      at++
    }
  }
  starts[rows.size] = at
  return { languages, letters, size, rows, starts, holders, ranks }
}
