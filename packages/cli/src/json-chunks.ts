/** About this many characters per chunk: enough that writing them costs little, few enough to hold no file whole. */
const CHUNK = 1 << 16

/** A JSON file of `value`, in chunks: its indented JSON (as {@link jsonChunks}) and a final line break. */
export function* jsonFile(value: unknown): Generator<string, void, undefined> {
  yield* jsonChunks(value)
  yield '\n'
}

/**
 * The text of `JSON.stringify(value, null, 2)`, in chunks: a large document's
 * JSON-LD written as one string is held twice over (the text as it is built,
 * then its bytes), where chunks hold a few pages at a time. Containers are
 * walked; every leaf goes through `JSON.stringify`, so strings and numbers are
 * written exactly as it writes them.
 */
export function* jsonChunks(value: unknown): Generator<string, void, undefined> {
  let pending = ''
  // A stack of what is left to write, so that no depth of nesting overflows the call stack.
  const stack: Array<string | { value: unknown; indent: string }> = [{ value, indent: '' }]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next === 'string') pending += next
    else pending += opening(next.value, next.indent, stack)
    if (pending.length >= CHUNK) {
      yield pending
      pending = ''
    }
  }
  if (pending !== '') yield pending
}

/**
 * The text that opens `value`: a leaf's whole text, or a container's first
 * bracket, its members and closing bracket pushed on `stack` (last first).
 */
function opening(value: unknown, indent: string, stack: Array<string | { value: unknown; indent: string }>): string {
  const json = toJsonValue(value)
  if (typeof json !== 'object' || json === null) return JSON.stringify(json)
  const inner = `${indent}  `
  if (Array.isArray(json)) {
    if (json.length === 0) return '[]'
    stack.push(`\n${indent}]`)
    for (let index = json.length - 1; index >= 0; index--) {
      // As JSON.stringify: a member with no JSON form is `null` in an array.
      const member: unknown = json[index]
      stack.push({ value: toJsonValue(member) === undefined ? null : member, indent: inner })
      stack.push(index === 0 ? `\n${inner}` : `,\n${inner}`)
    }
    return '['
  }
  // As JSON.stringify: a property with no JSON form is left out.
  const entries = Object.entries(json).filter(([, member]) => toJsonValue(member) !== undefined)
  if (entries.length === 0) return '{}'
  stack.push(`\n${indent}}`)
  for (let index = entries.length - 1; index >= 0; index--) {
    const [key, member] = entries[index] as [string, unknown]
    stack.push({ value: member, indent: inner })
    stack.push(`${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `)
  }
  return '{'
}

/** `value` as JSON.stringify sees it: through its `toJSON`, if any; `undefined` for what has no JSON form. */
function toJsonValue(value: unknown): unknown {
  const json: unknown = typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: () => unknown }).toJSON() : value
  if (json === undefined || typeof json === 'function' || typeof json === 'symbol') return undefined
  return json
}
