import type { BlockType, Document } from '@corpus/core'
import { FRONTMATTER_FIELDS } from './frontmatter.js'
import type { MarkdownOptions } from './types.js'

/**
 * Checks of the public functions' arguments. A wrong argument is a mistake in
 * the calling code: it throws a `TypeError` that names the function, the
 * parameter, what it accepts and what it got, before anything is written.
 */

// Every option `MarkdownOptions` declares, and no other: the compiler keeps the two in step.
export const MARKDOWN_OPTIONS = { frontmatter: true, omit: true, keepFurniture: true, annotations: true, headingDepth: true } as const satisfies Record<keyof MarkdownOptions, true>

// Every block type, as a record so that the compiler says when core adds one.
const BLOCK_TYPES: Record<BlockType, true> = { paragraph: true, heading: true, listItem: true, dateline: true, byline: true, boilerplate: true, furniture: true, fragment: true }

/** What a value is, for a message: `a number (42)`, `"title"`, `an array`, `a Map`. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `a ${typeof value} (${String(value)})`
  if (typeof value === 'string') return value.length > 40 ? 'a string' : JSON.stringify(value)
  if (typeof value !== 'object') return `a ${typeof value}`
  if (Array.isArray(value)) return 'an array'
  const name: unknown = Object.getPrototypeOf(value)?.constructor?.name
  return typeof name === 'string' && name !== '' && name !== 'Object' ? `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}` : 'an object'
}

function fail(fn: string, name: string, accepted: string, value: unknown): never {
  throw new TypeError(`${fn}: \`${name}\` must be ${accepted}, got ${kindOf(value)}`)
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A document made by `parse` of `@corpus/core`: checked by its shape. */
export function checkDocument(fn: string, name: string, value: unknown): Document {
  if (!isObject(value) || value.type !== 'document' || typeof value.text !== 'string' || !Array.isArray(value.children) || !isObject(value.source)) fail(fn, name, 'a document made by parse of @corpus/core', value)
  return value as unknown as Document
}

/** Markdown options, each of the type it must have. */
export function checkMarkdownOptions(fn: string, name: string, value: unknown, known: Readonly<Record<string, true>> = MARKDOWN_OPTIONS): MarkdownOptions {
  if (value === undefined) return {}
  if (!isObject(value)) fail(fn, name, 'an object (MarkdownOptions) or undefined', value)
  // A misspelt or renamed option would otherwise be ignored without a word.
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(known, key)) throw new TypeError(`${fn}: \`${name}\` has no option ${JSON.stringify(key)}; its options are ${Object.keys(known).map((option) => `\`${option}\``).join(', ')}`)
  }
  const { frontmatter, omit, keepFurniture, annotations, headingDepth } = value
  if (frontmatter !== undefined && typeof frontmatter !== 'boolean') checkList(fn, `${name}.frontmatter`, frontmatter, 'true, false or an array of front matter fields', FRONTMATTER_FIELDS)
  if (omit !== undefined) checkList(fn, `${name}.omit`, omit, 'an array of block types', Object.keys(BLOCK_TYPES))
  if (keepFurniture !== undefined && typeof keepFurniture !== 'boolean') fail(fn, `${name}.keepFurniture`, 'a boolean', keepFurniture)
  if (annotations !== undefined && typeof annotations !== 'boolean') fail(fn, `${name}.annotations`, 'a boolean', annotations)
  if (headingDepth !== undefined && !(typeof headingDepth === 'number' && Number.isInteger(headingDepth) && headingDepth >= 1 && headingDepth <= 6)) fail(fn, `${name}.headingDepth`, 'a whole number from 1 to 6', headingDepth)
  return value as MarkdownOptions
}

/** An array of some of `allowed`; the message names the first item that is not. */
function checkList(fn: string, name: string, value: unknown, accepted: string, allowed: readonly string[]): void {
  if (!Array.isArray(value)) fail(fn, name, `${accepted} (${allowed.join(', ')})`, value)
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || !allowed.includes(item)) fail(fn, `${name}[${index}]`, `one of ${allowed.join(', ')}`, item)
  })
}

/** A string; `accepted` says what it holds. */
export function checkString(fn: string, name: string, value: unknown, accepted = 'a string'): string {
  if (typeof value !== 'string') fail(fn, name, accepted, value)
  return value
}

/** Something to iterate over: an array, a set, a generator. */
export function checkIterable(fn: string, name: string, value: unknown, accepted: string): Iterable<unknown> {
  if (typeof value !== 'object' || value === null || typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') fail(fn, name, accepted, value)
  return value as Iterable<unknown>
}

/** A block of a document: its type and its text (a list item with its marker). */
export function checkBlock(fn: string, name: string, value: unknown): void {
  if (!isObject(value) || typeof value.type !== 'string' || !Object.hasOwn(BLOCK_TYPES, value.type) || typeof value.value !== 'string' || (value.type === 'listItem' && typeof value.marker !== 'string')) fail(fn, name, 'a block of a document made by parse of @corpus/core', value)
}
