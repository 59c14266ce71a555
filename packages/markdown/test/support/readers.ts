// Other Markdown readers, run as the programs Debian installs: pandoc (its default `markdown` reader) and cmark (the CommonMark reference).
import { spawnSync } from 'node:child_process'
import type { BlockType } from '@corpus/core'
import type { MarkdownBlock } from '../../src/index.js'

/** Whether `program` runs; CI requires it (`.ci/run` installs it and sets `CORPUS_REQUIRE_PANDOC=1`), elsewhere its tests are skipped, saying so. */
export function available(program: 'pandoc' | 'cmark'): boolean {
  const found = spawnSync(program, ['--version']).status === 0
  if (!found && process.env.CORPUS_REQUIRE_PANDOC) throw new Error(`CORPUS_REQUIRE_PANDOC is set, and there is no ${program}`)
  if (!found) console.warn(`The ${program} tests are skipped: no ${program} (install Debian’s \`${program}\` package).`)
  return found
}

function run(program: string, args: readonly string[], input: string): string {
  const result = spawnSync(program, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 })
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr}`)
  return result.stdout
}

/** cmark's HTML of `markdown`. */
export const cmarkHtml = (markdown: string): string => run('cmark', [], markdown)

// Pandoc's JSON AST: every element a `t` (its type) and a `c` (its content).
interface Element {
  t: string
  c?: unknown
}

/**
 * The blocks pandoc reads in `markdown`, as `fromMarkdown` gives them: type
 * and text. Any element that is not text, a space or a break comes out as
 * `<Name>` in the text (a `Math`, a `Cite`, a `RawInline`), so that a test
 * sees it; so does a block of another kind.
 */
export function pandocBlocks(markdown: string, reader = 'markdown'): MarkdownBlock[] {
  const { blocks } = JSON.parse(run('pandoc', ['-f', reader, '-t', 'json'], markdown)) as { blocks: Element[] }
  return blocks.flatMap((block): MarkdownBlock[] => {
    if (block.t === 'BulletList') return (block.c as Element[][]).map((item) => ({ type: 'listItem', text: item.map(blockText).join('\n') }))
    return [{ type: blockType(block), text: blockText(block) }]
  })
}

function blockType(block: Element): BlockType {
  if (block.t === 'Header') return 'heading'
  if (block.t === 'BlockQuote') return onlyInline(single(block.c))?.t === 'Emph' ? 'furniture' : 'boilerplate'
  const only = onlyInline(block)
  if (only?.t !== 'Strong' && only?.t !== 'Emph') return 'paragraph'
  const inner = only.c as Element[]
  // Pandoc nests `***a***` as strong emphasis around emphasis; CommonMark the other way round.
  if (inner.length === 1 && (inner[0]?.t === 'Strong' || inner[0]?.t === 'Emph') && inner[0].t !== only.t) return 'fragment'
  return only.t === 'Strong' ? 'byline' : 'dateline'
}

/** The one inline element of a paragraph that holds only one. */
function onlyInline(block: Element | undefined): Element | undefined {
  return block?.t === 'Para' ? single(block.c) : undefined
}

function single(content: unknown): Element | undefined {
  return Array.isArray(content) && content.length === 1 ? (content[0] as Element) : undefined
}

function blockText(block: Element): string {
  if (block.t === 'Para' || block.t === 'Plain') return inlines(block.c as Element[])
  if (block.t === 'Header') return inlines((block.c as [number, unknown, Element[]])[2])
  if (block.t === 'BlockQuote') return (block.c as Element[]).map(blockText).join('\n')
  return `<${block.t}>`
}

function inlines(elements: readonly Element[]): string {
  return elements
    .map((element) => {
      if (element.t === 'Str') return element.c as string
      if (element.t === 'Space') return ' '
      if (element.t === 'SoftBreak' || element.t === 'LineBreak') return '\n'
      if (element.t === 'Emph' || element.t === 'Strong') return inlines(element.c as Element[])
      return `<${element.t}>`
    })
    .join('')
}
