import type { Decoded } from './decode.js'
import type { DiagnosticCollector } from './diagnostics.js'

/*
 * Problems of the text as decoded, before any reading of it: bytes that break
 * the encoding, lone surrogates, control characters. Each is reported where it
 * stands; the text itself is kept as it is.
 */

/** What decoding found: bytes that break the encoding, UTF-16 read without a byte order mark. */
export function addEncodingProblems(decoded: Decoded, byteLength: number, messages: DiagnosticCollector): void {
  const { text, encoding } = decoded
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && !decoded.bom) {
    messages.add('utf16-without-bom', 'warning', `No byte order mark, but the bytes look like ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}: the file was decoded as such`)
  }
  for (const { byte, offset } of decoded.invalid) {
    const span = { start: offset, end: Math.min(offset + 1, text.length) }
    if (encoding === 'windows-1252') messages.add('not-utf8', 'warning', `Invalid UTF-8 at byte ${byte}: the file was decoded as Windows-1252`, span)
    else if (encoding === 'utf-8') messages.add('not-utf8', 'warning', () => `Invalid UTF-8 at byte ${byte}: that byte was read as Windows-1252 \`${text.charAt(offset)}\`, the rest as UTF-8`, span)
    // A last byte left over is the only fault that is not a whole unit.
    else if (byte === byteLength - 1 && (byteLength - (decoded.bom ? 2 : 0)) % 2 === 1) messages.add('invalid-utf16', 'warning', `Odd number of bytes for UTF-16: the last byte (${byte}) makes no whole character and was read as U+FFFD`, span)
    else messages.add('invalid-utf16', 'warning', () => `Lone surrogate in UTF-16 at byte ${byte}: half of a character, read as U+FFFD`, span)
  }
}

// Half of a surrogate pair: only text given as a string can hold one (decoding reads it as U+FFFD).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Reports lone surrogates of a text given as a string: written out as UTF-8, each would become U+FFFD. */
export function addLoneSurrogates(text: string, messages: DiagnosticCollector): void {
  LONE_SURROGATE.lastIndex = 0
  for (let match = LONE_SURROGATE.exec(text); match !== null; match = LONE_SURROGATE.exec(text)) {
    const name = codeName(text.charCodeAt(match.index))
    messages.add('invalid-utf16', 'warning', () => `Lone surrogate ${name} in the text: half of a character, which no encoding can write`, { start: match.index, end: match.index + 1 })
  }
}

/** `U+001B`. */
export const codeName = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`

// C0 and C1 control characters, and DEL, but for tab, line feed, form feed and carriage return.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g

/**
 * Reports control characters: they are no part of an article, and printed
 * raw they drive a terminal (`ESC ]0;…` sets its title). A NUL past the first
 * 8 KiB, where binary input is looked for, hints at binary data.
 */
export function addControlCharacters(text: string, messages: DiagnosticCollector): void {
  CONTROL.lastIndex = 0
  for (let match = CONTROL.exec(text); match !== null; match = CONTROL.exec(text)) {
    const code = text.charCodeAt(match.index)
    const name = codeName(code)
    messages.add(
      'control-character',
      'warning',
      () => (code === 0 ? `Unexpected NUL character ${name} in the text: binary data, or text in another encoding?` : `Unexpected control character ${name} in the text`),
      { start: match.index, end: match.index + 1 }
    )
  }
}
