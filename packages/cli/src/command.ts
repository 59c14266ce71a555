import type { Io } from './io.js'

/** One `corpus` command. Its one-line summary, for `corpus --help`, is in `main.ts`, which loads a command only to run it. */
export interface Command {
  name: string
  /** The command's `--help`. */
  usage: string
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run: (args: readonly string[], io: Io) => Promise<number>
}
