import { isAbsolute, relative } from 'node:path'
import type { Readable } from 'node:stream'
import { parse, type Document } from '@corpus/core'
import { parseBytes, readCorpus, type CorpusItem, type FileParseOptions } from '@corpus/core/node'
import type { Io } from './io.js'
import { renderer, type Rendered, type RenderPlan } from './render.js'
import { WorkerPool } from './worker-pool.js'

/** The input that stands for standard input. */
export const STDIN = '-'

/** How to read: `onListed` learns how many items will come; `jobs` above 1 parses in that many worker threads. */
export interface ReadSettings {
  onListed?: (count: number) => void
  jobs?: number
}

/**
 * The documents of `inputs`: `-` is one document read from standard input (it
 * comes first); the others are files, folders and patterns, read lazily by
 * `readCorpus`.
 */
export function readInputs(inputs: readonly string[], io: Io, settings: ReadSettings = {}): AsyncGenerator<CorpusItem> {
  return readWith(inputs, io, settings, (document) => document, null)
}

/** The documents of `inputs` as `readInputs` gives them, each made into its formats' text by `plan` (in the worker threads, with jobs). */
export function readRendered(inputs: readonly string[], io: Io, settings: ReadSettings, plan: RenderPlan): AsyncGenerator<CorpusItem<Rendered>> {
  return readWith(inputs, io, settings, renderer(plan), plan)
}

async function* readWith<T>(inputs: readonly string[], io: Io, { onListed = () => {}, jobs = 1 }: ReadSettings, make: (document: Document) => T, plan: RenderPlan | null): AsyncGenerator<CorpusItem<T>, void, undefined> {
  const paths = inputs.filter((input) => input !== STDIN)
  const stdin = paths.length < inputs.length ? 1 : 0
  if (paths.length === 0) onListed(stdin)
  if (stdin) yield { type: 'document', path: STDIN, document: make(parse(await readAll(io.stdin))) }
  if (paths.length === 0) return
  // With jobs, worker threads parse and render, several files each in flight; this thread reads and writes, in order.
  const pool = jobs > 1 ? new WorkerPool<T>(jobs, plan) : null
  const here = (bytes: Uint8Array, file: string, options: FileParseOptions) => make(parseBytes(bytes, file, options))
  try {
    yield* readCorpus(paths, { cwd: io.cwd, onListed: (count) => onListed(count + stdin), ...(pool ? { parse: pool.parse, concurrency: jobs * 4 } : { parse: here }) })
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
