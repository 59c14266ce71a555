// Markdown that @corpus/markdown wrote, edited by hand and read again: the article it now says, checked against the original its front matter records.
import { hash } from 'node:crypto'
import { parse, type Diagnostic, type Document } from '@corpus/core'
import { parseBytes, type FileParseOptions } from '@corpus/core/node'
import { fromMarkdown, type Frontmatter, type MarkdownBlock } from '@corpus/markdown'

/** Whether a file is read as Markdown, by its name: `.md` or `.markdown`. */
export const isMarkdownFile = (file: string): boolean => /\.(?:md|markdown)$/i.test(file)

/** A file's document: Markdown through {@link parseMarkdownBytes}, anything else as raw article text. */
export function parseInput(bytes: Uint8Array, file: string, options: FileParseOptions): Document {
  return isMarkdownFile(file) ? parseMarkdownBytes(bytes, file, options) : parseBytes(bytes, file, options)
}

/** What the front matter must record for the file to be read back. */
export interface Recorded {
  sha256: string
  ordinal: number | null
  sourceId: string | null
  /** The article's date and where the file stated it: the raw format's header carries it back. */
  date: string | null
  dateSource: string | null
}

/**
 * The front matter of Markdown that @corpus/markdown wrote, or why it is not:
 * an `id` and the original's `sha256` are required; what else it holds is
 * recomputed from the text.
 */
export function recorded(frontmatter: Frontmatter | null): Recorded | string {
  if (frontmatter === null) return 'it has no front matter'
  if (typeof frontmatter !== 'object' || Array.isArray(frontmatter)) return 'its front matter is not a mapping'
  if (typeof frontmatter.id !== 'string') return 'its front matter has no `id`'
  if (typeof frontmatter.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(frontmatter.sha256)) return 'its front matter has no `sha256` of 64 hex digits'
  const { ordinal = null, source_id: sourceId = null, date = null, date_source: dateSource = null } = frontmatter
  return {
    sha256: frontmatter.sha256,
    ordinal: Number.isSafeInteger(ordinal) ? ordinal : null,
    sourceId: typeof sourceId === 'string' && /^[0-9a-f]{16}$/.test(sourceId) ? sourceId : null,
    date: typeof date === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(date) ? date : null,
    dateSource: typeof dateSource === 'string' ? dateSource : null
  }
}

/** How a raw file lays its blocks out: what Markdown does not keep. */
export interface Layout {
  /** The ` date YYYY-MM ` header before the first block. */
  header: boolean
  /** Between blocks: a line ending, or a blank line. */
  gap: '\n' | '\n\n'
  /** A dateline and the text after it on one line. */
  datelineInline: boolean
  /** A line ending after the last block. */
  final: boolean
  newline: '\n' | '\r\n'
}

// The layouts an original may have had, the first the one an edited text is given: the header keeps the recorded date's year for a
// dateline that states none, and a dateline opens the text's first line, as agencies write it (alone on its line, it may not read as one).
const LAYOUTS: readonly Layout[] = [true, false].flatMap((header) =>
  (['\n', '\n\n'] as const).flatMap((gap) => [true, false].flatMap((datelineInline) => [true, false].flatMap((final) => (['\n', '\r\n'] as const).map((newline) => ({ header, gap, datelineInline, final, newline })))))
)

/** The raw article text of `blocks`, laid out so: a list item after a `- ` bullet. */
export function rawText(blocks: readonly MarkdownBlock[], record: Recorded, layout: Layout): string {
  const header = record.date === null ? null : record.dateSource === 'header' ? record.date : layout.header ? record.date.slice(0, 7) : null
  let text = header === null ? '' : ` date ${header} `
  for (const [index, block] of blocks.entries()) {
    if (index > 0) text += blocks[index - 1]?.type === 'dateline' && layout.datelineInline ? ' ' : layout.gap
    text += block.type === 'listItem' ? `- ${block.text}` : block.text
  }
  if (layout.final) text += '\n'
  return layout.newline === '\n' ? text : text.replaceAll('\n', layout.newline)
}

/**
 * Reads Markdown that @corpus/markdown wrote: its blocks, rebuilt as raw
 * article text (laid out as the original was, when the recorded `sha256`
 * says how), parsed as such. The document's `source` is the Markdown file's
 * (its name, its bytes' SHA-256), but for the ordinal and source id the front
 * matter records; a text that no longer hashes to the original's `sha256` gets
 * an `edited-text` warning. Markdown without such a front matter throws, so
 * that it is reported and skipped: it is not an article in the raw format.
 */
export function parseMarkdownBytes(bytes: Uint8Array, file: string, options: FileParseOptions): Document {
  const read = parseBytes(bytes, file, { detectLanguage: false, entities: false, entityModel: false })
  const { frontmatter, children: blocks } = markdownOf(read.text)
  const record = recorded(frontmatter)
  if (typeof record === 'string') throw new Error(`${record}: only Markdown written by \`corpus export\` is read back (rename the file to .txt to read it as raw text)`)
  const texts = LAYOUTS.map((layout) => rawText(blocks, record, layout))
  const original = texts.find((text) => hash('sha256', text, 'hex') === record.sha256)
  const text = original ?? texts[0] ?? ''
  const document = parse(text, { ...options, file, sha256: hash('sha256', text, 'hex') })
  const source = { ...read.source, ordinal: record.ordinal, sourceId: record.sourceId }
  const diagnostics = original === undefined ? [edited(document, record), ...document.diagnostics] : document.diagnostics
  return { ...document, source, diagnostics }
}

/** `fromMarkdown`, its YAML errors made a reason to skip the file. */
function markdownOf(text: string): ReturnType<typeof fromMarkdown> {
  try {
    return fromMarkdown(text)
  } catch (error) {
    throw new Error(`its front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, { cause: error })
  }
}

/** The warning that the text is not the original's: at the body, from its first block to its last. */
function edited(document: Document, record: Recorded): Diagnostic {
  const first = document.children[0]
  const last = document.children.at(-1)
  return {
    ruleId: 'edited-text',
    severity: 'warning',
    fatal: false,
    message: `The text differs from the original its front matter records (sha256 \`${record.sha256.slice(0, 12)}…\`): edited since it was exported`,
    position: first && last ? { start: first.position.start, end: last.position.end } : null,
    actual: null,
    expected: null
  }
}
