import { ADVERBS, ARTICLES, AUXILIARIES, ROLES, TITLES } from './entities/cues.js'
import { onlySpace, tokenize, type Token } from './entities/tokens.js'
import { isSpeechParticiple, isSpeechPresent } from './speech-verbs.js'
import type { Block, CueKind, EntityMention, Position, Quote, Sentence, Speaker } from './types.js'

/** What attribution needs of a document: its quotes, sentences and mentions are in text order. */
export interface SpeakerInput {
  text: string
  children: readonly Block[]
  sentences: readonly Sentence[]
  quotes: readonly Quote[]
  mentions: readonly EntityMention[]
  toPosition: (start: number, end: number) => Position
}

interface Span {
  start: number
  end: number
}

/** A speaker found by offsets: the words naming them, the cue, and whether the words are a pronoun. */
interface Found {
  name: Span
  pronoun: boolean
  cue: Span
  kind: CueKind
}

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter((word) => word !== ''))

const DETERMINERS = words("le la les l' un une son sa ses leur leurs ce cet cette ces")
const SUBJECTS = words('il elle ils elles on')
const STRESSED = words('lui elle eux elles')
// Words that end a speaker's name or description: prepositions, relatives, conjunctions, days.
const STOPS = words(`
  lors dans devant a au aux en sur sous apres avant pendant depuis avec sans par pour selon qui que qu' dont et ou mais car
  lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui
`)
// Words between a verb of saying and its subject (`a déclaré mardi soir X`).
const BETWEEN = words('lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi hier encore')
// Words that open a sentence before its subject (`Puis le maire a ajouté :`).
const OPENERS = words('et mais puis ensuite alors enfin')
// Words that leave a description without its head noun: it ends on them, it does not end there.
const OF = words("de du des d'")
const DANGLING = new Set([...OF, ...ARTICLES])
// Roles that are also ordinary words (`pour la première fois`).
const NOT_PEOPLE = words('premier premiere')
// Who may be `selon X` (institutions speak too) or `pour X` but is no role: sources, witnesses, residents.
const PEOPLE = new Set([...[...ROLES].filter((role) => !NOT_PEOPLE.has(role)), ...words(`
  source sources temoin temoins habitant habitante habitants proche proches entourage specialiste specialistes observateur observateurs
  voisin voisine riverain riverains responsables experts dirigeants prefecture mairie ministere gouvernement parquet gendarmerie police
  ambassade presidence syndicat
`)])
const SEPARATORS = words('— – - :')
const MAX_NAME = 10
const OPENS_ACCORDING = /^(?:selon|d['’]apr[eè]s|pour)\s/iu
// What may stand between an incise's speaker and the quote's second part: a comma, or an apposition between commas (`estime X, la déléguée, « … »`).
const INCISE_END = /^\s*,(?:[^,.;:!?«»“”"]{1,60},)?\s*$/u
// How far attribution looks around a quote, in characters: a bound, so that it stays linear.
const REACH = 240

/**
 * The speaker of each quote of `input.quotes` (same order), or `null` where
 * the text does not say. One pass over the quotes, each looking only at the
 * words around it.
 */
export function speakers(input: SpeakerInput): Array<Speaker | null> {
  const { text, children, sentences, quotes } = input
  const found: Array<Speaker | null> = []
  let sentence = 0
  // An incise between two parts of a quotation attributes the second part too.
  let carried: { quote: number; found: Found } | null = null
  // What outermost quotes span, in order: a name inside one is no one's antecedent.
  const outer = quotes.filter((quote) => quote.depth === 0).map((quote) => ({ start: quote.position.start.offset, end: quote.position.end.offset }))
  quotes.forEach((quote, index) => {
    const block = children[quote.block]
    if (quote.depth > 0 || block === undefined || !/\p{L}/u.test(quote.value)) {
      found.push(null)
      return
    }
    const start = quote.position.start.offset
    const blockStart = block.position.start.offset
    const blockEnd = block.position.end.offset
    while (sentence + 1 < sentences.length && (sentences[sentence]?.position.end.offset ?? 0) <= start) sentence++
    const sentenceStart = Math.max(blockStart, Math.min(start, sentences[sentence]?.position.start.offset ?? blockStart))
    let hit =
      afterCue(text, quote, blockEnd, input) ??
      insideCue(text, quote) ??
      beforeCue(text, start, sentenceStart) ??
      interviewCue(text, start, blockStart, input) ??
      (carried?.quote === index ? carried.found : null) ??
      accordingCue(text, start, sentenceStart, quote.value, input)
    carried = null
    if (hit?.kind === 'after') {
      const next = quotes[index + 1]
      // `« … », estime X, « … »`: the cue stands between two parts of one quotation.
      if (next && next.depth === 0 && next.block === quote.block && INCISE_END.test(text.slice(Math.max(hit.name.end, hit.cue.end), next.position.start.offset))) {
        hit = { ...hit, kind: 'incise' }
        carried = { quote: index + 1, found: hit }
      }
    }
    found.push(hit ? toSpeaker(input, hit, quote, outer) : null)
  })
  return found
}

/** `« … », a déclaré X`, `« … », a-t-il ajouté`, `« … », selon X`: a cue right after the closing mark. */
function afterCue(text: string, quote: Quote, blockEnd: number, input: SpeakerInput): Found | null {
  const end = quote.position.end.offset
  // Most quotes are followed by neither a comma nor a word: no words to read.
  if (!/^\s*[,\p{L}]/u.test(text.slice(end, end + 4))) return null
  const tokens = tokenize(text, end, Math.min(blockEnd, end + REACH), 16)
  const first = tokens[0]
  if (first === undefined) return null
  const gap = text.slice(end, first.start)
  // Without a comma, a quote followed by a verb is its subject (`« Le Monde » affirme que…`), unless it ends on `?`, `!` or `…`.
  if (!/^\s*,\s*$/u.test(gap) && !(/^\s*$/u.test(gap) && /[?!…]$/u.test(quote.value))) return null
  // `pour` after a quote is seldom whose words they are (`« un parc », pour les habitants`).
  const according = first.key === 'pour' ? null : accordingTo(text, tokens, 0)
  if (according) return according.person || mentionAt(input, according.found.name, false) !== null ? according.found : null
  const group = verbGroup(text, tokens, 0)
  if (group === null) return null
  const cue = { start: group.start, end: group.end }
  if (group.pronoun) return { name: group.pronoun, pronoun: true, cue, kind: 'after' }
  const name = nounPhrase(text, tokens, skip(text, tokens, group.next, BETWEEN))
  return name ? { name, pronoun: false, cue, kind: 'after' } : null
}

/** `« Nous irons, affirme-t-il, jusqu’au bout. »`: a cue between commas inside the quotation. */
function insideCue(text: string, quote: Quote): Found | null {
  const from = quote.inner.start.offset
  const to = quote.inner.end.offset
  // Looked for in the quotation alone: `indexOf` on the text would run past it to the next comma,
  // which in a text of many short quotations and no comma is the end each time.
  const inner = text.slice(from, to)
  for (let at = inner.indexOf(','); at >= 0; at = inner.indexOf(',', at + 1)) {
    const comma = from + at
    // The first word tells whether a verb of saying may follow: most commas have none.
    const head = tokenize(text, comma + 1, to, 1)[0]
    if (head === undefined || !onlySpace(text, comma + 1, head.start) || !mayOpenVerb(head)) continue
    const tokens = tokenize(text, head.start, to, 14)
    const group = verbGroup(text, tokens, 0)
    if (group === null) continue
    const cue = { start: group.start, end: group.end }
    const named = group.pronoun ? null : nounPhrase(text, tokens, skip(text, tokens, group.next, BETWEEN))
    // Inside a quotation, only someone named or a role: `on ajoute, la semaine prochaine,` is no incise.
    const name = group.pronoun ?? (named && (isPersonLike(tokens, named) || text.charAt(named.start) !== text.charAt(named.start).toLowerCase()) ? named : null)
    if (name && /^\s*,/u.test(text.slice(Math.max(name.end, cue.end), to))) return { name, pronoun: group.pronoun !== null, cue, kind: 'incise' }
  }
  return null
}

/** `X a affirmé : « … »`, `Il a ajouté : « … »`: a subject, a verb of saying and a colon before the opening mark. */
function beforeCue(text: string, start: number, sentenceStart: number): Found | null {
  let colon = start - 1
  while (colon >= sentenceStart && /\s/u.test(text.charAt(colon))) colon--
  if (colon < sentenceStart || text.charAt(colon) !== ':') return null
  const from = Math.max(sentenceStart, colon - REACH)
  const tokens = tokenize(text, from, colon)
  let last = tokens.length - 1
  const tail = tokens[last]
  if (tail === undefined || !onlySpace(text, tail.end, colon)) return null
  while (last > 0 && BETWEEN.has(tokens[last]?.key ?? '') && joined(text, tokens[last - 1], tokens[last])) last--
  const verb = verbBack(text, tokens, last)
  if (verb === null) return null
  const cue = { start: tokens[verb.first]?.start ?? 0, end: tokens[last]?.end ?? 0 }
  if (verb.pronoun) return { name: verb.pronoun, pronoun: true, cue, kind: 'before' }
  // The subject runs back from the verb to the sentence's start or to punctuation;
  // after a comma, it is the words between it and the comma before (`Son président, Maël Quéré, a affirmé`).
  let end = verb.first
  const comma = tokens[end - 1] && /^\s*,\s*$/u.test(text.slice(tokens[end - 1]?.end ?? 0, tokens[end]?.start ?? 0))
  if (comma) end--
  let first = end
  while (first > 0 && joined(text, tokens[first - 1], tokens[first])) first--
  if (first === 0 && from > sentenceStart) return null
  if (comma && first > 0 && !/^\s*,\s*$/u.test(text.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0))) return null
  while (first < end && (OPENERS.has(tokens[first]?.key ?? '') || BETWEEN.has(tokens[first]?.key ?? ''))) first++
  const subject = tokens.slice(first, comma ? end + 1 : end)
  const head = subject[0]
  if (head === undefined) return null
  if (subject.length === 1 && SUBJECTS.has(head.key)) return { name: { start: head.start, end: head.end }, pronoun: true, cue, kind: 'before' }
  const name = nounPhrase(text, subject, 0)
  return name && name.end === subject[subject.length - 1]?.end ? { name, pronoun: false, cue, kind: 'before' } : null
}

/** `Le maire : « … »`, `— Marie Dupont : « … »`, `J. D. — « … »`: a turn of an interview, its speaker at the start of the block. */
function interviewCue(text: string, start: number, blockStart: number, input: SpeakerInput): Found | null {
  let separator = start - 1
  while (separator > blockStart && /\s/u.test(text.charAt(separator))) separator--
  const mark = text.charAt(separator)
  if (!SEPARATORS.has(mark) || (mark !== ':' && !/\s/u.test(text.charAt(separator - 1)))) return null
  let labelStart = blockStart
  while (labelStart < separator && /[\s—–\-•*]/u.test(text.charAt(labelStart))) labelStart++
  let labelEnd = separator
  while (labelEnd > labelStart && /\s/u.test(text.charAt(labelEnd - 1))) labelEnd--
  const label = text.slice(labelStart, labelEnd)
  if (label.length === 0 || label.length > 60 || !/^[\p{L}\p{M}.'’\- ]+$/u.test(label)) return null
  const tokens = tokenize(text, labelStart, labelEnd, 8)
  // A name, a role or initials: no verb, no preposition (`Le président du club a tranché :` is no turn).
  if (tokens.length > 6 || tokens.some((token, k) => STOPS.has(token.key) || (k > 0 && !joined(text, tokens[k - 1], token)))) return null
  const head = tokens[0]
  const second = tokens[1]
  const name = { start: labelStart, end: labelEnd }
  const cue = { start: separator, end: separator + 1 }
  const initials = /^(?:\p{Lu}[.\-\s]*){1,3}$/u.test(label)
  const titled = head !== undefined && TITLES.has(head.key) && tokens.slice(1).every((token) => token.cap)
  const role = head !== undefined && second !== undefined && DETERMINERS.has(head.key) && ROLES.has(second.key)
  const person = mentionAt(input, name, true) !== null
  return initials || titled || role || person ? { name, pronoun: false, cue, kind: 'interview' } : null
}

/** `Selon X, … « … »`, `Pour lui, « … »`: a sentence that opens by saying whose words follow. */
function accordingCue(text: string, start: number, sentenceStart: number, value: string, input: SpeakerInput): Found | null {
  // A word or two in quotes (`la « réforme »`) is a term, not what someone said.
  if (!OPENS_ACCORDING.test(text.slice(sentenceStart, sentenceStart + 8)) || value.split(/\s+/u).length < 3) return null
  const tokens = tokenize(text, sentenceStart, start, 16)
  const according = tokens[0] && onlySpace(text, sentenceStart, tokens[0].start) ? accordingTo(text, tokens, 0) : null
  if (according === null || !/^\s*,/u.test(text.slice(according.found.name.end, start))) return null
  const { name } = according.found
  return according.person || mentionAt(input, name, false) !== null ? { ...according.found, kind: 'according-to' } : null
}

/** `selon X`, `d’après X`, `pour X` at `from`; `person` when X is a pronoun or names someone by a role (`selon un diplomate`). */
function accordingTo(text: string, tokens: readonly Token[], from: number): { found: Found; person: boolean } | null {
  const first = tokens[from]
  if (first === undefined) return null
  const apres = first.key === "d'" && tokens[from + 1]?.key === 'apres'
  if (first.key !== 'selon' && first.key !== 'pour' && !apres) return null
  const at = from + (apres ? 2 : 1)
  const cue = { start: first.start, end: tokens[at - 1]?.end ?? first.end }
  const next = tokens[at]
  if (next && STRESSED.has(next.key) && joined(text, tokens[at - 1], next)) {
    return { found: { name: { start: next.start, end: next.end }, pronoun: true, cue, kind: 'according-to' }, person: true }
  }
  const name = next && joined(text, tokens[at - 1], next) ? nounPhrase(text, tokens, at) : null
  if (name === null) return null
  const person = isPersonLike(tokens.slice(at), name)
  // `pour` says whose view it is only of someone: `pour la première fois` is no attribution.
  if (first.key === 'pour' && !person) return null
  return { found: { name, pronoun: false, cue, kind: 'according-to' }, person }
}

/** Whether one of the first three words of `name` (its first at `tokens[0]`) names people by a role or a kind (`un diplomate`, `une source proche`). */
function isPersonLike(tokens: readonly Token[], name: Span): boolean {
  const first = tokens.findIndex((token) => token.start === name.start)
  return first >= 0 && tokens.slice(first, first + 3).some((token) => token.start < name.end && PEOPLE.has(token.key))
}

/** Whether a verb group may start with `token`: a verb of saying, an auxiliary, or `s’`. */
function mayOpenVerb(token: Token): boolean {
  const key = invertedPronoun(token)?.verb ?? token.key
  return key === "s'" || key === 'se' || AUXILIARIES.has(key) || isSpeechPresent(key, false)
}

/** A group of a verb of saying at `from`, forward: `a déclaré`, `estime`, `a-t-il ajouté`, `s’est indignée`, `explique-t-elle`. */
function verbGroup(text: string, tokens: readonly Token[], from: number): { start: number; end: number; next: number; pronoun: Span | null } | null {
  const start = tokens[from]
  if (start === undefined) return null
  const reflexive = start.key === "s'" || start.key === 'se'
  let at = reflexive ? from + 1 : from
  const head = tokens[at]
  if (head === undefined || (reflexive && !joined(text, start, head))) return null
  const inverted = invertedPronoun(head)
  const verb = inverted ? inverted.verb : head.key
  let end = head.end
  at++
  if (isAuxiliary(verb, reflexive)) {
    while (ADVERBS.has(tokens[at]?.key ?? '') && joined(text, tokens[at - 1], tokens[at])) at++
    const participle = tokens[at]
    if (participle === undefined || !joined(text, tokens[at - 1], participle) || !isSpeechParticiple(participle.key, reflexive)) return null
    end = participle.end
    at++
  } else if (!isSpeechPresent(verb, reflexive)) return null
  return { start: start.start, end, next: at, pronoun: inverted?.pronoun ?? null }
}

/** The verb group that ends at `last`, backward (`a affirmé`, `déclare`, `a-t-il ajouté`): the index of its first word, and the pronoun of an inverted one. */
function verbBack(text: string, tokens: readonly Token[], last: number): { first: number; pronoun: Span | null } | null {
  const tail = tokens[last]
  if (tail === undefined) return null
  // A participle after its auxiliary first: `déclaré` and `déclare` fold alike.
  let at = last - 1
  while (at > 0 && ADVERBS.has(tokens[at]?.key ?? '')) at--
  const auxiliary = tokens[at]
  if (auxiliary !== undefined && joined(text, auxiliary, tokens[at + 1])) {
    const invertedAuxiliary = invertedPronoun(auxiliary)
    const self = tokens[at - 1]?.key === "s'"
    const verb = invertedAuxiliary ? invertedAuxiliary.verb : auxiliary.key
    if (isAuxiliary(verb, self) && isSpeechParticiple(tail.key, self)) return { first: self ? at - 1 : at, pronoun: invertedAuxiliary?.pronoun ?? null }
  }
  const inverted = invertedPronoun(tail)
  if (inverted && isSpeechPresent(inverted.verb, false)) return { first: last, pronoun: inverted.pronoun }
  if (isSpeechPresent(tail.key, false)) return { first: last, pronoun: null }
  if (tokens[last - 1]?.key === "s'" && isSpeechPresent(tail.key, true)) return { first: last - 1, pronoun: null }
  return null
}

const isAuxiliary = (key: string, reflexive: boolean) => (reflexive ? key === 'est' || key === 'sont' || key === 'etait' : AUXILIARIES.has(key))

/** `a-t-il`, `explique-t-elle`, `dit-il`: the verb and where the pronoun stands. */
function invertedPronoun(token: Token): { verb: string; pronoun: Span } | null {
  const parts = token.key.split('-')
  const pronoun = parts[parts.length - 1] ?? ''
  if (!SUBJECTS.has(pronoun) || (parts.length !== 2 && !(parts.length === 3 && parts[1] === 't'))) return null
  return { verb: parts[0] ?? '', pronoun: { start: token.end - pronoun.length, end: token.end } }
}

/**
 * A name or a description starting at `from`: a determiner, a title or a
 * capital first, then words joined by white space up to punctuation or a
 * word that ends it (`lors`, `qui`, a weekday). `null` when it runs on too
 * long to be a name.
 */
function nounPhrase(text: string, tokens: readonly Token[], from: number): Span | null {
  const first = tokens[from]
  if (first === undefined || STOPS.has(first.key) || !(DETERMINERS.has(first.key) || TITLES.has(first.key) || first.cap)) return null
  let last = from
  while (last + 1 < tokens.length && joined(text, tokens[last], tokens[last + 1]) && !STOPS.has(tokens[last + 1]?.key ?? '')) {
    last++
    if (last - from >= MAX_NAME) return null
  }
  while (last > from && DANGLING.has(tokens[last]?.key ?? '')) last--
  if (last === from && (DETERMINERS.has(first.key) || TITLES.has(first.key))) return null
  return { start: first.start, end: tokens[last]?.end ?? first.end }
}

/** Skips the words of `set` from `from` (`a déclaré mardi soir X`). */
function skip(text: string, tokens: readonly Token[], from: number, set: ReadonlySet<string>): number {
  let at = from
  while (set.has(tokens[at]?.key ?? '') && joined(text, tokens[at - 1], tokens[at])) at++
  return at
}

/** Whether two words follow each other within a name: only white space between them, or the period of a title or an initial (`M. Girard`, `J.-P. Martin`). */
function joined(text: string, before: Token | undefined, after: Token | undefined): boolean {
  if (before === undefined || after === undefined) return false
  if (onlySpace(text, before.end, after.start)) return true
  const short = TITLES.has(before.key) || (before.end - before.start === 1 && before.cap)
  return short && /^\.[\s\-‐]*$/u.test(text.slice(before.end, after.start))
}

/** The speaker node: positions, and the mention its words are or (for a pronoun) refer to. */
function toSpeaker(input: SpeakerInput, found: Found, quote: Quote, outer: readonly Span[]): Speaker {
  const { text, toPosition } = input
  let name = found.name
  const before = Math.min(name.start, quote.position.start.offset)
  let mention = found.pronoun ? antecedent(input, text.slice(name.start, name.end), before, quote.block, outer) : mentionAt(input, name, false)
  if (mention === null && !found.pronoun) {
    // `le porte-parole du ministère, Marc Petrossian.`: the name in apposition.
    const apposition = appositionAfter(input, name)
    if (apposition !== null) {
      mention = apposition
      name = { start: name.start, end: input.mentions[apposition]?.position.end.offset ?? name.end }
    }
  }
  const linked = mention === null ? undefined : input.mentions[mention]
  return {
    text: text.slice(name.start, name.end),
    position: toPosition(name.start, name.end),
    mention: linked ? mention : null,
    entity: linked ? linked.entity : null,
    cue: { kind: found.kind, text: text.slice(found.cue.start, found.cue.end), position: toPosition(found.cue.start, found.cue.end) }
  }
}

/** The index of the first mention that ends after `offset`. */
function firstMentionAfter(mentions: readonly EntityMention[], offset: number): number {
  return firstNotBelow(mentions.length, (index) => (mentions[index]?.position.end.offset ?? 0) <= offset)
}

/** The first index from 0 to `length` where `below` no longer holds (it holds on a prefix): a binary search. */
function firstNotBelow(length: number, below: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const mid = (low + high) >> 1
    if (below(mid)) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * The mention `name` is: one that ends it, with nothing before it but a
 * determiner, a title or (for a person) a role (`le ministre Paul Verdier`),
 * not a complement (`la sœur de Paul Verdier`). `person` asks for a person.
 */
function mentionAt(input: SpeakerInput, name: Span, person: boolean): number | null {
  const { mentions, text } = input
  for (let index = firstMentionAfter(mentions, name.start); index < mentions.length; index++) {
    const mention = mentions[index]
    if (mention === undefined || mention.position.start.offset >= name.end) break
    if (mention.position.end.offset !== name.end || mention.position.start.offset < name.start) continue
    if (person && mention.kind !== 'person') return null
    const before = tokenize(text, name.start, mention.position.start.offset)
    const previous = before.filter((token) => !ARTICLES.has(token.key)).pop()
    if (previous !== undefined && (OF.has(previous.key) || STOPS.has(previous.key))) return null
    if (mention.kind !== 'person' && before.some((token) => !DETERMINERS.has(token.key))) return null
    return index
  }
  return null
}

/** A person named right after `name` and a comma, alone up to punctuation: the name of who `name` describes. */
function appositionAfter(input: SpeakerInput, name: Span): number | null {
  const { mentions, text } = input
  const index = firstMentionAfter(mentions, name.end)
  const mention = mentions[index]
  if (mention === undefined || mention.kind !== 'person') return null
  const between = text.slice(name.end, mention.position.start.offset)
  if (!/^,\s*(?:(?:M\.|Mme|Mlle|Dr)\s+)?$/u.test(between)) return null
  return /^\s*(?:[.,;!?)]|$)/u.test(text.slice(mention.position.end.offset, mention.position.end.offset + 3)) ? index : null
}

/**
 * The person a pronoun refers to: the only person named before it in its
 * block, else in the block before (with a title of its gender, if any), names
 * inside quotations aside. Several people there, and it is left unlinked: a
 * guess would often be wrong.
 */
function antecedent(input: SpeakerInput, pronoun: string, before: number, block: number, outer: readonly Span[]): number | null {
  const { mentions, text } = input
  const key = pronoun.toLowerCase()
  if (key !== 'il' && key !== 'elle' && key !== 'lui') return null
  const feminine = key === 'elle'
  let index = firstMentionAfter(mentions, before) - 1
  for (let look = block; look >= block - 1; look--) {
    let nearest: number | null = null
    let entity: string | null = null
    for (let seen = 0; index >= 0 && seen < 40; index--, seen++) {
      const mention = mentions[index]
      if (mention === undefined || mention.block < look) break
      if (mention.kind !== 'person' || mention.position.end.offset > before || isQuoted(outer, mention.position.start.offset)) continue
      const title = /(?:^|\s)(M\.|Mme|Mlle)\s+$/u.exec(text.slice(Math.max(0, mention.position.start.offset - 6), mention.position.start.offset))?.[1]
      if (title !== undefined && (title === 'M.') === feminine) continue
      if (entity !== null && mention.entity !== entity) return null
      entity = mention.entity
      nearest ??= index
    }
    if (nearest !== null) return nearest
  }
  return null
}

/** Whether `offset` stands inside one of the quotes `outer` spans (ascending, not overlapping). */
function isQuoted(outer: readonly Span[], offset: number): boolean {
  const at = firstNotBelow(outer.length, (index) => (outer[index]?.end ?? 0) <= offset)
  return (outer[at]?.start ?? Infinity) <= offset
}
