import { isAbsolute, relative } from 'node:path'
import type { Readable } from 'node:stream'
import { parse, type Document } from '@corpus/core'
import { readCorpus, type CorpusItem, type FileParseOptions } from '@corpus/core/node'
import { DEFAULT_MAX_FILE_SIZE } from './input-options.js'
import { parseInput } from './markdown-input.js'
import type { Io } from './io.js'
import type { ParseRequest } from './worker.js'
import { WorkerPool } from './worker-pool.js'

/** The input that stands for standard input. */
export const STDIN = '-'

/** How to read: `onListed` learns how many items will come; `jobs` above 1 parses in that many worker threads. */
export interface ReadSettings {
  onListed?: (count: number) => void
  jobs?: number
  /** Largest input read, in bytes (default 64 MiB): a bigger one is reported and skipped. */
  maxFileSize?: number
  /** Follow symbolic links that lead outside the input folders (reported and skipped by default). */
  followSymlinks?: boolean
}

// What a failure's message leaves the user to find: the option that changes it.
export const HINTS: Readonly<Record<string, string>> = {
  EFBIG: ' (--max-file-size sets the limit)',
  ERR_LINK_OUTSIDE: ' (--follow-symlinks follows it)'
}

/**
 * The documents of `inputs`: `-` is one document read from standard input (it
 * comes first); the others are files, folders and patterns, read lazily by
 * `readCorpus`, Markdown files as `corpus export` wrote them (`parseInput`).
 */
export async function* readInputs(inputs: readonly string[], io: Io, settings: ReadSettings = {}): AsyncGenerator<CorpusItem, void, undefined> {
  const { onListed = () => {}, jobs = 1, maxFileSize = DEFAULT_MAX_FILE_SIZE, followSymlinks = false } = settings
  const paths = inputs.filter((input) => input !== STDIN)
  const stdin = paths.length < inputs.length ? 1 : 0
  if (paths.length === 0) onListed(stdin)
  if (stdin) yield await fromStdin(io.stdin, maxFileSize)
  if (paths.length === 0) return
  // With jobs, worker threads parse, several files each in flight; this thread reads, in order.
  const pool = jobs > 1 ? new WorkerPool<ParseRequest, Document>(jobs, null, new URL('./worker.js', import.meta.url)) : null
  try {
    const options = { cwd: io.cwd, maxFileSize, followSymlinks, onListed: (count: number) => onListed(count + stdin) }
    for await (const item of readCorpus(paths, { ...options, ...(pool ? { parse: (bytes: Uint8Array, file: string, options: FileParseOptions) => pool.run({ bytes, file, options }), concurrency: jobs * 4 } : { parse: parseInput }) })) {
      const hint = item.type === 'failure' ? HINTS[item.code] : undefined
      yield item.type === 'failure' && hint !== undefined ? { ...item, message: `${item.message}${hint}` } : item
    }
  } finally {
    await pool?.close()
  }
}

/** The document on standard input, or why there is none: over the size limit, or a parse that threw. */
export async function fromStdin(stream: Readable, maxFileSize: number): Promise<CorpusItem> {
  const failure = (message: string, code: string): CorpusItem => ({ type: 'failure', path: STDIN, message: `Cannot read standard input: ${message}`, code })
  const bytes = await readAll(stream, maxFileSize)
  if (bytes === null) return failure(`more than ${maxFileSize.toLocaleString('en-US')} bytes, the size limit: skipped${HINTS.EFBIG ?? ''}`, 'EFBIG')
  try {
    return { type: 'document', path: STDIN, document: parse(bytes) }
  } catch (error) {
    return failure(`it could not be parsed: ${error instanceof Error ? error.message : String(error)}`, 'ERR_PARSE')
  }
}

/** All of `stream`, or `null` once it goes past `limit` bytes (what is left is not read). */
async function readAll(stream: Readable, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > limit) return null
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/** A path as the user would write it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  if (path === STDIN) return '<stdin>'
  const shown = relative(cwd, path)
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown
}
