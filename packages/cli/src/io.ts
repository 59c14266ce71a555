import type { Readable, Writable } from 'node:stream'

/** What a command reads and writes: the process's streams and folder, or a test's. */
export interface Io {
  stdin: Readable
  stdout: Writable & { isTTY?: boolean }
  stderr: Writable & { isTTY?: boolean }
  cwd: string
}

/** Bad usage: a message for the user, and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Exit codes: success, problems found (lint), trouble (bad usage, an unreadable input, an output not written). */
export const EXIT = { ok: 0, problems: 1, trouble: 2 } as const
