/** About this many characters per chunk: enough that writing them costs little, few enough to hold no file whole. */
const CHUNK = 1 << 16

/** A JSON file of `value`, in chunks: its indented JSON (as {@link jsonChunks}) and a final line break. */
export function* jsonFile(value: unknown): Generator<string, void, undefined> {
  yield* jsonChunks(value)
  yield '\n'
}

/** A container being written: its members (an object's, with their keys), the next to write, and its indentation. */
interface Frame {
  members: readonly unknown[]
  keys: readonly string[] | null
  next: number
  /** What goes before its first member, before each other one, and after the last (the closing bracket). */
  first: string
  between: string
  last: string
  /** The indentation of its members. */
  inner: string
}

/**
 * The text of `JSON.stringify(value, null, 2)`, in chunks: a large document's
 * JSON-LD written as one string is held twice over (the text as it is built,
 * then its bytes), where chunks hold a few pages at a time. One frame per open
 * container, not per member, so that no depth of nesting overflows the call
 * stack and no array of a million members is copied; every leaf goes through
 * `JSON.stringify`, so strings and numbers are written exactly as it writes them.
 */
export function* jsonChunks(value: unknown): Generator<string, void, undefined> {
  const frames: Frame[] = []
  let pending = opening(toJsonValue(value), '', frames)
  for (let frame = frames.at(-1); frame !== undefined; frame = frames.at(-1)) {
    if (frame.next === frame.members.length) {
      frames.pop()
      pending += frame.last
    } else {
      const index = frame.next++
      pending += index === 0 ? frame.first : frame.between
      const key = frame.keys?.[index]
      if (key !== undefined) pending += `${JSON.stringify(key)}: `
      pending += opening(key === undefined ? toJsonValue(frame.members[index]) : frame.members[index], frame.inner, frames)
    }
    if (pending.length >= CHUNK) {
      yield pending
      pending = ''
    }
  }
  if (pending !== '') yield pending
}

/** The text that opens `json` (a value as {@link toJsonValue} gives it): a leaf's whole text, or a container's first bracket, its frame pushed. */
function opening(json: unknown, indent: string, frames: Frame[]): string {
  // As JSON.stringify: what has no JSON form is `null` in an array (at the top, where it gives no text, `null` too).
  if (json === undefined) return 'null'
  if (typeof json !== 'object' || json === null) return JSON.stringify(json)
  if (Array.isArray(json)) {
    if (json.length === 0) return '[]'
    frames.push(frame(json, null, indent, ']'))
    return '['
  }
  // As JSON.stringify: a property with no JSON form is left out.
  const keys: string[] = []
  const members: unknown[] = []
  for (const [key, member] of Object.entries(json)) {
    const converted = toJsonValue(member)
    if (converted === undefined) continue
    keys.push(key)
    members.push(converted)
  }
  if (keys.length === 0) return '{}'
  frames.push(frame(members, keys, indent, '}'))
  return '{'
}

function frame(members: readonly unknown[], keys: readonly string[] | null, indent: string, close: string): Frame {
  const inner = `${indent}  `
  return { members, keys, next: 0, first: `\n${inner}`, between: `,\n${inner}`, last: `\n${indent}${close}`, inner }
}

/** `value` as JSON.stringify sees it: through its `toJSON`, if any; `undefined` for what has no JSON form. */
function toJsonValue(value: unknown): unknown {
  const json: unknown = typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: () => unknown }).toJSON() : value
  if (json === undefined || typeof json === 'function' || typeof json === 'symbol') return undefined
  return json
}
