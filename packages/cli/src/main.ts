import packageJson from '../package.json' with { type: 'json' }
import type { Command } from './command.js'
import { escapeControl } from './escape.js'
import { EXIT, UsageError, type Io } from './io.js'
import { didYouMean, suggest } from './suggest.js'

/**
 * The commands, each loaded when it runs, never before: the packages they use
 * (`@corpus/core` and the exporters) take most of a start, and `--help`,
 * `--version` and a mistyped command need none of them.
 */
const COMMANDS: readonly { name: string; summary: string; load: () => Promise<Command> }[] = [
  { name: 'export', summary: 'write files, folders or patterns as JSON-LD, CSV and Markdown', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'inspect', summary: 'one parsed document, readable: blocks, annotations, diagnostics (or --json)', load: async () => (await import('./commands/inspect.js')).inspect },
  { name: 'lint', summary: 'report the problems found in files, as file:line:column severity message rule', load: async () => (await import('./commands/lint.js')).lint },
  { name: 'merge', summary: 'join the folders of `corpus export --shard` runs into the folder one run would write', load: async () => (await import('./commands/merge.js')).merge },
  { name: 'stats', summary: 'a corpus in figures: documents, languages, dates by month, blocks, quotes, diagnostics by rule', load: async () => (await import('./commands/stats.js')).stats }
]

export const USAGE = `Usage: corpus <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(9)}${command.summary}`).join('\n')}

Options:
  -h, --help     show this help (or a command's: corpus <command> --help)
  -v, --version  show the version

Inputs are files, folders (searched for .txt files) and glob patterns; - is
standard input.`

/** Runs `corpus` with `argv` (the arguments after the program's name); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${USAGE}\n`)
    return EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${packageJson.version}\n`)
    return EXIT.ok
  }
  if (name === undefined) {
    io.stderr.write(`${USAGE}\n`)
    return EXIT.trouble
  }
  const entry = COMMANDS.find((candidate) => candidate.name === name)
  if (!entry) {
    // `corpus --verison`, `corpus exprot`: what may have been meant, and where to look.
    const option = name.startsWith('-') && name !== '-'
    const quoted = (word: string) => (option ? word : `\`${word}\``)
    const near = didYouMean(suggest(name, option ? ['--help', '--version'] : COMMANDS.map((candidate) => candidate.name)).map(quoted))
    io.stderr.write(`corpus: unknown ${option ? 'option' : 'command'} ${escapeControl(quoted(name))}${near}\nRun \`corpus --help\` for the commands.\n`)
    return EXIT.trouble
  }
  const command = await entry.load()
  // `--help` anywhere among a command's arguments shows its help, whatever else is there.
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    io.stdout.write(`${command.usage}\n`)
    return EXIT.ok
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    // The message may quote an argument: its control characters are shown, not obeyed.
    io.stderr.write(`corpus ${command.name}: ${escapeControl(error.message)}\nRun \`corpus ${command.name} --help\` for its options.\n`)
    return EXIT.trouble
  }
}
