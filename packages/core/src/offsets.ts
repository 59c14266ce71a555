import { checkOffset, checkString, fail } from './arguments.js'

/**
 * Offsets in the model count UTF-16 code units, as JavaScript strings do.
 * W3C Web Annotation selectors count Unicode code points, and byte-oriented
 * tools count UTF-8 bytes: convert at the edge with these.
 */

/** The code point offset of UTF-16 offset `offset` in `text`. */
export function toCodePointOffset(text: string, offset: number): number {
  checkString('toCodePointOffset', 'text', text)
  checkOffset('toCodePointOffset', 'offset', offset)
  let points = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    points++
  }
  return points
}

/** The UTF-8 byte offset of UTF-16 offset `offset` in `text`. */
export function toUtf8Offset(text: string, offset: number): number {
  checkString('toUtf8Offset', 'text', text)
  checkOffset('toUtf8Offset', 'offset', offset)
  let bytes = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/**
 * An offset converter for many look-ups in one text: offsets must be asked in
 * ascending order for linear total cost (it restarts when asked backwards).
 */
export function offsetConverter(
  text: string,
  unit: 'code-point' | 'utf-8'
): (offset: number) => number {
  checkString('offsetConverter', 'text', text)
  if (unit !== 'code-point' && unit !== 'utf-8') fail('offsetConverter', 'unit', "'code-point' or 'utf-8'", unit)
  const step = unit === 'code-point' ? toCodePointOffset : toUtf8Offset
  let lastOffset = 0
  let lastValue = 0
  return (offset) => {
    // Backwards, or resuming between the halves of a surrogate pair: count again from the start.
    const code = text.charCodeAt(lastOffset)
    if (offset < lastOffset || (code >= 0xdc00 && code <= 0xdfff && lastOffset > 0)) {
      lastOffset = 0
      lastValue = 0
    }
    lastValue += step(text.slice(lastOffset, offset), offset - lastOffset)
    lastOffset = offset
    return lastValue
  }
}

/**
 * The code point offsets of many UTF-16 offsets in `text`, in any order (nested
 * spans end out of order), counted in one pass: the result is in the order of
 * `offsets`.
 */
export function toCodePointOffsets(text: string, offsets: readonly number[]): number[] {
  checkString('toCodePointOffsets', 'text', text)
  if (!Array.isArray(offsets)) fail('toCodePointOffsets', 'offsets', 'an array of offsets', offsets)
  for (const offset of offsets) checkOffset('toCodePointOffsets', 'offsets[]', offset)
  // Offsets in order (a layer's spans, one after another) need no sorted copy: a million spans' would be megabytes.
  const order = isAscending(offsets) ? null : offsets.map((_, index) => index).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0))
  const result = new Array<number>(offsets.length).fill(0)
  let unit = 0
  let point = 0
  for (let rank = 0; rank < offsets.length; rank++) {
    const index = order === null ? rank : (order[rank] ?? 0)
    const offset = Math.min(offsets[index] ?? 0, text.length)
    while (unit < offset) {
      const code = text.charCodeAt(unit)
      // The second half of a pair whose first half an offset between them counted already.
      const counted = isLow(code) && isHigh(text.charCodeAt(unit - 1))
      // A high surrogate followed by a low one is a single code point.
      if (isHigh(code) && unit + 1 < offset && isLow(text.charCodeAt(unit + 1))) unit++
      unit++
      if (!counted) point++
    }
    result[index] = point
  }
  return result
}

function isAscending(offsets: readonly number[]): boolean {
  for (let index = 1; index < offsets.length; index++) if ((offsets[index] ?? 0) < (offsets[index - 1] ?? 0)) return false
  return true
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff
