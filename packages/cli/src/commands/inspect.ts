import type { Document } from '@corpus/core'
import type { Command } from '../command.js'
import { diagnosticLine, failureLine } from '../diagnostic-line.js'
import { escapeControl } from '../escape.js'
import { INPUT_OPTIONS, inputSettings, inputUsage } from '../input-options.js'
import { displayPath, readInputs } from '../inputs.js'
import { EXIT, UsageError } from '../io.js'
import { jsonText } from '../json-text.js'
import { COMMON, parseCommand } from '../options.js'

export const inspect: Command = {
  name: 'inspect',
  usage: `Usage: corpus inspect <file|-> [options]

Options:
  --json                  print the document model as JSON
${inputUsage('  ', 24)}
  -h, --help              show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, { ...COMMON, ...INPUT_OPTIONS, json: { type: 'boolean' } })
    if (positionals.length !== 1) throw new UsageError('name one file, or - for standard input')
    // One document: a folder or a pattern that holds more is refused before anything is printed.
    const items = []
    for await (const item of readInputs(positionals, io, inputSettings(values))) {
      items.push(item)
      if (items.length > 1) throw new UsageError(`name one file: \`${positionals[0]}\` holds more than one`)
    }
    const [item] = items
    if (!item) return EXIT.trouble
    const file = displayPath(item.path, io.cwd)
    if (item.type === 'failure') {
      io.stderr.write(`${escapeControl(failureLine(file, item.message))}\n`)
      return EXIT.trouble
    }
    io.stdout.write(values.json ? jsonText(item.document) : inspectText(file, item.document))
    return EXIT.ok
  }
}

const WIDTH = 72

/** A document as a reader would go through it: what it is, its blocks, its annotations, its diagnostics; control characters from the input escaped. */
export function inspectText(file: string, document: Document): string {
  const { source } = document
  const out: string[] = [file]
  const field = (name: string, value: string) => out.push(`  ${name.padEnd(12)}${value}`)
  const item = (line: number, column: number, text: string) => out.push(`    ${`${line}:${column}`.padEnd(9)}${text}`)
  const excerpt = (text: string) => {
    const flat = text.replace(/\s+/g, ' ').trim()
    return flat.length > WIDTH ? `${flat.slice(0, WIDTH - 1)}…` : flat
  }
  field('source', [source.file ?? 'no file name', source.ordinal !== null ? `ordinal ${source.ordinal}` : null, source.sourceId ? `id ${source.sourceId}` : null].filter(Boolean).join(', '))
  field('bytes', `${source.byteLength.toLocaleString('en-US')} (${source.encoding}${source.bom ? ', byte order mark' : ''})`)
  field('sha256', source.sha256)
  field('language', document.language ?? 'unknown')
  field('date', document.date ? `${document.date.date} (${document.date.precision}, from the ${document.date.source})` : 'none stated')
  if (document.dateline) field('dateline', document.dateline.raw)
  if (document.byline) field('byline', `${document.byline.author}${document.byline.date ? `, ${document.byline.date}` : ''}`)
  field('blocks', String(document.children.length))
  for (const block of document.children) {
    const { start, end } = block.position
    item(start.line, start.column, `${block.type.padEnd(12)}${excerpt(document.text.slice(start.offset, end.offset))}`)
  }
  field('sentences', String(document.sentences.length))
  field('quotes', String(document.quotes.length))
  for (const quote of document.quotes) item(quote.position.start.line, quote.position.start.column, `${quote.open}${excerpt(quote.value)}${quote.close}`)
  field('dates', String(document.dates.length))
  for (const date of document.dates) item(date.position.start.line, date.position.start.column, `${date.text} → ${date.date} (${date.precision})`)
  field('entities', String(document.entities.length))
  for (const entity of document.entities) out.push(`    ${entity.kind.padEnd(13)}${entity.label} (${entity.mentionCount})`)
  field('diagnostics', String(document.diagnostics.length))
  for (const diagnostic of document.diagnostics) out.push(`    ${diagnosticLine(file, diagnostic)}`)
  return `${out.map(escapeControl).join('\n')}\n`
}
