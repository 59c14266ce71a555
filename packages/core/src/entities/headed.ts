import type { EntityKind } from '../types.js'
import { givenNames } from './given.js'
import { onlySpace, type Token } from './tokens.js'

/**
 * Names that a lower-case head noun opens and belongs to: streets and
 * squares (`rue Joffre`, `avenue de la Gare`), natural features (`vallée du
 * Cher`, `mont Saint-Clair`), venues (`stade Ernest-Wallon`), numbered roads
 * (`RN 21`, `A62`), and establishments (`hôpital Bichat`, `université de
 * Bordeaux`, `musée d’Orsay`). The head decides the kind, whatever the name
 * after it would be alone: `Jacques-Brel` is a person, `place Jacques-Brel` a
 * place.
 */

/** A named span of a sentence's words, `[from, to)`; of no kind for a name that is no entity and holds none (`Convention de Genève`). */
export interface Headed {
  from: number
  to: number
  kind: EntityKind | null
}

/** How a head opens a name: the kind it gives, and whether `de` may come between (`avenue de Luchon`; not `gare de Pontoise`, the town's station). */
interface Head {
  kind: EntityKind | null
  joined: boolean
}

// Each head as written, in lower case and capitalised: looked up by the word's text, which needs no folding.
const heads = (kind: EntityKind, joined: boolean, list: string) =>
  list.split(' ').flatMap((word): [string, Head][] => [
    [word, { kind, joined }],
    [(word[0] ?? '').toUpperCase() + word.slice(1), { kind, joined }]
  ])

/** Heads by their first word as written (`centre` for `centre hospitalier`). */
const HEADS = new Map<string, Head>([
  ...heads('place', true, 'rue avenue boulevard place quai allée impasse chemin route square esplanade promenade rond-point pont tunnel viaduc stade'),
  ...heads('place', true, 'cathédrale basilique église abbaye chapelle cimetière château mont massif vallée col lac île détroit golfe baie forêt canal étang plage pic plateau'),
  ...heads('place', false, 'gare aéroport salle théâtre parc halle palais'),
  ...heads('organization', true, 'hôpital université musée école lycée collège conservatoire institut'),
  ...heads('organization', true, 'centre'),
  // Treaties, laws, prizes and events, capitalised: no entity, nor the place in their name (`Convention de Genève`, `Tour de France`, `Festival de Cannes`).
  ...'Convention Traité Accords Protocole Pacte Loi Prix Festival Tour Coupe Jeux Championnat Rallye'.split(' ').map((word): [string, Head] => [word, { kind: null, joined: true }])
])

// The first two letters, the last and the length of each head: most words match none, and are passed over without taking their text.
const SHAPES = new Set([...HEADS.keys()].map((head) => shapeOf(head, 0, head.length)))

function shapeOf(text: string, start: number, end: number): number {
  return ((text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1)) * 0x10000 + text.charCodeAt(end - 1)) * 32 + (end - start)
}

/** `RN`, `RD`, `A62`, `N7`, `D940`: a road's letters, at a glance. */
function mayBeRoad(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  const second = text.charCodeAt(start + 1)
  if (end - start === 2 && first === 0x52) return second === 0x4e || second === 0x44
  return end - start <= 5 && (first === 0x41 || first === 0x4e || first === 0x44) && second >= 0x30 && second <= 0x39
}

/** Words that join a head to its name, or a name's words (`de la`, `des`, `d’`). */
const JOINING = new Set(['de', 'du', 'des', 'la', "l'", "d'"])
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'"])
// `la place de`, `à sa place`: the words before a `place` that is no square.
const POSSESSIVES = new Set(['sa', 'ma', 'ta', 'leur', 'notre', 'votre'])
const ROAD = /^(?:R[ND]|[AND]\d{1,4})$/

/**
 * The headed names among a sentence's words, in order. A name after its
 * head has a capitalised word at most three words on (`centre hospitalier de
 * la Côte`), so only the words just before `capitals`, the indexes of the
 * capitalised words, and those words themselves (`A62`) are looked at.
 */
export function headedNames(text: string, tokens: readonly Token[], capitals: readonly number[]): Headed[] {
  const found: Headed[] = []
  let next = 0
  for (const capital of capitals) {
    for (let index = Math.max(next, capital - 4); index <= capital; index++) {
      const headed = headedAt(text, tokens, index)
      if (!headed) continue
      found.push(headed)
      next = headed.to
      break
    }
    next = Math.max(next, capital + 1)
  }
  return found
}

function headedAt(text: string, tokens: readonly Token[], index: number): Headed | null {
  const token = tokens[index]
  if (!token || token.end - token.start > 13) return null
  if (mayBeRoad(text, token.start, token.end)) return ROAD.test(token.text) ? road(text, tokens, index) : null
  if (token.end - token.start < 3 || !SHAPES.has(shapeOf(text, token.start, token.end))) return null
  const head = HEADS.get(token.text)
  if (!head) return null
  let at = index + 1
  // `centre hospitalier`.
  if (token.text === 'centre' || token.text === 'Centre') {
    if (tokens[at]?.key !== 'hospitalier' || !together(text, tokens, at)) return null
    at++
  }
  if ((token.text === 'place' || token.text === 'Place') && isInstead(tokens, index)) return null
  const joinedAt = at
  // `de`, `de la`, `de l’`, `du`, `des`, `d’`.
  if (head.joined) for (let joining = 0; joining < 2 && JOINING.has(tokens[at]?.key ?? '') && !tokens[at]?.cap && together(text, tokens, at); joining++) at++
  const first = tokens[at]
  if (!first?.cap || !together(text, tokens, at)) return null
  // A name that opens with a capitalised article stands alone: `la clinique Les Jardins de l’Adour` names `Les Jardins de l’Adour`.
  if (first.key === 'le' || first.key === 'la' || first.key === 'les' || first.key === "l'") return null
  // `la place de Marie Curie` is hers, not a square: `place de` before a given name and a surname (a square's name is one hyphenated word: `place Marie-Curie`).
  if (at > joinedAt && tokens[at + 1]?.cap && givenNames().has(first.key) && (token.text === 'place' || token.text === 'Place')) return null
  return { from: index, to: nameEnd(text, tokens, at), kind: head.kind }
}

/** `RN 21`, `RD 940`, `A62`, `N7`. */
function road(text: string, tokens: readonly Token[], index: number): Headed | null {
  const token = tokens[index] as Token
  if (token.end - token.start > 2) return { from: index, to: index + 1, kind: 'place' }
  const number = tokens[index + 1]
  if (token.text.length === 2 && number && /^\d{1,4}$/.test(number.text) && together(text, tokens, index + 1)) return { from: index, to: index + 2, kind: 'place' }
  return null
}

/** Where a name that starts at `index` ends: its capitalised words, and the particles between them (`promenade des Anglais`, `place de la Porte de Versailles`). */
function nameEnd(text: string, tokens: readonly Token[], index: number): number {
  let end = index + 1
  let at = end
  while (at < tokens.length && together(text, tokens, at)) {
    const token = tokens[at] as Token
    if (token.cap) end = at + 1
    else if (!PARTICLES.has(token.key) || at - end >= 2) break
    at++
  }
  return end
}

/** `à la place de`, `à sa place`: `place` that is no square. */
function isInstead(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]?.key ?? ''
  return POSSESSIVES.has(before) || (before === 'la' && tokens[index - 2]?.key === 'a')
}

/** Only white space between a word and the one before it. */
function together(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]
  const token = tokens[index]
  return Boolean(previous && token && onlySpace(text, previous.end, token.start))
}
