import type { Io } from './io.js'

/** One `corpus` command. */
export interface Command {
  name: string
  /** One line, for `corpus --help`. */
  summary: string
  /** The command's `--help`. */
  usage: string
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run: (args: readonly string[], io: Io) => Promise<number>
}
