/** Wrong arguments are mistakes in the calling code: a `TypeError` that names the parameter, what it takes and what it got. */
import { describe, expect, it } from 'vitest'
import {
  countWords,
  createGazetteer,
  decode,
  documentId,
  gazetteerFromCsv,
  gazetteerFromJson,
  location,
  offsetConverter,
  parse,
  parseSourceName,
  toCodePointOffset,
  toCodePointOffsets,
  toUtf8Offset,
  type GazetteerEntry,
  type ParseOptions
} from '../src/index.js'

// Calls that the types forbid, as plain JavaScript could make them.
const loose = <T>(value: unknown) => value as T

describe('parse', () => {
  it.each([
    [42, 'a number (42)'],
    [undefined, 'undefined'],
    [null, 'null'],
    [new String('x'), 'a String object'],
    [['x'], 'an array'],
    [{ text: 'x' }, 'an object']
  ])('refuses %o as its input', (input, got) => {
    expect(() => parse(loose(input))).toThrow(new TypeError(`parse: \`input\` must be bytes (a Uint8Array, an ArrayBuffer or a view of one), got ${got}`))
  })

  it('refuses an option its type does not declare, naming the ones it does', () => {
    expect(() => parse('Le texte.', loose<ParseOptions>({ detectLanguages: false }))).toThrow(
      new TypeError('parse: `options` has no option "detectLanguages"; its options are `file`, `sha256`, `detectLanguage`, `entities`, `entityModel`, `gazetteer`')
    )
  })

  it('reads an ArrayBuffer, a DataView and other typed arrays as their bytes', () => {
    const bytes = new TextEncoder().encode('Le texte.')
    const expected = parse(bytes)
    const copy = bytes.slice()
    expect(parse(copy.buffer)).toEqual(expected)
    expect(parse(new DataView(copy.buffer))).toEqual(expected)
    // A view reads the bytes it covers, not the whole buffer.
    const wider = new Uint8Array([0x41, ...bytes, 0x42])
    expect(parse(new DataView(wider.buffer, 1, bytes.length))).toEqual(expected)
    const units = new Uint16Array([0x654c, 0x7420, 0x7865, 0x6574])
    expect(parse(units).text).toBe('Le texte')
  })

  it('validates the SHA-256 it is given, so ids keep their form', () => {
    expect(() => parse('x', { sha256: 'ABC DEF> <http://evil' })).toThrow(
      new TypeError('parse: `options.sha256` must be 64 lowercase hexadecimal digits, got the string "ABC DEF> <http://evil"')
    )
    expect(() => parse('x', { sha256: 'A'.repeat(64) })).toThrow(TypeError)
    expect(parse('x', { sha256: 'a'.repeat(64) }).source.sha256).toBe('a'.repeat(64))
  })

  it('refuses options of the wrong type', () => {
    expect(() => parse('x', loose<ParseOptions>('fr'))).toThrow(new TypeError('parse: `options` must be an object, got the string "fr"'))
    expect(() => parse('x', loose<ParseOptions>({ file: 12 }))).toThrow(new TypeError('parse: `options.file` must be a string or null, got a number (12)'))
    expect(() => parse('x', loose<ParseOptions>({ entities: 'no' }))).toThrow(new TypeError('parse: `options.entities` must be a boolean, got the string "no"'))
    expect(() => parse('x', loose<ParseOptions>({ detectLanguage: 0 }))).toThrow(new TypeError('parse: `options.detectLanguage` must be a boolean, got a number (0)'))
    // Entries are not a gazetteer: they go through createGazetteer first.
    expect(() => parse('x', loose<ParseOptions>({ gazetteer: [{ id: 'place:x', label: 'X', kind: 'place' }] }))).toThrow(
      new TypeError('parse: `options.gazetteer` must be a gazetteer made by createGazetteer, got an array')
    )
    expect(parse('Texte.', loose<ParseOptions>(null)).text).toBe('Texte.')
  })

  it('escapes control characters of a wrong value in its message', () => {
    expect(() => parse('x', loose<ParseOptions>({ sha256: '\u001b]0;x\u0007\u009b' }))).toThrow(
      new TypeError('parse: `options.sha256` must be 64 lowercase hexadecimal digits, got the string "\\u001b]0;x\\u0007\\u009b"')
    )
  })
})

describe('the other functions', () => {
  it('refuse arguments of the wrong type', () => {
    expect(() => decode(loose('texte'))).toThrow(new TypeError('decode: `bytes` must be bytes (a Uint8Array, an ArrayBuffer or a view of one), got the string "texte"'))
    expect(() => location(loose(1))).toThrow(new TypeError('location: `text` must be a string, got a number (1)'))
    expect(() => toCodePointOffset('abc', -1)).toThrow(new TypeError('toCodePointOffset: `offset` must be a whole number, 0 or more, got a number (-1)'))
    expect(() => toUtf8Offset(loose(null), 1)).toThrow(new TypeError('toUtf8Offset: `text` must be a string, got null'))
    expect(() => offsetConverter('abc', loose('bytes'))).toThrow(new TypeError('offsetConverter: `unit` must be \'code-point\' or \'utf-8\', got the string "bytes"'))
    expect(() => toCodePointOffsets('abc', [1, 1.5])).toThrow(new TypeError('toCodePointOffsets: `offsets[]` must be a whole number, 0 or more, got a number (1.5)'))
    expect(() => parseSourceName(loose(7))).toThrow(new TypeError('parseSourceName: `file` must be a string or null, got a number (7)'))
    expect(() => documentId(loose({}))).toThrow(new TypeError('documentId: `document` must be a document (with `source.sha256` and `source.sourceId`), got an object'))
    expect(() => countWords('a b', 0, loose('2'))).toThrow(new TypeError('countWords: `end` must be a whole number, 0 or more, got the string "2"'))
    expect(() => gazetteerFromJson(loose(Buffer.from('[]')))).toThrow(new TypeError('gazetteerFromJson: `json` must be a string, got a Buffer'))
    expect(() => gazetteerFromCsv(loose(undefined))).toThrow(new TypeError('gazetteerFromCsv: `csv` must be a string, got undefined'))
  })

  it('still answer right arguments', () => {
    expect(toCodePointOffset('a😀b', 3)).toBe(2)
    expect(countWords('un deux trois', 3)).toBe(2)
    expect(documentId({ source: parse('x').source })).toBe(`sha256-${parse('x').source.sha256.slice(0, 16)}`)
  })

  it('refuse malformed gazetteer entries and options', () => {
    expect(() => createGazetteer(loose({ id: 'place:x' }))).toThrow(new TypeError('createGazetteer: `entries` must be an array of gazetteer entries, got an object'))
    expect(() => createGazetteer([loose<GazetteerEntry>(null)])).toThrow(new TypeError('Invalid gazetteer entry: expected an object, got null'))
    expect(() => createGazetteer([loose<GazetteerEntry>({ id: 'place:x', label: 'X', kind: 'place', aliases: 'Y' })])).toThrow(
      new TypeError('Invalid gazetteer entry `place:x`: `aliases` must be an array of strings, got the string "Y"')
    )
    expect(() => createGazetteer([loose<GazetteerEntry>({ id: 'place:x', label: 'X', kind: 'place', ids: { wikidata: 90 } })])).toThrow(
      new TypeError('Invalid gazetteer entry `place:x`: `ids` must be an object of strings, got an object')
    )
    expect(() => createGazetteer([], loose({ builtin: 'no' }))).toThrow(new TypeError('createGazetteer: `options.builtin` must be a boolean, got the string "no"'))
  })
})
