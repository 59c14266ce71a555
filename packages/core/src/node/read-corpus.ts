import { resolve } from 'node:path'
import { cwd as currentFolder } from 'node:process'
import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Document } from '../types.js'
import type { CorpusItem } from './corpus-item.js'
import { listInputs, type ListedFile } from './list-inputs.js'
import { mapInOrder } from './map-in-order.js'
import { parseBytes, type FileParseOptions } from './parse-bytes.js'
import { readBytes } from './read-bytes.js'
import { toReadError } from './read-error.js'

/** Options of {@link readCorpus}; `T` is what `parse` gives for a file. */
export interface ReadCorpusOptions<T = Document> {
  /** Folder that relative inputs and patterns are resolved from (default: the current folder). */
  cwd?: string
  /**
   * Name endings of the files taken from folders, with or without the dot,
   * compared case-insensitively (default `['.txt']`). Files named explicitly
   * and files matched by a pattern are read whatever their extension.
   */
  extensions?: readonly string[]
  /**
   * Most files read and parsed ahead of the consumer (default 4), an integer
   * of at least 1. It bounds both the reads in flight and the documents held
   * waiting for their turn.
   */
  concurrency?: number
  /** Options passed on to `parse` for every file. */
  parseOptions?: FileParseOptions
  /**
   * Reads a file's raw bytes (default: a synchronous `node:fs` read that
   * refuses directories and other non-regular files). What it throws becomes a
   * failure item; a `code` property on the error is kept.
   */
  readFile?: (path: string) => Uint8Array | Promise<Uint8Array>
  /** Called once the inputs are listed, before the first item, with the number of items to come (for a progress bar). */
  onListed?: (count: number) => void
  /**
   * Parses a file's raw bytes (default: {@link parseBytes}, on this thread).
   * Give one that hands the bytes to worker threads, and set `concurrency` to
   * keep them busy, to parse files in parallel; items still come in order.
   * It may give something other than the document (what the workers made of
   * it, say): the items' `document` is then what it gives.
   */
  parse?: (bytes: Uint8Array, file: string, options: FileParseOptions) => T | Promise<T>
}

/**
 * Reads and parses the files named by `inputs`: files, folders (searched
 * recursively for `options.extensions`, hidden entries skipped, symbolic links
 * followed) and glob patterns. Yields one item per
 * distinct file, sorted by ordinal (names without one last), then base name,
 * then path; a file that cannot be read, or an input that matches nothing,
 * gives a failure item and the run goes on. Files are read lazily, at most
 * `options.concurrency` ahead of the consumer, so memory does not grow with
 * the number of files. Throws a `RangeError` at once for an invalid
 * `concurrency`.
 */
export function readCorpus(inputs: string | readonly string[], options?: ReadCorpusOptions): AsyncIterable<CorpusItem>
export function readCorpus<T>(inputs: string | readonly string[], options: ReadCorpusOptions<T> & Required<Pick<ReadCorpusOptions<T>, 'parse'>>): AsyncIterable<CorpusItem<T>>
export function readCorpus<T>(inputs: string | readonly string[], options: ReadCorpusOptions<T | Document> = {}): AsyncIterable<CorpusItem<T | Document>> {
  const concurrency = options.concurrency ?? 4
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`readCorpus: concurrency must be an integer of at least 1, not ${String(concurrency)}`)
  }
  return items(typeof inputs === 'string' ? [inputs] : [...inputs], {
    cwd: resolve(options.cwd ?? currentFolder()),
    extensions: (options.extensions ?? ['.txt']).map(normalizeExtension),
    concurrency,
    parseOptions: options.parseOptions ?? {},
    readFile: options.readFile ?? readBytes,
    onListed: options.onListed ?? (() => {}),
    parse: options.parse ?? parseBytes
  })
}

/**
 * Longest stretch of synchronous work between two turns of the event loop:
 * often enough for timers, signals and output, and no oftener, since a turn also
 * runs the engine's garbage-collection tasks. At 10 ms these came often enough to
 * have V8 take parsing's short-lived objects for long-lived ones (allocated
 * straight into the old generation), and peak memory rose by half.
 */
const TURN_MS = 50

interface Settings<T> {
  cwd: string
  extensions: string[]
  concurrency: number
  parseOptions: FileParseOptions
  readFile: (path: string) => Uint8Array | Promise<Uint8Array>
  onListed: (count: number) => void
  parse: (bytes: Uint8Array, file: string, options: FileParseOptions) => T | Promise<T>
}

async function* items<T>(inputs: readonly string[], settings: Settings<T>): AsyncGenerator<CorpusItem<T>, void, undefined> {
  const files = await listInputs(inputs, settings)
  settings.onListed(files.length)
  let lastTurn = performance.now()
  for await (const item of mapInOrder(files, settings.concurrency, (file) => readItem(file, settings))) {
    yield item
    // Synchronous reads and parses never give the event loop a turn on their own:
    // give it one every `TURN_MS` so timers, signals and output go on during a
    // long run (a turn per file would cost more than parsing a short one).
    if (performance.now() - lastTurn >= TURN_MS) {
      await nextTurn()
      lastTurn = performance.now()
    }
  }
}

async function readItem<T>(file: ListedFile, settings: Settings<T>): Promise<CorpusItem<T>> {
  if (file.failure !== null) return file.failure
  let bytes: Uint8Array
  try {
    bytes = await settings.readFile(file.path)
  } catch (error) {
    const { message, code } = toReadError(file.path, error)
    return { type: 'failure', path: file.path, message, code }
  }
  return { type: 'document', path: file.path, document: await settings.parse(bytes, file.name, settings.parseOptions) }
}

function normalizeExtension(extension: string): string {
  const lower = extension.toLowerCase()
  return lower.startsWith('.') ? lower : `.${lower}`
}
