import { countWords, type Document } from '@corpus/core'

// The article's text as the tests read it, worked out apart from the exporter's pieces.

/** Whether `offset` of the document's text stands in a block of page furniture. */
export function inFurniture(document: Document, offset: number): boolean {
  return document.children.some((block) => block.type === 'furniture' && block.position.start.offset <= offset && offset < block.position.end.offset)
}

/**
 * The article's text without its page furniture: the text from the first
 * block to the end of the last, each furniture block cut out with the white
 * space after it, and the white space a last one leaves at the end trimmed.
 */
export function bodyWithoutFurniture(document: Document): string {
  const first = document.children[0]
  const last = document.children.at(-1)
  if (!first || !last) return ''
  const start = first.position.start.offset
  let body = document.text.slice(start, last.position.end.offset)
  for (const block of [...document.children].reverse()) {
    if (block.type !== 'furniture') continue
    const from = block.position.start.offset - start
    const rest = body.slice(block.position.end.offset - start)
    body = body.slice(0, from) + rest.slice(/^\s*/u.exec(rest)?.[0].length ?? 0)
  }
  return body.trimEnd()
}

/** The words of the blocks that are not page furniture. */
export function wordsWithoutFurniture(document: Document): number {
  return document.children.reduce((sum, block) => sum + (block.type === 'furniture' ? 0 : countWords(block.value)), 0)
}
