import type { Command } from '../command.js'
import { diagnosticLine, failureLine } from '../diagnostic-line.js'
import { escapeControl } from '../escape.js'
import { INPUT_OPTIONS, inputSettings, inputUsage } from '../input-options.js'
import { displayPath, readInputs } from '../inputs.js'
import { EXIT } from '../io.js'
import { COMMON, integer, inputsOf, parseCommand, plural } from '../options.js'
import { Progress } from '../progress.js'

export const lint: Command = {
  name: 'lint',
  usage: `Usage: corpus lint <files|folders|globs|-…> [options]

Reports every diagnostic, one per line: file:line:column  severity  message  rule.
Exits with 1 when there is an error (or more warnings than --max-warnings),
with 2 when an input could not be read or was skipped, else 0.

Options:
  --max-warnings <n>  fail (exit 1) on more than n warnings
${inputUsage('  ', 20)}
  -q, --quiet         report errors only, and no progress
  -h, --help          show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, { ...COMMON, ...INPUT_OPTIONS, 'max-warnings': { type: 'string' } })
    inputsOf(positionals)
    const maxWarnings = integer('max-warnings', values['max-warnings'], 0)
    const quiet = values.quiet === true
    const progress = new Progress(io, quiet)
    const counts = { error: 0, warning: 0, info: 0, unreadable: 0, files: 0 }
    const report = (line: string) => {
      progress.clear()
      io.stdout.write(`${escapeControl(line)}\n`)
    }
    for await (const item of readInputs(positionals, io, { ...inputSettings(values), onListed: (count) => progress.total(count) })) {
      counts.files++
      const file = displayPath(item.path, io.cwd)
      if (item.type === 'failure') {
        counts.unreadable++
        report(failureLine(file, item.message))
      } else {
        for (const diagnostic of item.document.diagnostics) {
          counts[diagnostic.severity]++
          if (!quiet || diagnostic.severity === 'error') report(diagnosticLine(file, diagnostic))
        }
      }
      progress.tick()
    }
    progress.clear()
    const problems = counts.error + counts.warning + counts.info + counts.unreadable
    // Quiet: the errors and their count, nothing else.
    if (problems > 0 && !(quiet && counts.error + counts.unreadable === 0)) io.stdout.write(`\n${summary(counts)}\n`)
    if (counts.unreadable > 0) return EXIT.trouble
    return counts.error > 0 || (maxWarnings !== undefined && counts.warning > maxWarnings) ? EXIT.problems : EXIT.ok
  }
}

function summary(counts: { error: number; warning: number; info: number; unreadable: number; files: number }): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'note')]
  if (counts.unreadable > 0) parts.push(`${plural(counts.unreadable, 'file')} not read`)
  return `${parts.join(', ')} in ${plural(counts.files, 'file')}`
}

