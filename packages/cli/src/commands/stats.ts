import { countWords, type Document } from '@corpus/core'
import type { Command } from '../command.js'
import { escapeControl } from '../escape.js'
import { INPUT_OPTIONS, inputSettings, inputUsage } from '../input-options.js'
import { failureLine } from '../diagnostic-line.js'
import { displayPath, readInputs } from '../inputs.js'
import { EXIT } from '../io.js'
import { jsonText } from '../json-text.js'
import { COMMON, inputsOf, parseCommand, plural } from '../options.js'
import { Progress } from '../progress.js'

/** A corpus in figures. */
export interface CorpusStats {
  documents: number
  /** Inputs not read: unreadable, skipped (too large, a link leading outside), or that matched nothing. */
  unreadable: string[]
  /** Documents with an error diagnostic: not read as text (a binary file, say). */
  withErrors: string[]
  bytes: number
  words: number
  languages: Record<string, number>
  /**
   * Documents by the month of their date (`2023-09`); by the year for a date
   * that states only its year (`2023`); `none` for those with no date. Sorted,
   * `none` last (but a year alone first: JavaScript orders the keys that are
   * whole numbers before the others).
   */
  months: Record<string, number>
  blocks: Record<string, number>
  sentences: number
  quotes: number
  dates: number
  entities: Record<string, number>
  diagnostics: Record<string, number>
}

export const stats: Command = {
  name: 'stats',
  usage: `Usage: corpus stats <files|folders|globs|-…> [options]

Exits with 2 when an input could not be read or was skipped, or a document
has an error (a binary file, say), else 0.

Options:
  --json                  print the figures as JSON
${inputUsage('  ', 24)}
  -q, --quiet             no progress
  -h, --help              show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, { ...COMMON, ...INPUT_OPTIONS, json: { type: 'boolean' } })
    inputsOf(positionals)
    const progress = new Progress(io, values.quiet === true)
    const figures = emptyStats()
    for await (const item of readInputs(positionals, io, { ...inputSettings(values), onListed: (count) => progress.total(count) })) {
      const file = displayPath(item.path, io.cwd)
      if (item.type === 'failure') {
        figures.unreadable.push(file)
        // Why, on standard error: the figures name the file only.
        progress.clear()
        io.stderr.write(`${escapeControl(failureLine(file, item.message))}\n`)
      } else {
        add(figures, item.document)
        if (item.document.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) figures.withErrors.push(file)
      }
      progress.tick()
    }
    progress.clear()
    io.stdout.write(values.json ? jsonText(inOrder(figures)) : statsText(figures))
    return figures.unreadable.length + figures.withErrors.length > 0 ? EXIT.trouble : EXIT.ok
  }
}

function emptyStats(): CorpusStats {
  return { documents: 0, unreadable: [], withErrors: [], bytes: 0, words: 0, languages: {}, months: {}, blocks: {}, sentences: 0, quotes: 0, dates: 0, entities: {}, diagnostics: {} }
}

function add(figures: CorpusStats, document: Document): void {
  figures.documents++
  figures.bytes += document.source.byteLength
  figures.words += countWords(document.text)
  count(figures.languages, document.language ?? 'unknown')
  // `2023-09-25` and `2023-09` count for their month, `2023` for its year alone: no month is made up.
  count(figures.months, document.date ? document.date.date.slice(0, 7) : 'none')
  for (const block of document.children) count(figures.blocks, block.type)
  figures.sentences += document.sentences.length
  figures.quotes += document.quotes.length
  figures.dates += document.dates.length
  for (const entity of document.entities) count(figures.entities, entity.kind)
  for (const diagnostic of document.diagnostics) count(figures.diagnostics, diagnostic.ruleId)
}

function count(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}

/** `months` sorted, `none` last, so that the JSON is the same whatever the order the documents came in. */
export function inOrder(figures: CorpusStats): CorpusStats {
  const months = Object.entries(figures.months).sort(([a], [b]) => (a === 'none' ? 1 : b === 'none' ? -1 : a < b ? -1 : a > b ? 1 : 0))
  return { ...figures, months: Object.fromEntries(months) }
}

/**
 * The dated documents as a table, a line per year and a column per month:
 * the count of each month of the year, and in the last column (there when
 * some are) those whose date states the year alone. Columns are right-aligned
 * and as wide as their widest count; an empty month is blank. `undefined` when
 * no document has a date.
 */
function monthTable(months: Record<string, number>): string[] | undefined {
  const years = new Map<string, (number | undefined)[]>()
  for (const [key, value] of Object.entries(months)) {
    if (key === 'none') continue
    const row = years.get(key.slice(0, 4)) ?? years.set(key.slice(0, 4), []).get(key.slice(0, 4)) ?? []
    // Months 1 to 12, then the year alone.
    row[key.length > 4 ? Number(key.slice(5, 7)) - 1 : 12] = value
  }
  if (years.size === 0) return undefined
  const rows = [...years].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const alone = rows.some(([, row]) => row[12] !== undefined)
  const width = Math.max(2, ...rows.flatMap(([, row]) => row.map((value) => (value === undefined ? 0 : value.toLocaleString('en-US').length))))
  const cell = (text: string) => `  ${text.padStart(width)}`
  const header = `year${Array.from({ length: 12 }, (_, month) => cell(String(month + 1).padStart(2, '0'))).join('')}${alone ? '  year only' : ''}`
  const lines = rows.map(([year, row]) => {
    const cells = Array.from({ length: 12 }, (_, month) => cell(row[month]?.toLocaleString('en-US') ?? '')).join('')
    return `${year}${cells}${alone ? `  ${(row[12]?.toLocaleString('en-US') ?? '').padStart('year only'.length)}` : ''}`.trimEnd()
  })
  return [header, ...lines]
}

/** The figures as aligned lines; counts by name, most first; dates by month as a table, a line per year; file names with their control characters escaped. */
export function statsText(figures: CorpusStats): string {
  const byCount = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([name, value]) => `${name} ${value.toLocaleString('en-US')}`)
      .join(', ') || 'none'
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, value) => sum + value, 0).toLocaleString('en-US')
  const lines: [string, string | string[]][] = [
    ['documents', `${figures.documents.toLocaleString('en-US')}${notes(figures)}`],
    ['bytes', figures.bytes.toLocaleString('en-US')],
    ['words', figures.words.toLocaleString('en-US')],
    ['languages', byCount(figures.languages)],
    ['dates by month', monthTable(figures.months) ?? 'none'],
    ['no date', (figures.months.none ?? 0).toLocaleString('en-US')],
    ['blocks', `${total(figures.blocks)} (${byCount(figures.blocks)})`],
    ['sentences', figures.sentences.toLocaleString('en-US')],
    ['quotes', figures.quotes.toLocaleString('en-US')],
    ['dates', figures.dates.toLocaleString('en-US')],
    ['entities', `${total(figures.entities)} (${byCount(figures.entities)})`],
    ['diagnostics', `${total(figures.diagnostics)} (${byCount(figures.diagnostics)})`]
  ]
  // A table's lines after its first stand under it.
  return lines.flatMap(([name, value]) => (typeof value === 'string' ? [value] : value).map((line, index) => `${(index === 0 ? name : '').padEnd(16)}${escapeControl(line)}\n`)).join('')
}

/** ` (1 with errors: a.txt; 2 files not read: b.txt, c)`, or nothing. */
function notes({ withErrors, unreadable }: CorpusStats): string {
  const parts = [withErrors.length > 0 ? `${withErrors.length.toLocaleString('en-US')} with errors: ${withErrors.join(', ')}` : '', unreadable.length > 0 ? `${plural(unreadable.length, 'file')} not read: ${unreadable.join(', ')}` : '']
  const said = parts.filter((part) => part !== '')
  return said.length > 0 ? ` (${said.join('; ')})` : ''
}
