import { isAbsolute, relative } from 'node:path'
import type { Readable } from 'node:stream'
import { parse } from '@corpus/core'
import { readCorpus, type CorpusItem } from '@corpus/core/node'
import type { Io } from './io.js'
import { ParsePool } from './parse-pool.js'

/** The input that stands for standard input. */
export const STDIN = '-'

/**
 * The items of `inputs`: `-` is one document read from standard input (it
 * comes first); the others are files, folders and patterns, read lazily by
 * `readCorpus`. `onListed` learns how many items will come.
 */
export async function* readInputs(inputs: readonly string[], io: Io, onListed: (count: number) => void = () => {}, jobs = 1): AsyncGenerator<CorpusItem, void, undefined> {
  const paths = inputs.filter((input) => input !== STDIN)
  const stdin = paths.length < inputs.length ? 1 : 0
  if (paths.length === 0) onListed(stdin)
  if (stdin) yield { type: 'document', path: STDIN, document: parse(await readAll(io.stdin)) }
  if (paths.length === 0) return
  // With jobs, worker threads parse, several files each in flight; this thread reads, exports and writes, in order.
  const pool = jobs > 1 ? new ParsePool(jobs) : null
  try {
    yield* readCorpus(paths, { cwd: io.cwd, onListed: (count) => onListed(count + stdin), ...(pool ? { parse: pool.parse, concurrency: jobs * 4 } : {}) })
  } finally {
    await pool?.close()
  }
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/** A path as the user would write it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  if (path === STDIN) return '<stdin>'
  const shown = relative(cwd, path)
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown
}
