import { checkString } from './arguments.js'
import { lineStarts } from './lines.js'
import type { Point, Position } from './types.js'

/** Converts offsets in a text to unist points, through one index of line starts. */
export interface Location {
  /** The point at a UTF-16 offset (clamped to the text). */
  toPoint(offset: number): Point
  /** The position from `start` to `end` (UTF-16 offsets). */
  toPosition(start: number, end: number): Position
}

/** Builds the line index of `text` (LF, CRLF and CR all end a line). */
export function location(text: string): Location {
  checkString('location', 'text', text)
  return locationFrom(text, lineStarts(text))
}

/** {@link location} from the line starts of `text` (see `lineStarts`), when they are known already. */
export function locationFrom(text: string, starts: Int32Array): Location {

  // Look-ups mostly come in text order: start from the last line found.
  let last = 0
  function toPoint(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, text.length))
    if ((starts[last] ?? 0) <= clamped && (last + 1 >= starts.length || (starts[last + 1] ?? 0) > clamped)) {
      return { line: last + 1, column: clamped - (starts[last] ?? 0) + 1, offset: clamped }
    }
    if (last + 2 < starts.length && (starts[last + 1] ?? 0) <= clamped && (starts[last + 2] ?? 0) > clamped) {
      last++
      return { line: last + 1, column: clamped - (starts[last] ?? 0) + 1, offset: clamped }
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] ?? 0) <= clamped) low = mid
      else high = mid - 1
    }
    last = low
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1, offset: clamped }
  }

  return {
    toPoint,
    toPosition: (start, end) => ({ start: toPoint(start), end: toPoint(end) })
  }
}
