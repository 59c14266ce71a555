import type { Block } from '@corpus/core'
import { checkBlock } from './arguments.js'

/**
 * A block’s text as Markdown can hold it: a list item without its bullet, each
 * line trimmed of the spaces and tabs at its edges (Markdown drops them, and
 * two at a line’s end would make a hard break), line endings as LF, U+0000
 * as U+FFFD (Markdown cannot hold it: readers replace it). Everything else —
 * no-break spaces, quotes, punctuation — is kept as written. An
 * argument that is not a block throws a `TypeError`.
 */
export function markdownText(block: Block): string {
  checkBlock('markdownText', 'block', block)
  const value = block.type === 'listItem' ? block.value.slice(block.marker.length) : block.value
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replaceAll('\0', REPLACEMENT)
}

/** What CommonMark readers read U+0000 as, so what it is written as. */
export const REPLACEMENT = '\uFFFD'
