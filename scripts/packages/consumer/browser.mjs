// The job the check runs twice: bundled for the browser, in a context with
// nothing of Node's (no process, Buffer or require), and in Node: the same
// output. Bytes in, as a page gets them from a File.
import { parse } from '@corpus/core'
import { toCsv } from '@corpus/csv'
import { toJsonLd } from '@corpus/jsonld'
import { fromMarkdown, toMarkdown } from '@corpus/markdown'

/** @param {Uint8Array} bytes */
export function job(bytes) {
  const document = parse(bytes, { file: 'article.txt' })
  const markdown = toMarkdown(document)
  return { sha256: document.source.sha256, jsonld: toJsonLd(document), csv: toCsv([document]), markdown, blocks: fromMarkdown(markdown).children.length }
}
