/**
 * Checks of the public functions' arguments. A wrong argument is a mistake in
 * the calling code, not in the input: it throws a `TypeError` that names the
 * parameter, what it accepts and what it got, before anything is read.
 */

/** What a value is, for a message: `a number (42)`, `a String object`, `an Int16Array`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (typeof value === 'string') return `the string ${quote(value)}`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `a ${typeof value} (${String(value)})`
  if (typeof value === 'function') return 'a function'
  if (typeof value !== 'object') return `a ${typeof value}`
  if (Array.isArray(value)) return 'an array'
  const name = Object.getPrototypeOf(value)?.constructor?.name
  if (typeof name !== 'string' || name === 'Object' || name === '') return 'an object'
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}${name === 'String' || name === 'Number' || name === 'Boolean' ? ' object' : ''}`
}

/** A string shown in a message: short, quoted, its control characters escaped (it may end up on a terminal). */
function quote(value: string): string {
  const shown = JSON.stringify(value.length > 24 ? `${value.slice(0, 23)}…` : value)
  return shown.replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Throws the `TypeError` of parameter `name` of `fn`, which accepts `accepted`. */
export function fail(fn: string, name: string, accepted: string, value: unknown): never {
  throw new TypeError(`${fn}: \`${name}\` must be ${accepted}, got ${kindOf(value)}`)
}

export function checkString(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') fail(fn, name, 'a string', value)
  return value
}

/** An offset: a whole number, 0 or more. */
export function checkOffset(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(fn, name, 'a whole number, 0 or more', value)
  return value
}

export function checkBoolean(fn: string, name: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') fail(fn, name, 'a boolean', value)
  return value
}

/**
 * Throws on an option the type does not declare: a misspelt or renamed option
 * would otherwise be ignored without a word. `known` lists the declared ones.
 */
export function checkKeys(fn: string, name: string, options: Record<string, unknown>, known: Readonly<Record<string, true>>): void {
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(known, key)) throw new TypeError(`${fn}: \`${name}\` has no option ${quote(key)}; its options are ${Object.keys(known).map((option) => `\`${option}\``).join(', ')}`)
  }
}

/** An options object: an object, or `undefined` or `null` for none. */
export function checkOptions(fn: string, name: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(fn, name, 'an object', value)
  return value as Record<string, unknown>
}

const isArrayBuffer = (value: unknown): value is ArrayBuffer => value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]'

/**
 * Raw bytes as a `Uint8Array` over the same memory: a `Uint8Array` (a Node
 * `Buffer` is one), an `ArrayBuffer`, or any other view of one (`DataView`,
 * `Int16Array`…), read as its bytes, as `TextDecoder` reads them.
 */
export function toBytes(fn: string, name: string, value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
  if (isArrayBuffer(value)) return new Uint8Array(value)
  return fail(fn, name, 'bytes (a Uint8Array, an ArrayBuffer or a view of one)', value)
}
