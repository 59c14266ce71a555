import { isDigit, isLatinLetter, isSpaceCode, isUpper, skipSpace, trimEnd } from './characters.js'
import { abbreviatedMonthNumber } from './calendar.js'
import { romanNumber } from './shape.js'
import type { Span } from './lines.js'

// Abbreviations after which a period does not end a sentence (`M. Lavrov`).
// Not `vol`, `art`, `ex`, `min`, `max`: they are also words that end sentences.
const ABBREVIATIONS = new Set(
  (
    'M MM Mme Mmes Mlle Mlles Dr Drs Pr Me Mgr St Ste Sts Cie Gén Gal Col Cdt Lt Sgt Adj Cne Capt ' +
    'av apr cf p pp chap n° éd env fig tél réf coll hab Jr Sr'
  ).split(' ')
)

// Those that stand before what they abbreviate for (`M. Dupont`, `p. 12`): a line ending
// with one goes on, as a sentence cannot end there (`J.-C.`, `Cie.`, `Jr.` can).
const OPENING_ABBREVIATIONS = new Set([...ABBREVIATIONS].filter((word) => !['Cie', 'Jr', 'Sr', 'hab', 'coll', 'éd'].includes(word)))
// Titles also written without a period.
const TITLES = new Set(['Mme', 'Mmes', 'Mlle', 'Mlles', 'Mgr'])

// Abbreviations that are also words, read as such only before a number (`art. 49`, `vol. 2`).
const BEFORE_NUMBER = new Set(['art', 'arts', 'vol', 'no', 'nos', 'ch', 'chap', 't', 'ex', 'al'])
/** A word without the elided article or preposition before it (`l'art` gives `art`). */
const elided = (word: string) => word.replace(/^[LlDd]['’]/u, '')

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length))
// How far back a period's word is walked: past this, it is neither an abbreviation nor an initial.
const MAX_ABBREVIATION = 6
/** `«`, `“`, `"`, `‹`, `(`, `[`, `—`, `–`, `-`: what may stand before a sentence's first word. */
const isOpener = (code: number) =>
  code === 0xab || code === 0x201c || code === 0x22 || code === 0x2039 || code === 0x28 || code === 0x5b || code === 0x2014 || code === 0x2013 || code === 0x2d

/** `»`, `”`, `›`, `)`, `]`: closing marks that may follow a sentence's end after a space. */
const isCloser = (code: number) => code === 0xbb || code === 0x201d || code === 0x203a || code === 0x29 || code === 0x5d

/**
 * Splits a block's text into sentences (offsets relative to the block). French-aware: a
 * period after an abbreviation or an initial does not end a sentence, and a
 * sentence may end inside a quotation (`«Phrase un. Phrase deux»`).
 */
export function sentences(text: string, terminals: readonly number[]): Span[] {
  const end = text.length
  const result: Span[] = []
  let from = 0
  for (let k = 0; k < terminals.length; k++) {
    const terminal = terminals[k] ?? 0
    // A run of terminals (`?!`, `...`) ends one sentence at most.
    let after = terminal + 1
    while (terminals[k + 1] === after) {
      after++
      k++
    }
    const single = after === terminal + 1
    // Closing marks after the terminal belong to the sentence: `civile».` `fin. »`
    for (;;) {
      const next = skipSpace(text, after, end)
      if (next >= end) break
      const code = text.charCodeAt(next)
      if (isCloser(code) || ((code === 0x22 || code === 0x2019) && next === after)) after = next + 1
      else break
    }
    if (after >= end) break
    if (!isSpaceCode(text.charCodeAt(after))) continue
    const next = skipSpace(text, after, end)
    if (single && text.charCodeAt(terminal) === 0x2e && !endsAfterAbbreviation(text, from, terminal, next)) continue
    if (!startsSentence(text, next, end)) continue
    result.push({ start: from, end: after })
    from = next
  }
  if (from < end) result.push({ start: from, end: trimEnd(text, from, end) })
  return result
}

/**
 * Whether the period at `dot` may end a sentence, as far as the word before it
 * tells: not after a title or an abbreviation before its word (`M.`, `p. 12`);
 * after an initial or an acronym (`J.`, `U.E.`, `J.-C.`) or an abbreviation that
 * ends phrases (`hab.`), only when the word at `next` opens a sentence
 * (`en 44 av. J.-C. Son fils`, `sur X. Puis`), as a name does not.
 */
function endsAfterAbbreviation(text: string, from: number, dot: number, next: number): boolean {
  let wordStart = dot
  // No abbreviation is longer than this: longer words are not walked to their start.
  const min = Math.max(from, dot - MAX_ABBREVIATION)
  while (wordStart > min && !isSpaceCode(text.charCodeAt(wordStart - 1)) && !isOpener(text.charCodeAt(wordStart - 1))) wordStart--
  if (wordStart === min && min > from && !isSpaceCode(text.charCodeAt(min - 1))) return true
  const length = dot - wordStart
  if (length === 0) return true
  const word = text.slice(wordStart, dot)
  if (length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word)) return !OPENING_ABBREVIATIONS.has(word) && opensSentence(text, next, false)
  // Before a number: `l'art. 49.3`, `vol. 2`, `févr. 2022`.
  if (isDigit(text.charCodeAt(next)) && (BEFORE_NUMBER.has(elided(word)) || abbreviatedMonthNumber(word) !== null)) return false
  // `1. Le contexte`, `II. La réponse`: the number of a numbered line, not a sentence of its own.
  if (wordStart === from && length <= 2 && isDigit(text.charCodeAt(wordStart)) && (length === 1 || isDigit(text.charCodeAt(wordStart + 1)))) return false
  if (wordStart === from && romanNumber(word) !== null) return false
  if (!isUpper(text.charCodeAt(dot - 1))) return true
  // `J.-C.` looks like paired initials but closes phrases (`en 52 av. J.-C. La ville…`).
  if (isJesusChrist(text, dot)) return opensSentence(text, next, false)
  const beforeLast = text.charCodeAt(dot - 2)
  // An acronym (`U.E.`): no name follows it.
  if (length > 1 && beforeLast === 0x2e) return opensSentence(text, next, false)
  // A single capital (`J.`, `J.-P.`): an initial, unless what follows opens a sentence and is no particle of a name (`Le Goff`).
  if (length === 1 || beforeLast === 0x2d || beforeLast === 0x2010) return opensSentence(text, next, true)
  return true
}

// Words that open sentences and never a name, in title case; `Le`, `La`, `De`, `Du`, `Des` also open names (`J. Le Goff`).
const SENTENCE_OPENERS = new Set(
  (
    'Les Il Elle Ils Elles On Nous Vous Je Un Une Ce Cet Cette Ces Sa Son Ses Leur Leurs Mais Et Puis Or Donc ' +
    'En Dans Pour Par Sur Avec Sans Selon Depuis Après Avant Pendant Lors Au Aux Cela Ça Alors Ainsi Pourtant ' +
    'Toutefois Cependant Enfin Aussi Quand Si Tous Tout Toutes Plusieurs Certains Chaque Aucun Rien Personne ' +
    'Qui Que Quoi Où Comment Pourquoi Combien Y Là Ici Désormais Déjà Encore Mardi Lundi Mercredi Jeudi Vendredi Samedi Dimanche'
  ).split(' ')
)
const NAME_PARTICLES = new Set(['Le', 'La', 'De', 'Du', 'Des'])
// Elided openers: `L'équipe`, `C'est`, `Qu'il`.
const ELIDED_OPENER = /^(?:[LlCcDdJjNnSs]|Qu|Jusqu|Lorsqu|Puisqu)['’]\p{L}/u

/** Whether the word at `index` opens sentences (see `SENTENCE_OPENERS`); `strict` leaves out the particles that also open names. */
function opensSentence(text: string, index: number, strict: boolean): boolean {
  let end = index
  while (end < text.length && end - index < 12 && isLatinLetter(text.charCodeAt(end))) end++
  const word = text.slice(index, end)
  if (SENTENCE_OPENERS.has(word)) return true
  if (!strict && NAME_PARTICLES.has(word)) return true
  return ELIDED_OPENER.test(text.slice(index, index + 9))
}


/** Whether a sentence can start at `index`: a capital or digit, maybe after an opening mark. */
function startsSentence(text: string, index: number, end: number): boolean {
  let i = index
  while (i < end && isOpener(text.charCodeAt(i))) i = skipSpace(text, i + 1, end)
  const code = text.charCodeAt(i)
  return isUpper(code) || isDigit(code)
}

/**
 * Whether `text` ends with an abbreviation that stands before its word
 * (`M.`, `Mme`, `p.`) or with paired initials (`J.-P.`): text cannot end there.
 */
export function endsWithAbbreviation(text: string): boolean {
  const end = trimEnd(text, 0, text.length)
  const dot = text.charCodeAt(end - 1) === 0x2e ? end - 1 : end
  // The word is walked back to a space or an opening mark; its hyphens (`J.-P.`) are its own.
  const bounds = (code: number) => isSpaceCode(code) || (isOpener(code) && code !== 0x2d)
  let start = dot
  while (start > 0 && dot - start < MAX_ABBREVIATION && !bounds(text.charCodeAt(start - 1))) start--
  if (start > 0 && !bounds(text.charCodeAt(start - 1))) return false
  const word = text.slice(start, dot)
  if (dot === end) return TITLES.has(word)
  const pairedInitials = word.length === 4 && isUpper(word.charCodeAt(0)) && word.charCodeAt(1) === 0x2e && word.charCodeAt(2) === 0x2d && isUpper(word.charCodeAt(3))
  return OPENING_ABBREVIATIONS.has(word) || (pairedInitials && !isJesusChrist(text, dot))
}

/** Whether the period at `dot` ends `J.-C.` (`av. J.-C.`), which may end a sentence. */
function isJesusChrist(text: string, dot: number): boolean {
  return text.startsWith('J.-C', dot - 4)
}
