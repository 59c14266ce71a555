import type { Block } from '@corpus/core'

/**
 * A block’s text as Markdown can hold it: a list item without its bullet, each
 * line trimmed of the spaces and tabs at its edges (Markdown drops them, and
 * two at a line’s end would make a hard break), line endings as LF. Everything
 * else — no-break spaces, quotes, punctuation — is kept as written.
 */
export function markdownText(block: Block): string {
  const value = block.type === 'listItem' ? block.value.slice(block.marker.length) : block.value
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
}
