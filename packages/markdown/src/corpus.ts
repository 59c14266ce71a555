import { documentId, type Document } from '@corpus/core'
import { MARKDOWN_OPTIONS, checkDocument, checkIterable, checkMarkdownOptions, checkString } from './arguments.js'
import { markdown } from './to-markdown.js'
import type { MarkdownOptions } from './types.js'

/** One Markdown file of a corpus. */
export interface MarkdownFile {
  /** A file name safe on every file system (`001_0a1b2c3d4e5f6071.md`). */
  path: string
  /** The document's Markdown. */
  markdown: string
}

// Names that Windows reserves, whatever comes after a dot (`CON.tar`), superscript digits included.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/iu
// In UTF-8 bytes, the unit of the 255-byte limit of most file systems: room is left
// for the id a name taken twice gets, an extension, and a writer's temporary suffix.
const MAX_STEM_BYTES = 120

/**
 * A file name for a document, safe on every file system: the source file’s
 * name without its extension (else the document’s id), with characters other
 * than letters, digits, `.`, `_` and `-` replaced by `_`, no leading dot or
 * dash, no reserved name, at most 120 bytes of UTF-8 (cut between
 * characters), and `extension` (default `.md`). With `taken` (names already
 * given, in lower case), a name given before gets the document’s id added (and
 * a count, for the same bytes under the same name again), and the name is
 * added to `taken`. Only the
 * document's `source` is read: a thread that writes files can name them from it.
 */
export function markdownFileName(document: Pick<Document, 'source'>, { extension = '.md', taken }: { extension?: string; taken?: Set<string> } = {}): string {
  const stem = (document.source.file ?? documentId(document)).replace(/(?<=[^./\\])\.[^./\\]*$/, '')
  let safe = stem
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .replace(/^[.-]+/, '_')
  if (safe === '' || RESERVED.test(safe)) safe = `_${safe || documentId(document)}`
  safe = headBytes(safe, MAX_STEM_BYTES)
  let name = `${safe}${extension}`
  if (!taken) return name
  for (let count = 2; taken.has(name.toLowerCase()); count++) name = `${safe}-${documentId(document)}${count > 2 ? `-${count - 1}` : ''}${extension}`
  taken.add(name.toLowerCase())
  return name
}

/** The longest start of `text` that is at most `max` bytes of UTF-8: `encodeInto` stops before a character that does not fit whole. */
function headBytes(text: string, max: number): string {
  return text.slice(0, new TextEncoder().encodeInto(text, new Uint8Array(max)).read)
}

/**
 * A corpus as one Markdown file per document, named by {@link markdownFileName},
 * unique in the corpus.
 */
export function corpusToMarkdownFiles(documents: Iterable<Document>, options?: MarkdownOptions): MarkdownFile[] {
  const checked = checkMarkdownOptions('corpusToMarkdownFiles', 'options', options)
  const taken = new Set<string>()
  return corpusDocuments('corpusToMarkdownFiles', documents).map((document) => ({ path: markdownFileName(document, { taken }), markdown: markdown(document, checked) }))
}

/**
 * A corpus as one book: a title, a table of contents linking to each document,
 * then each document as a section (`##` with its file name, its subheadings
 * one level down), without front matter.
 */
export function corpusToMarkdownBook(documents: Iterable<Document>, options: MarkdownOptions & { title?: string } = {}): string {
  const { title: given = 'Corpus', ...rest } = checkMarkdownOptions('corpusToMarkdownBook', 'options', options, { ...MARKDOWN_OPTIONS, title: true }) as MarkdownOptions & { title?: unknown }
  const bookTitle = checkString('corpusToMarkdownBook', 'options.title', given)
  const sections: Array<{ title: string; anchor: string; body: string }> = []
  const anchors = new Set<string>()
  for (const document of corpusDocuments('corpusToMarkdownBook', documents)) {
    const title = document.source.file ?? documentId(document)
    let anchor = slug(title)
    for (let n = 1; anchors.has(anchor); n++) anchor = `${slug(title)}-${n}`
    anchors.add(anchor)
    sections.push({ title, anchor, body: markdown(document, { ...rest, frontmatter: false, headingDepth: 3 }).trimEnd() })
  }
  const toc = sections.map((section) => `- [${escape(section.title)}](#${section.anchor})`).join('\n')
  const parts = [`# ${escape(bookTitle)}`, '## Contents', toc, ...sections.map((section) => `## ${escape(section.title)}\n\n${section.body}`)]
  return `${parts.join('\n\n').trimEnd()}\n`
}

/** The documents of a corpus, each checked. */
function corpusDocuments(fn: string, documents: unknown): Document[] {
  return [...checkIterable(fn, 'documents', documents, 'an iterable of documents made by parse of @corpus/core')].map((document, index) => checkDocument(fn, `documents[${index}]`, document))
}

/** The anchor GitHub gives a heading: lower case, spaces as dashes, punctuation out. */
function slug(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
}

// Characters that would be Markdown syntax in a heading or a link text.
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>#!|]/g, '\\$&')
}
