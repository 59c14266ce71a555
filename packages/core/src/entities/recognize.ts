import type { Block, DatelineInfo, Entity, EntityKind, EntityMention, Position, Sentence } from '../types.js'
import { ACCORDING, ADVERBS, ARTICLES, AUXILIARIES, CONNECTORS, ENDS_NAME, FEATURES, NOT_ACRONYM, NOT_NAME, ORGANIZATION_HEADS, PARTICLES, PLACE_DIRECTIONS, PLACE_NOUNS, ROLES, SAID, SAYS, TITLES } from './cues.js'
import { matchName, type Gazetteer, type GazetteerEntry } from './gazetteer.js'
import { PLATFORM_X } from './gazetteer-data.js'
import { givenNames } from './given.js'
import { headedNames } from './headed.js'
import { MODEL_BITS, MODEL_WEIGHTS } from './model.js'
import { tagSentence, type TaggedSpan, type TaggerModel } from './tagger.js'
import { fromBase64 } from './base64.js'
import { capitalPastFirstWord, fold, onlySpace, slug, tokenize, type Token } from './tokens.js'

/** What recognition needs of a document. */
export interface RecognitionInput {
  text: string
  children: readonly Block[]
  sentences: readonly Sentence[]
  dateline: DatelineInfo | null
  toPosition: (start: number, end: number) => Position
}

/** A span of tokens of one sentence, named. */
interface Span {
  block: number
  from: number
  to: number
  kind: EntityKind
  /** The canonical entity, when known; a person’s later mention is linked at the end. */
  entry: GazetteerEntry | null
}

/** The words of one sentence, the span each belongs to, and the words a name can start at. */
interface BlockTokens {
  block: number
  tokens: Token[]
  owner: (Span | null)[]
  /** Indexes of the capitalised words, and of the lower-case words that start a gazetteer name or head an institution (`ministère`), in order. */
  anchors: number[]
  /** The spans named so far, which never overlap. */
  spans: Span[]
}

/** A named span by its offsets in the text, with its folded words: what stays of a sentence once it is read. */
interface Found {
  block: number
  start: number
  end: number
  kind: EntityKind
  entry: GazetteerEntry | null
  /** Its words folded, joined by a space. */
  name: string
}

/** A capitalised sequence no cue named: a person if someone of that name is named elsewhere, else a place if its cue says so. */
interface Candidate {
  span: Found
  /** Whether the words before it tell a place. */
  place: boolean
  /** The free word right before it (a particle a sentence’s start cut off: `Le Drian`), or `null`. */
  before: { start: number; key: string } | null
}

/**
 * The named entities of a document: every mention of a person, a place or
 * an organisation, with its offsets and its canonical entity, and the list
 * of those entities with their mention counts.
 */
export function recognizeEntities(input: RecognitionInput, gazetteer: Gazetteer, options: { model?: boolean } = {}): { mentions: EntityMention[]; entities: Entity[] } {
  const found: Found[] = []
  const candidates: Candidate[] = []
  // What the model finds where the rules found nothing.
  const tagged: Found[] = []
  // Names their head noun opens (`rue Joffre`): over whatever was found inside them.
  const headed: Found[] = []
  // Treaties, prizes, events (`Convention de Genève`): no entity, and none inside them.
  const unnamed: Found[] = []
  const model = options.model === false ? null : taggerModel()
  // The model's names by the words they were found in, for the document.
  const decided = new Map<string, TaggedSpan[]>()
  // Sentence by sentence: no cue crosses a sentence, and memory stays that of one sentence’s words, however long the block.
  const everyWord = hasUncasedName(gazetteer)
  const initials = initialsOf(gazetteer)
  // One array for every sentence, cleared up to the sentence’s length: nothing past it is read.
  const owner: (Span | null)[] = []
  let block = -1
  let type: Block['type'] | undefined
  for (const sentence of input.sentences) {
    // A block's sentences follow one another.
    if (sentence.block !== block) {
      block = sentence.block
      type = input.children[block]?.type
    }
    const start = sentence.position.start.offset
    const end = sentence.position.end.offset
    // Every word of a sentence with a capital past its first word; else only what its first word may name.
    const past = capitalPastFirstWord(input.text, start, end)
    const tokens = past || everyWord || type === 'dateline' || type === 'byline' ? tokenize(input.text, start, end) : firstWords(input.text, start, end, gazetteer)
    if (tokens.length === 0) continue
    for (let index = 0; index < tokens.length; index++) owner[index] = null
    const unit: BlockTokens = { block: sentence.block, tokens, owner, anchors: anchorsOf(tokens, input.text, gazetteer, initials), spans: [] }
    named(unit, gazetteer, input.text)
    if (type === 'dateline' && input.dateline) dateline(unit, input.dateline)
    // Shouting needs capitals: most sentences have no word in capitals to count.
    organizations(unit, input.text, unit.anchors.some((index) => tokens[index]?.caps) && shouting(tokens, input.text))
    const uncued: Span[] = []
    people(unit, gazetteer, input.text, type === 'byline', uncued)
    for (const span of unit.spans) found.push(foundOf(unit, span))
    // The word before a candidate may lead its surname (`Le Drian`) only when no other name holds it, the candidate before included.
    let free = 0
    for (const span of uncued) {
      const previous = span.from - 1 >= free ? tokens[span.from - 1] : undefined
      free = span.to
      const place = isPlace(unit, span)
      candidates.push({ span: foundOf(unit, span), place, before: previous && !unit.owner[span.from - 1] ? { start: previous.start, key: previous.key } : null })
      // Held as a place for the sentence’s next words (`de Niigata et de Toyama`); linking decides at the end.
      if (place) own(unit, { ...span, kind: 'place' })
    }
    // The model and the headed names need a capital past the first word, whatever the gazetteer: its words are read alike with or without the shortcut.
    if (past && type !== 'dateline' && type !== 'byline') {
      const capitals = unit.anchors.filter((index) => tokens[index]?.cap)
      // The model reads only sentences with a capitalised word the rules left unnamed.
      if (model && capitals.some((index) => isFree(unit, index))) {
        for (const span of tagSentence(model, tokens, input.text, gazetteer, { capitals, wanted: (from, to) => unsettled(unit, from, to), decided })) {
          const to = trimmed(tokens, span.from, span.to)
          if (TAGGED_KINDS.has(span.kind)) tagged.push(foundOf(unit, { ...span, to, block: sentence.block, entry: null }))
        }
      }
      for (const span of headedNames(input.text, tokens, capitals)) {
        if (span.kind) headed.push(foundOf(unit, { ...span, kind: span.kind, block: sentence.block, entry: null }))
        else unnamed.push(foundOf(unit, { ...span, kind: 'organization', block: sentence.block, entry: null }))
      }
    }
  }
  // One by one: spreading an unbounded list into a call overflows the stack.
  for (const span of linkPeople(found, candidates)) found.push(span)
  found.sort((a, b) => a.start - b.start)
  const blocked = new Set(unnamed)
  const spans = fill(fill(fill(unnamed, headed), found), tagged).filter((span) => !blocked.has(span))
  return collect(withAcronymPlaces(spans, input.text), input)
}

// The model's people are left out: the rules, with their cues and the links between mentions, name people more precisely.
const TAGGED_KINDS = new Set<EntityKind>(['place', 'organization'])

let weights: TaggerModel | undefined

/** The shipped model, decoded on first use. */
function taggerModel(): TaggerModel {
  weights ??= { bits: MODEL_BITS, weights: new Int8Array(fromBase64(MODEL_WEIGHTS).buffer) }
  return weights
}

/** Whether a stretch of words holds a capitalised word no rule has named (see `isFree`). */
function unsettled(unit: BlockTokens, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isFree(unit, index)) return true
  return false
}

/** A capitalised word no rule has named, and not one that starts no name (`Les`, `Dans`, `M.`). */
function isFree(unit: BlockTokens, index: number): boolean {
  const token = unit.tokens[index]
  return Boolean(token?.cap && !unit.owner[index] && !token.elision && !NOT_NAME.has(token.key))
}

/** Where a name the model found ends, past the lower-case words that cannot end one (`Parlement et`, `Université progressent`). */
function trimmed(tokens: readonly Token[], from: number, to: number): number {
  let end = to
  while (end - 1 > from) {
    const token = tokens[end - 1]
    if (!token || token.cap || !(CONNECTORS.has(token.key) || ENDS_NAME.has(token.key) || SAYS.has(token.key) || SAID.has(token.key) || token.key === 'et' || /.{3}(?:ent|ment)$/.test(token.key))) break
    end--
  }
  return end
}

/** `CHU de Rennes`, `ARS Bretagne`: an acronym that a place makes one body, one organisation. */
function withAcronymPlaces(spans: readonly Found[], text: string): Found[] {
  const joined: Found[] = []
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Found
    const next = spans[index + 1]
    if (next && next.block === span.block && span.kind === 'organization' && next.kind === 'place' && /^[A-Z]{2,6}$/.test(text.slice(span.start, span.end)) && ACRONYM_PLACE.test(text.slice(span.end, next.start))) {
      joined.push({ ...span, end: next.end, entry: null, name: `${span.name} ${next.name}` })
      index++
    } else joined.push(span)
  }
  return joined
}

const ACRONYM_PLACE = /^[ \u00a0](?:(?:de|du)[\s\u00a0]|d[’'])?$/

/** `found`, sorted, with the spans of `extra` (sorted) that overlap none of it, in text order. */
function fill(found: readonly Found[], extra: readonly Found[]): Found[] {
  const merged: Found[] = []
  let at = 0
  for (const span of extra) {
    while (at < found.length && (found[at]?.end ?? 0) <= span.start) merged.push(found[at++] as Found)
    const next = found[at]
    const previous = merged.at(-1)
    if ((next && next.start < span.end) || (previous && previous.end > span.start)) continue
    merged.push(span)
  }
  while (at < found.length) merged.push(found[at++] as Found)
  return merged
}

/**
 * The words to read of a sentence with no capital past its first word: it
 * names nothing, or only with that word: none when it is a word that starts
 * no name (`Les`, `Dans`, `L’`); else its first three words tell (`Lavrov,
 * ministre …`), unless a gazetteer name or an institution starts there and
 * runs on in lower case (`Cour internationale de justice`).
 */
function firstWords(text: string, start: number, end: number, gazetteer: Gazetteer): Token[] {
  const head = tokenize(text, start, end, 1)[0]
  if (!head?.cap) return []
  const key = head.key
  if (gazetteer.names.has(key) || ORGANIZATION_HEADS.has(key)) return tokenize(text, start, end)
  // Neither a name (see `nameEnd`) nor an acronym (see `organizations`).
  if (head.elision || (!head.caps && NOT_NAME.has(key))) return []
  return tokenize(text, start, end, 3)
}

const uncased = new WeakMap<Gazetteer, boolean>()

/** Whether some name of the gazetteer has no capital at all (`la capitale`): then no sentence can be skipped. */
function hasUncasedName(gazetteer: Gazetteer): boolean {
  let known = uncased.get(gazetteer)
  if (known === undefined) {
    known = [...gazetteer.names.values()].some((names) => names.some((name) => !name.capitals.includes(true)))
    uncased.set(gazetteer, known)
  }
  return known
}

function foundOf(unit: BlockTokens, span: Span): Found {
  const { tokens } = unit
  let name = tokens[span.from]?.key ?? ''
  for (let index = span.from + 1; index < span.to; index++) name += ' ' + (tokens[index]?.key ?? '')
  return { block: unit.block, start: tokens[span.from]?.start ?? 0, end: tokens[span.to - 1]?.end ?? 0, kind: span.kind, entry: span.entry, name }
}

/** Every pass starts names at these words only: the others are looked at as cues. */
function anchorsOf(tokens: readonly Token[], text: string, gazetteer: Gazetteer, initials: Uint8Array): number[] {
  const anchors: number[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (!token) continue
    if (token.cap || (initials[text.charCodeAt(token.start)] === 1 && (gazetteer.lowerStarts.has(token.text) || (token.end - token.start === 9 && token.key === 'ministere')))) anchors.push(index)
  }
  return anchors
}

const initialTables = new WeakMap<Gazetteer, Uint8Array>()

/** A table of the first letters of the lower-case words that can start a name: a gazetteer name’s first word, `ministère`. */
function initialsOf(gazetteer: Gazetteer): Uint8Array {
  let table = initialTables.get(gazetteer)
  if (!table) {
    table = new Uint8Array(0x10000)
    for (const word of [...gazetteer.lowerStarts, 'ministère']) table[word.charCodeAt(0)] = 1
    initialTables.set(gazetteer, table)
  }
  return table
}

/** Names of the gazetteer, longest first. A one-word place followed by one more capitalised word is the start of a name (`Sofia Coppola`), not the place. */
function named(block: BlockTokens, gazetteer: Gazetteer, text: string): void {
  const { tokens, anchors } = block
  let next = 0
  for (const index of anchors) {
    const token = tokens[index]
    if (!token || index < next) continue
    if (token.cap && token.text === 'X' && isPlatformCue(tokens, index)) {
      own(block, { block: block.block, from: index, to: index + 1, kind: 'organization', entry: PLATFORM_X })
      continue
    }
    const match = matchName(gazetteer, tokens, index, text)
    if (!match) continue
    if (match.entry.kind === 'place' && match.length === 1 && !token.caps && startsName(tokens, index + 1, text) && !matchName(gazetteer, tokens, index + 1, text)) continue
    // `Hervé Marseille`, `Jean Leclerc`: after a given name, a place's or a company's name is a surname.
    if (match.entry.kind !== 'person' && match.length === 1 && !token.caps && joined(tokens, index, text) && isGivenName(tokens[index - 1], gazetteer)) continue
    own(block, { block: block.block, from: index, to: index + match.length, kind: match.entry.kind, entry: match.entry })
    next = index + match.length
  }
}

function isPlatformCue(tokens: readonly Token[], index: number): boolean {
  const previous = (tokens[index - 1]?.key ?? '')
  return previous === 'sur' || (previous === 'social' && (tokens[index - 2]?.key ?? '') === 'reseau') || previous === 'plateforme'
}

/**
 * A capitalised given name (`Hervé`, `Jean-Marc`) that is not also a word the
 * recogniser knows as no name (`Le`) or a name of the gazetteer (`France`,
 * `Florence`): it opens a person's name of two words or more, cue or not.
 */
function isGivenName(token: Token | undefined, gazetteer: Gazetteer): boolean {
  return Boolean(token && token.cap && !token.caps && !token.elision && givenNames().has(token.key) && !NOT_NAME.has(token.key) && !gazetteer.names.has(token.key))
}


/** A lone capitalised word right after `index - 1`, then a lower-case word or nothing. */
function startsName(tokens: readonly Token[], index: number, text: string): boolean {
  const next = tokens[index]
  const after = tokens[index + 1]
  return Boolean(next && next.cap && !next.caps && joined(tokens, index, text) && !NOT_NAME.has(next.key) && !(after && after.cap && joined(tokens, index + 1, text)))
}

/** The dateline’s place and agency, when the gazetteer did not name them. */
function dateline(block: BlockTokens, info: DatelineInfo): void {
  for (const [value, kind] of [
    [info.place, 'place'],
    [info.agency, 'organization']
  ] as const) {
    if (!value) continue
    const words = tokenize(value, 0, value.length).map((token) => token.key)
    const from = block.tokens.findIndex((_, index) => words.every((word, offset) => (block.tokens[index + offset]?.key ?? '') === word))
    if (from < 0 || block.owner.slice(from, from + words.length).some((owner) => owner !== null)) continue
    own(block, { block: block.block, from, to: from + words.length, kind, entry: null })
  }
}

/** A block mostly in capitals (a dateline, a shouted heading): its capitals are not acronyms. */
function shouting(tokens: readonly Token[], text: string): boolean {
  let caps = 0
  let words = 0
  for (const token of tokens) {
    if (token.end - token.start < 2 || isDigit(text.charCodeAt(token.start))) continue
    words++
    if (token.caps) caps++
  }
  return words >= 2 && caps * 2 > words
}

/** Acronyms, and institutions’ names from their head noun to the last word that belongs to them. */
function organizations(block: BlockTokens, text: string, shouted: boolean): void {
  const { tokens, owner, anchors } = block
  let next = 0
  for (const index of anchors) {
    const token = tokens[index]
    if (!token || owner[index] || index < next) continue
    // Only a capitalised word or `ministère` heads a name.
    if (!token.cap && token.key !== 'ministere') continue
    const key = token.key
    if (token.caps && !shouted && isAcronym(token) && !isSurname(tokens, index, text)) {
      own(block, { block: block.block, from: index, to: index + 1, kind: 'organization', entry: null })
      continue
    }
    if (!ORGANIZATION_HEADS.has(key) || !(token.cap || key === 'ministere')) continue
    const to = institutionEnd(block, index, text)
    const words = tokens.slice(index + 1, to)
    // A name needs more than its head, and a lower-case head (`ministère`) a capitalised word (`de la Défense`).
    if (!words.some((word) => !CONNECTORS.has(word.key))) continue
    if (!token.cap && !words.some((word) => word.cap)) continue
    own(block, { block: block.block, from: index, to, kind: 'organization', entry: null })
    next = to
  }
}

/**
 * Capitals that may be an acronym: two to six letters without accents (a word
 * in capitals, `SÉNATORIALES`, `COMMERCE`, is a heading), neither a word the
 * recogniser knows as none, a Roman numeral, nor a given name (`MARCEL`).
 */
function isAcronym(token: Token): boolean {
  const { text, key } = token
  return /^[A-Z]{2,6}$/.test(text) && !NOT_ACRONYM.has(key) && !/^[IVXLCDM]+$/.test(text) && !(text.length >= 4 && givenNames().has(key))
}

/** Capitals right after a capitalised name are a surname written in capitals (`Julien MOREL`), not an acronym (`Le CHU`). */
function isSurname(tokens: readonly Token[], index: number, text: string): boolean {
  const previous = tokens[index - 1]
  return previous !== undefined && previous.cap && !previous.caps && !NOT_NAME.has(previous.key) && joined(tokens, index, text)
}

/**
 * Where an institution’s name ends: lower-case words right after its head
 * (`Cour internationale de justice`) or one after a capitalised word
 * (`Nations unies`); a joining word only before a capitalised word, or before
 * a lower-case one while no capitalised word came; never past a verb, a
 * pronoun or an acronym.
 */
function institutionEnd(block: BlockTokens, head: number, text: string): number {
  const { tokens, owner } = block
  let end = head + 1
  let lower = 0
  let capitalised = false
  for (let index = head + 1; index < tokens.length && index < head + 9; index++) {
    const token = tokens[index]
    if (!token || owner[index] || !joined(tokens, index, text) || token.caps) break
    const key = token.key
    if (CONNECTORS.has(key)) {
      if (ARTICLES.has(key) && (tokens[index - 1]?.key ?? '') !== 'de') break
      const next = tokens[index + 1]
      if (!next || next.caps || (!next.cap && (capitalised || ENDS_NAME.has(next.key)))) break
      continue
    }
    if (token.cap) {
      capitalised = true
      lower = 0
    } else if (ENDS_NAME.has(key) || SAYS.has(key) || SAID.has(key) || ++lower > (capitalised ? 1 : 3)) break
    end = index + 1
  }
  return end
}

/**
 * Sequences of capitalised words (with particles) that are people: after a
 * title or a role, before or after a verb of saying, after `selon`, beside a
 * role in apposition, or in a byline. Other sequences stay candidates: a
 * place after `à` or `près de`, or a later mention of someone named before.
 */
function people(block: BlockTokens, gazetteer: Gazetteer, text: string, byline: boolean, candidates: Span[]): void {
  const { tokens, anchors } = block
  let next = 0
  for (const index of anchors) {
    if (index < next) continue
    let from = index
    const to = nameEnd(block, index, text)
    if (to === index) continue
    // `le Slovène Tadej Pogacar`, `l’Indienne Payal Kapadia`: a noun after an article, then the name.
    const introduced = to - index >= 3 && ARTICLES_BEFORE.has((tokens[index - 1]?.key ?? ''))
    if (introduced) from++
    const span: Span = { block: block.block, from, to, kind: 'person', entry: null }
    const length = to - from
    // In a byline, a name of two words or more, or one after `par` (`Propos recueillis par X`).
    const signed = byline && (length >= 2 || (tokens[from - 1]?.key ?? '') === 'par')
    // The walk back for a role last: it costs the most.
    // `J.-P. Durand`, `L. Perrin`: initials before a surname.
    const initialled = length >= 2 && isInitial(tokens, from, text) && (tokens[to - 1]?.text.length ?? 0) >= 2
    const cue = introduced || signed || initialled || (length >= 2 && isGivenName(tokens[from], gazetteer)) || isTitled(tokens, from, text) || hasRoleAfter(tokens, to, text) || saysBefore(tokens, from, length) || (length >= 2 && saysAfter(tokens, to)) || hasRoleBefore(tokens, from, length, text)
    if (cue) own(block, span)
    else candidates.push(span)
    next = to
  }
}

const ARTICLES_BEFORE = new Set(['le', 'la', "l'", 'un', 'une'])

/** Where the name that starts at `index` ends (`index` when none does). */
function nameEnd(block: BlockTokens, index: number, text: string): number {
  const { tokens, owner } = block
  const first = tokens[index]
  if (!first || owner[index] || !first.cap || first.caps || first.elision || isDigit(text.charCodeAt(first.start)) || (NOT_NAME.has(first.key) && !isInitial(tokens, index, text))) return index
  let end = index + 1
  for (let next = index + 1; next < tokens.length && next < index + 6; next++) {
    const token = tokens[next]
    if (!token || owner[next] || !(joined(tokens, next, text) || afterInitial(tokens, next, text))) break
    if (token.cap && !token.elision) end = next + 1
    else if (!PARTICLES.has(token.key) || !tokens[next + 1]?.cap) break
  }
  return end
}

/** `L. Perrin`, `J.-P. Martin`: a name after an initial and its dot (and a hyphen to the next initial). */
function afterInitial(tokens: readonly Token[], index: number, text: string): boolean {
  const previous = tokens[index - 1]
  const token = tokens[index]
  if (!previous || !token || !isInitial(tokens, index - 1, text)) return false
  return onlySpace(text, previous.end + 1, token.start) || (text.charCodeAt(previous.end + 1) === 0x2d && previous.end + 2 === token.start && token.end - token.start === 1)
}

/** A capital letter alone and its dot (`J.`, the `M.` of `M.-L. Castagne`), followed by a name. */
function isInitial(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index]
  if (!token || token.end - token.start !== 1 || !token.cap || text.charCodeAt(token.end) !== 0x2e) return false
  const next = tokens[index + 1]
  // `M. Dupont` is a title; `M.-L. Castagne` initials.
  // `I. Le projet` is a heading's number; `J. Le Goff` a name.
  return Boolean(next?.cap && (!NOT_NAME.has(next.key) || tokens[index + 2]?.cap)) && (token.key !== 'm' || text.charCodeAt(token.end + 1) === 0x2d)
}

function isTitled(tokens: readonly Token[], index: number, text: string): boolean {
  const previous = tokens[index - 1]
  return Boolean(previous && TITLES.has(previous.key) && /^\.?\s*$/.test(text.slice(previous.end, tokens[index]?.start)))
}

/** A role up to twelve words before, in the same clause: right before, or before a comma, for a one-word name. */
function hasRoleBefore(tokens: readonly Token[], index: number, length: number, text: string): boolean {
  for (let back = index - 1; back >= 0 && back >= index - 12; back--) {
    const token = tokens[back]
    const after = tokens[back + 1]
    if (!token || !after || breaksClause(text, token.end, after.start)) return false
    // Words shorter than any role (`le`, `de`, `à`), most of them, are passed over unread.
    if (token.end - token.start < SHORTEST_ROLE || !ROLES.has(token.key)) continue
    return length >= 2 || back === index - 1 || text.slice(tokens[index - 1]?.end ?? 0, tokens[index]?.start ?? 0).includes(',')
  }
  return false
}

const SHORTEST_ROLE = Math.min(...[...ROLES].map((role) => role.length))

/** `X Y, ministre …`, `X Y, le porte-parole …`. */
function hasRoleAfter(tokens: readonly Token[], to: number, text: string): boolean {
  const last = tokens[to - 1]
  const next = tokens[to]
  if (!last || !next || !isComma(text, last.end, next.start)) return false
  const role = ['le', 'la', "l'", 'un', 'une', 'ancien', 'ancienne', 'nouveau', 'nouvelle'].includes(next.key) ? tokens[to + 1] : next
  return Boolean(role && ROLES.has(role.key))
}

/** `a déclaré X Y` (or `a déclaré X`), `déclare X Y`, `selon X Y`, `d’après X Y`. */
function saysBefore(tokens: readonly Token[], index: number, length: number): boolean {
  const previous = (tokens[index - 1]?.key ?? '')
  if (SAID.has(previous) && AUXILIARIES.has((tokens[index - 2]?.key ?? ''))) return true
  if (length < 2) return false
  return ACCORDING.has(previous) || SAYS.has(previous) || (previous === 'apres' && (tokens[index - 2]?.key ?? '') === "d'")
}

/** `X Y a déclaré`, `X Y a également affirmé`, `X Y estime`. */
function saysAfter(tokens: readonly Token[], to: number): boolean {
  const next = (tokens[to]?.key ?? '')
  if (SAYS.has(next)) return true
  if (!AUXILIARIES.has(next)) return false
  const verb = (tokens[to + 1]?.key ?? '')
  return SAID.has(verb) || (ADVERBS.has(verb) && SAID.has((tokens[to + 2]?.key ?? '')))
}

/**
 * `à X`, `au X`, `près de X`, `la ville (azerbaïdjanaise) de X`, `la vallée
 * de la X`, `au nord de X`, `à 20 km de X`, `le fleuve X`, and `X et de Y`
 * after a place X.
 */
function isPlace(block: BlockTokens, span: Span): boolean {
  const { tokens, owner } = block
  const index = span.from
  const before = (offset: number) => (tokens[index - offset]?.key ?? '')
  const previous = before(1)
  if ((previous === 'a' && tokens[index - 1]?.text.toLowerCase() === 'à') || previous === 'au') return span.to - span.from <= 3
  if (FEATURES.has(previous)) return true
  let at = index - 1
  if (ARTICLES.has((tokens[at]?.key ?? '')) && (tokens[at - 1]?.key ?? '') === 'de') at--
  const joining = (tokens[at]?.key ?? '')
  if (joining !== 'de' && joining !== "d'" && joining !== 'du' && joining !== 'des' && joining !== 'a') return false
  // `X et de Y`, `X, à Y`: coordinated with a place.
  const conjunction = (tokens[at - 1]?.key ?? '')
  const placed = owner[at - 2]
  if ((conjunction === 'et' || conjunction === 'ou') && placed?.kind === 'place') return true
  if (joining === 'a') return false
  for (let back = at - 1; back >= 0 && back >= at - 3; back--) {
    const key = (tokens[back]?.key ?? '')
    if (PLACE_NOUNS.has(key) || PLACE_DIRECTIONS.has(key)) return true
  }
  return false
}

/**
 * People named once with a cue and again without one: the same full name,
 * their surname, or their last name alone (`Sergueï Lavrov` … `Lavrov`);
 * the other candidates are places when their cue says so.
 */
function linkPeople(found: readonly Found[], candidates: readonly Candidate[]): Found[] {
  const names = new Set<string>()
  for (const span of found) if (span.kind === 'person') names.add(span.name)
  // Surnames after the full names, so a full name wins; a surname two people share links to neither.
  const surnames = new Map<string, string | null>()
  // The first words of the surnames of more than one word (`le` of `le drian`).
  const leads = new Set<string>()
  for (const full of names) {
    if (!full.includes(' ')) continue
    for (const surname of [afterFirst(full), last(full)]) {
      if (surname === '' || names.has(surname)) continue
      surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== full ? null : full)
      if (surname.includes(' ')) leads.add(surname.slice(0, surname.indexOf(' ')))
    }
  }
  const linked: Found[] = []
  for (const candidate of candidates) {
    const { span, place, before } = candidate
    // `Le Drian` at a sentence’s start: the particle its first word dropped belongs to the surname.
    if (before && leads.has(before.key) && surnames.get(`${before.key} ${span.name}`)) {
      linked.push({ ...span, start: before.start, name: `${before.key} ${span.name}` })
      continue
    }
    const key = span.name
    // A full name whose last name is someone’s (`Bassirou Diomaye Faye` … `M. Faye`) is theirs too.
    if (names.has(key) || surnames.get(key) || (key.includes(' ') && names.has(last(key)))) linked.push(span)
    else if (place) linked.push({ ...span, kind: 'place' })
  }
  return linked
}

/** A folded name past its first word (the surname of `jean-yves le drian`), and its last word. */
const afterFirst = (name: string) => name.slice(name.indexOf(' ') + 1)
const last = (name: string) => name.slice(name.lastIndexOf(' ') + 1)

/** Names `span`, whose words no other span has. */
function own(block: BlockTokens, span: Span): void {
  for (let index = span.from; index < span.to; index++) block.owner[index] = span
  block.spans.push(span)
}

/** Whether `tokens[index]` follows the one before with nothing but white space between (or right after an elision). */
function joined(tokens: readonly Token[], index: number, text: string): boolean {
  const previous = tokens[index - 1]
  const token = tokens[index]
  if (!previous || !token) return false
  return onlySpace(text, previous.end, token.start)
}

/** The mentions in text order, each linked to its entity; the entities in order of first mention, with their counts. */
function collect(found: readonly Found[], input: RecognitionInput): { mentions: EntityMention[]; entities: Entity[] } {
  const mentions: EntityMention[] = []
  const entities = new Map<string, Entity>()
  // People by folded name, surname and last name, to link later mentions to the full name.
  const people = new Map<string, Entity>()
  // The same entry, or the same name of the same kind, always names the same entity: resolved once.
  const byEntry = new Map<GazetteerEntry, Entity>()
  const byName = { person: new Map<string, Entity>(), place: new Map<string, Entity>(), organization: new Map<string, Entity>() }
  for (const span of found) {
    const surface = input.text.slice(span.start, span.end)
    const resolved = span.entry ? byEntry.get(span.entry) : byName[span.kind].get(surface)
    const entity = resolved ?? entityOf(span, surface, entities, people)
    if (span.entry) byEntry.set(span.entry, entity)
    else byName[span.kind].set(surface, entity)
    entity.mentionCount++
    mentions.push({ type: 'entity', kind: entity.kind, text: surface, entity: entity.id, block: span.block, position: input.toPosition(span.start, span.end) })
  }
  return { mentions, entities: [...entities.values()] }
}

function entityOf(span: Found, surface: string, entities: Map<string, Entity>, people: Map<string, Entity>): Entity {
  if (span.entry) return entity(entities, span.entry.id, span.kind, span.entry.label, span.entry.ids ?? {})
  const { id, label, names } = naming(span.kind, surface)
  if (span.kind !== 'person') return entity(entities, id, span.kind, label, {})
  const known = people.get(names[0] ?? '')
  if (known) return known
  const person = entity(entities, id, 'person', label, {})
  for (const name of names) if (!people.has(name)) people.set(name, person)
  return person
}

/** A name’s entity id and label; for a person, the folded names later mentions may use: full name, surname, last name. */
interface Naming {
  id: string
  label: string
  names: readonly string[]
}

// The same names come back in text after text: each worked out once, up to a bound.
const NAMINGS = { person: new Map<string, Naming>(), place: new Map<string, Naming>(), organization: new Map<string, Naming>() }

function naming(kind: EntityKind, surface: string): Naming {
  const namings = NAMINGS[kind]
  let known = namings.get(surface)
  if (known) return known
  const label = surface.replace(/\s+/g, ' ').replace(/'/g, '’')
  const id = `${kind}:${slug(label)}`
  if (kind !== 'person') known = { id, label: kind === 'place' && label === label.toUpperCase() ? titleCase(label) : label, names: [] }
  else {
    const full = fold(label)
    known = { id, label, names: full.includes(' ') ? [full, afterFirst(full), last(full)] : [full] }
  }
  if (namings.size >= 20_000) namings.clear()
  namings.set(surface, known)
  return known
}

function entity(entities: Map<string, Entity>, id: string, kind: EntityKind, label: string, ids: Readonly<Record<string, string>>): Entity {
  const known = entities.get(id)
  if (known) return known
  const created: Entity = { id, kind, label, ids: { ...ids }, mentionCount: 0 }
  entities.set(id, created)
  return created
}

// `.`, `;`, `:`, `!`, `?`, `«`, `»`, `(`, `)`, `“`, `”`: a clause ends or opens between two words.
const CLAUSE_BREAKS = new Set([...'.;:!?«»()“”'].map((char) => char.charCodeAt(0)))

/** A comma between white space, and nothing else. */
function isComma(text: string, from: number, to: number): boolean {
  let commas = 0
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) === 0x2c) commas++
    else if (!onlySpace(text, index, index + 1)) return false
  }
  return commas === 1
}

function breaksClause(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (CLAUSE_BREAKS.has(text.charCodeAt(index))) return true
  return false
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39

function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}
