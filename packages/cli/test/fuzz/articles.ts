/**
 * Fuzzing input: articles of the sample corpus and generated ones, cut,
 * mutated (byte flips, splices, repeated fragments, inserted troublemakers)
 * and encoded at random. Every choice is fast-check's, so a failure shrinks
 * to a small case and replays from its seed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { generateArticles } from '../../../../scripts/bench/generate.js'

const SAMPLE = fileURLToPath(new URL('../../../../sample/', import.meta.url))
const decoder = new TextDecoder()

/** The sample corpus and 100 generated articles, as text. */
const POOL: readonly string[] = [
  ...readdirSync(SAMPLE)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(SAMPLE + name, 'utf8')),
  ...Array.from(generateArticles({ files: 100, bytes: 300_000, seed: 19 }), ({ data }) => decoder.decode(data))
]

// What real files hold that trips parsers: quotes of every kind, controls, marks, headers, breaks.
const TROUBLE = [
  '«', '»', '« ', ' »', '"', '“', '”', '‘', '’', "'", '‹', '›', '{', '}', '*', '_', '#', '>', '`', '[', ']', '\\', '|', '-', '—', '–', '…',
  '\n', '\n\n', '\r\n', '\r', '\t', '\f', '\v', '\u0000', '\u0007', '\u001b]0;x\u0007', '\u001b[2J', '\u0085', '\u009b', '\u007f',
  '\u00a0', '\u202f', '\u200b', '\ufeff', '\u2028', '\u2029', '\ufffd', '\ud800', '\udc00', '😀', 'e\u0301', '\u202e',
  ' date 2024-13 ', ' date 0000-01 ', ' date 2023-09 ', 'date 2021 ', '31 février 2023', '1er janvier', 'PARIS (AFP) - ', 'PARIS, 3 JUIN, AGENCE :',
  'par Claire Dumont le 2 mai 2023', 'M. ', 'Mme ', 'Jean Dupont', 'Source : Agence Nord', '© exemple.fr 2023', '1- ', '* ', '---', '```'
]

type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'splice'; at: number; from: number; start: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; piece: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), from: fc.nat(POOL.length - 1), start: fc.nat(), length: fc.nat(300) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 24 }), times: fc.integer({ min: 2, max: 60 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...TROUBLE) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.string({ unit: 'binary', maxLength: 8 }) })
)

/** How the text reaches `parse`: as a string, or as bytes in one of the encodings real files come in. */
export type Encoding = 'string' | 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'windows-1252'

export interface Case {
  /** Which article of the pool, and which part of it. */
  article: number
  start: number
  length: number
  mutations: Mutation[]
  encoding: Encoding
}

/** A case: a part of an article (mostly short, sometimes whole), a few mutations, an encoding. */
export const cases: fc.Arbitrary<Case> = fc.record({
  article: fc.nat(POOL.length - 1),
  start: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.nat() }),
  length: fc.oneof({ weight: 1, arbitrary: fc.constant(Number.MAX_SAFE_INTEGER) }, { weight: 6, arbitrary: fc.nat(700) }),
  mutations: fc.array(mutation, { maxLength: 6 }),
  encoding: fc.constantFrom<Encoding>('string', 'string', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'windows-1252')
})

const at = (text: string, index: number) => (text.length === 0 ? 0 : index % (text.length + 1))

function mutate(text: string, change: Mutation): string {
  const where = at(text, change.at)
  switch (change.kind) {
    case 'flip': {
      if (text.length === 0) return text
      const index = where % text.length
      return text.slice(0, index) + String.fromCharCode(text.charCodeAt(index) ^ change.mask) + text.slice(index + 1)
    }
    case 'splice': {
      const other = POOL[change.from] ?? ''
      const start = at(other, change.start)
      return text.slice(0, where) + other.slice(start, start + change.length) + text.slice(where)
    }
    case 'repeat':
      return text.slice(0, where) + text.slice(where, where + change.length).repeat(change.times) + text.slice(where)
    case 'delete':
      return text.slice(0, where) + text.slice(where + change.length)
    case 'insert':
      return text.slice(0, where) + change.piece + text.slice(where)
  }
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text
  const bytes = new Uint8Array(units.length * 2)
  const view = new DataView(bytes.buffer)
  for (let index = 0; index < units.length; index++) view.setUint16(index * 2, units.charCodeAt(index), littleEndian)
  return bytes
}

const encoder = new TextEncoder()

function encode(text: string, encoding: Encoding): string | Uint8Array {
  switch (encoding) {
    case 'string':
      return text
    case 'utf-8':
      return encoder.encode(text)
    case 'utf-8-bom':
      return encoder.encode(`\ufeff${text}`)
    case 'utf-16le-bom':
      return utf16(text, true, true)
    case 'utf-16be-bom':
      return utf16(text, false, true)
    case 'utf-16le':
      return utf16(text, true, false)
    case 'windows-1252':
      // Latin-1 code points as single bytes, the rest as `?`: what an old editor saves.
      return Uint8Array.from(text, (char) => (char.charCodeAt(0) < 0x100 ? char.charCodeAt(0) : 0x3f))
  }
}

/** The input a case describes, as `parse` takes it. */
export function inputOf(fuzz: Case): string | Uint8Array {
  const article = POOL[fuzz.article] ?? ''
  const start = at(article, fuzz.start)
  const text = fuzz.mutations.reduce(mutate, article.slice(start, start + fuzz.length))
  return encode(text, fuzz.encoding)
}
