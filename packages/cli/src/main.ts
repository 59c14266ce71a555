import packageJson from '../package.json' with { type: 'json' }
import type { Command } from './command.js'
import { exportCommand } from './commands/export.js'
import { escapeControl } from './escape.js'
import { inspect } from './commands/inspect.js'
import { lint } from './commands/lint.js'
import { merge } from './commands/merge.js'
import { stats } from './commands/stats.js'
import { EXIT, UsageError, type Io } from './io.js'

const COMMANDS: readonly Command[] = [exportCommand, inspect, lint, merge, stats]

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
  const command = COMMANDS.find((candidate) => candidate.name === name)
  if (!command) {
    io.stderr.write(`${name === undefined ? '' : `corpus: unknown command \`${escapeControl(name)}\`\n\n`}${USAGE}\n`)
    return EXIT.trouble
  }
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
