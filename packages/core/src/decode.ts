import { toBytes } from './arguments.js'
import type { Encoding } from './types.js'

/** What decoding the raw bytes found. */
export interface Decoded {
  /** The decoded text, byte order mark excluded. */
  text: string
  /** The encoding the bytes were read as; `null` when they are binary and were not read. */
  encoding: Encoding | null
  /** Whether the bytes started with a byte order mark. */
  bom: boolean
  /** The bytes are not text (an image, an archive…): `text` is empty. */
  binary: string | null
  /**
   * Bytes that break the encoding, each with its index in the input and its
   * offset in `text`. In UTF-8: the first one when the whole file was read as
   * Windows-1252, every one when the file is UTF-8 with stray bytes, each read
   * as Windows-1252. In UTF-16: each lone surrogate, and a last odd byte, each
   * read as U+FFFD.
   */
  invalid: readonly InvalidByte[]
}

/** A byte that breaks UTF-8: where it is in the raw bytes, and in the decoded text. */
export interface InvalidByte {
  /** Its index in the input, byte order mark included. */
  byte: number
  /** The offset in the decoded text of the character it was read as. */
  offset: number
}

// Signatures of common binary formats, so an image or archive is named in the message.
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['gzip archive', [0x1f, 0x8b]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]]
]

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
// Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). Decoded
// here because some engines' TextDecoder drops these bytes.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]

/** The Windows-1252 character of a byte. */
function windows1252Code(byte: number): number {
  return byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte
}

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) codes[i] = windows1252Code(bytes[i] ?? 0)
  return fromCodes(codes)
}

/** The string of UTF-16 units `codes`. */
function fromCodes(codes: Uint16Array): string {
  let text = ''
  // Bounded chunks: spreading a huge array into one call overflows the stack.
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192))
  return text
}

/**
 * Decodes raw bytes (a `Uint8Array`, an `ArrayBuffer` or any view of one):
 * UTF-8 (with or without BOM), UTF-16 with a BOM, or without one when its NUL
 * bytes say so, else Windows-1252 (reported); binary input is named, not decoded.
 */
export function decode(bytes: Uint8Array | ArrayBuffer | ArrayBufferView): Decoded {
  return decodeBytes(toBytes('decode', 'bytes', bytes))
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 2, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 2, 'utf-16be')
  const format = formatOf(bytes)
  const utf16 = format ? null : utf16Order(bytes)
  if (utf16) return decodeUtf16(bytes, 0, utf16)
  const binary = format ?? binaryKind(bytes)
  if (binary) return decoded('', null, false, binary)

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  try {
    return decoded(utf8.decode(body), 'utf-8', bom)
  } catch {
    return decodeBroken(body, bom ? 3 : 0, bom)
  }
}

const utf8Loose = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * Bytes that are not all UTF-8. When they hold more well-formed multi-byte
 * sequences than faults, they are UTF-8 with stray bytes (a file edited in two
 * encodings): the sequences are read as UTF-8 and each stray byte as
 * Windows-1252, so one bad byte does not garble the rest. Otherwise the file
 * is Windows-1252, where every byte is one character (the byte index of the
 * first fault is also its offset in the text). `skipped` is the length of a
 * byte order mark before `body`.
 */
function decodeBroken(body: Uint8Array, skipped: number, bom: boolean): Decoded {
  const { faults, sequences } = scanUtf8(body)
  if (sequences <= faults.length) {
    const first = faults[0] ?? 0
    return decoded(decodeWindows1252(body), 'windows-1252', bom, null, [{ byte: first + skipped, offset: first }])
  }
  let text = ''
  let from = 0
  const invalid: InvalidByte[] = []
  for (const fault of faults) {
    text += utf8Loose.decode(body.subarray(from, fault))
    invalid.push({ byte: fault + skipped, offset: text.length })
    text += String.fromCharCode(windows1252Code(body[fault] ?? 0))
    from = fault + 1
  }
  return decoded(text + utf8Loose.decode(body.subarray(from)), 'utf-8', bom, null, invalid)
}

/**
 * UTF-16 from byte `skipped` on (past a byte order mark, when there is one).
 * Read strictly first; when that fails, unit by unit, so each lone surrogate,
 * and a last byte that makes no whole unit, is found and read as U+FFFD, as a
 * lenient decoder would, but reported.
 */
function decodeUtf16(bytes: Uint8Array, skipped: number, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const body = bytes.subarray(skipped)
  const bom = skipped > 0
  try {
    return decoded(new TextDecoder(encoding, { ignoreBOM: true, fatal: true }).decode(body), encoding, bom)
  } catch {
    const little = encoding === 'utf-16le'
    const units = new Uint16Array(body.length >> 1)
    for (let i = 0; i < units.length; i++) units[i] = unitAt(body, i, little)
    const invalid: InvalidByte[] = []
    for (let i = 0; i < units.length; i++) {
      const unit = units[i] ?? 0
      if (unit < 0xd800 || unit > 0xdfff) continue
      const next = units[i + 1] ?? 0
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++
      else {
        invalid.push({ byte: skipped + 2 * i, offset: i })
        units[i] = 0xfffd
      }
    }
    let text = fromCodes(units)
    if (body.length % 2 === 1) {
      invalid.push({ byte: bytes.length - 1, offset: text.length })
      text += '\ufffd'
    }
    return decoded(text, encoding, bom, null, invalid)
  }
}

/** The `index`th UTF-16 unit of `bytes`, little-endian or not. */
function unitAt(bytes: Uint8Array, index: number, little: boolean): number {
  const first = bytes[2 * index] ?? 0
  const second = bytes[2 * index + 1] ?? 0
  return little ? first | (second << 8) : (first << 8) | second
}

/**
 * The byte order of UTF-16 written without a byte order mark, or `null`:
 * French text in UTF-16 is mostly Latin-1, each character a NUL byte and
 * another, so one byte of each pair (in the first 8 KiB) is NUL, at least
 * every third one, and the other byte hardly ever is (20 times less often).
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 8192) & ~1
  if (length < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = length / 2
  // Some characters have a NUL low byte (U+0100 `Ā`, U+2000): one for twenty of the other kind is let through.
  const order = oddNul >= pairs / 3 && evenNul * 20 <= oddNul ? 'utf-16le' : evenNul >= pairs / 3 && oddNul * 20 <= evenNul ? 'utf-16be' : null
  if (order === null) return null
  // Read so, the start must look like text: few control characters, as `binaryKind` asks of bytes.
  const sample = Math.min(pairs, 512)
  let control = 0
  for (let i = 0; i < sample; i++) {
    if (isBinaryControl(unitAt(bytes, i, order === 'utf-16le'))) control++
  }
  return control > sample / 10 ? null : order
}

function decoded(text: string, encoding: Encoding | null, bom: boolean, binary: string | null = null, invalid: readonly InvalidByte[] = []): Decoded {
  return { text, encoding, bom, binary, invalid }
}

/** Names the binary format of `bytes`, or returns `null` for text. */
/** The binary format whose signature opens `bytes`, or `null`. */
function formatOf(bytes: Uint8Array): string | null {
  for (const [name, signature] of MAGIC) if (startsWith(bytes, signature)) return name
  return null
}

function binaryKind(bytes: Uint8Array): string | null {
  // Text has no NUL bytes (in its first 8 KiB) and few control characters (in its first 512 bytes).
  // Most files are shorter than the window: they are searched without a view.
  if ((bytes.length > 8192 ? bytes.subarray(0, 8192) : bytes).indexOf(0) >= 0) return 'binary data (NUL bytes)'
  const sample = Math.min(bytes.length, 512)
  let control = 0
  for (let i = 0; i < sample; i++) if (isBinaryControl(bytes[i] ?? 0)) control++
  return control > sample / 10 ? 'binary data (control characters)' : null
}

// Control characters other than tab, line feed, form feed and carriage return, which are at home in text.
const isBinaryControl = (byte: number) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false
  return true
}

/**
 * The bytes where UTF-8 breaks (each a lead byte that starts no well-formed
 * sequence: bad lead or continuation bytes, truncation, and the overlong and
 * surrogate forms decoders refuse), and how many well-formed multi-byte
 * sequences there are. After a fault, reading goes on at the next byte.
 */
function scanUtf8(bytes: Uint8Array): { faults: number[]; sequences: number } {
  const faults: number[] = []
  let sequences = 0
  let i = 0
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i)
    if (length === 0) {
      faults.push(i)
      i++
    } else {
      if (length > 1) sequences++
      i += length
    }
  }
  return { faults, sequences }
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const byte = bytes[i] ?? 0
  const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
  if (length <= 1) return length
  if (i + length > bytes.length) return 0
  const second = bytes[i + 1] ?? 0
  // The second byte's range is narrower after E0 (overlong), ED (surrogates), F0 (overlong) and F4 (beyond U+10FFFF).
  const [low, high] = byte === 0xe0 ? [0xa0, 0xbf] : byte === 0xed ? [0x80, 0x9f] : byte === 0xf0 ? [0x90, 0xbf] : byte === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf]
  if (second < low || second > high) return 0
  for (let k = 2; k < length; k++) {
    if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0
  }
  return length
}
