import { resolve } from 'node:path'
import { cwd as currentFolder } from 'node:process'
import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Document } from '../types.js'
import type { CorpusFailure, CorpusItem } from './corpus-item.js'
import { listInputs, type ListedFile } from './list-inputs.js'
import { mapInOrder } from './map-in-order.js'
import { parseBytes, type FileParseOptions } from './parse-bytes.js'
import { readBytes } from './read-bytes.js'
import { parseError, tooLarge, toReadError, type ReadError } from './read-error.js'

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
  /**
   * Largest file read, in bytes (default: no limit), a whole number of at
   * least 1 or `Infinity`. A bigger file is a failure item (code `EFBIG`),
   * found from its size before its bytes are read, and the run goes on.
   */
  maxFileSize?: number
  /**
   * Follow every symbolic link (default `false`). By default a link found in a
   * folder or by a pattern whose target lies outside the input folders (the
   * folders given, and the folders patterns search) is a failure item (code
   * `ERR_LINK_OUTSIDE`) and is not read; links that stay inside are followed.
   * A file named explicitly is read wherever it leads.
   */
  followSymlinks?: boolean
  /** Options passed on to `parse` for every file. */
  parseOptions?: FileParseOptions
  /**
   * Reads a file's raw bytes (default: a synchronous `node:fs` read that
   * refuses directories and other non-regular files). What it throws becomes a
   * failure item; a `code` property on the error is kept. What it returns is
   * held to `maxFileSize` too, once read.
   */
  readFile?: (path: string) => Uint8Array | Promise<Uint8Array>
  /** Called once the inputs are listed, before the first item, with the number of items to come (for a progress bar). */
  onListed?: (count: number) => void
  /**
   * Parses a file's raw bytes (default: {@link parseBytes}, on this thread).
   * Give one that hands the bytes to worker threads, and set `concurrency` to
   * keep them busy, to parse files in parallel; items still come in order.
   * It may give something other than the document (what the workers made of
   * it, say): the items' `document` is then what it gives. What it throws (or
   * rejects with) becomes a failure item of code `ERR_PARSE`.
   */
  parse?: (bytes: Uint8Array, file: string, options: FileParseOptions) => T | Promise<T>
}

/**
 * Reads and parses the files named by `inputs`: files, folders (searched
 * recursively for `options.extensions`, hidden entries skipped, symbolic links
 * followed while they stay inside the input folders) and glob patterns.
 * Yields one item per distinct file, sorted by ordinal (names without one
 * last), then base name, then path. A file that cannot be read, is too large
 * or cannot be parsed, a folder that cannot be read, a broken or skipped link,
 * an input that matches nothing: each gives a failure item, by path, and the
 * run goes on; nothing is thrown for one file. Files are read lazily, at most
 * `options.concurrency` ahead of the consumer, so memory does not grow with
 * the number of files. Throws a `RangeError` at once for an invalid
 * `concurrency` or `maxFileSize`.
 */
export function readCorpus(inputs: string | readonly string[], options?: ReadCorpusOptions): AsyncIterable<CorpusItem>
export function readCorpus<T>(inputs: string | readonly string[], options: ReadCorpusOptions<T> & Required<Pick<ReadCorpusOptions<T>, 'parse'>>): AsyncIterable<CorpusItem<T>>
export function readCorpus<T>(inputs: string | readonly string[], options: ReadCorpusOptions<T | Document> = {}): AsyncIterable<CorpusItem<T | Document>> {
  const concurrency = options.concurrency ?? 4
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`readCorpus: concurrency must be an integer of at least 1, not ${String(concurrency)}`)
  }
  const maxFileSize = options.maxFileSize ?? Number.POSITIVE_INFINITY
  if (!(Number.isInteger(maxFileSize) || maxFileSize === Number.POSITIVE_INFINITY) || maxFileSize < 1) {
    throw new RangeError(`readCorpus: maxFileSize must be a whole number of bytes of at least 1, or Infinity, not ${String(maxFileSize)}`)
  }
  return items(typeof inputs === 'string' ? [inputs] : [...inputs], {
    cwd: resolve(options.cwd ?? currentFolder()),
    extensions: (options.extensions ?? ['.txt']).map(normalizeExtension),
    concurrency,
    maxFileSize,
    followSymlinks: options.followSymlinks ?? false,
    parseOptions: options.parseOptions ?? {},
    readFile: options.readFile ?? ((path) => readBytes(path, maxFileSize)),
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
  maxFileSize: number
  followSymlinks: boolean
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
    if (bytes.length > settings.maxFileSize) throw tooLarge(file.path, bytes.length, settings.maxFileSize)
  } catch (error) {
    return failure(toReadError(file.path, error))
  }
  // One file that breaks the parser (or a worker) is that file's failure, not the run's end.
  try {
    return { type: 'document', path: file.path, document: await settings.parse(bytes, file.name, settings.parseOptions) }
  } catch (error) {
    return failure(parseError(file.path, error))
  }
}

function failure({ path, message, code }: ReadError): CorpusFailure {
  return { type: 'failure', path, message, code }
}

function normalizeExtension(extension: string): string {
  const lower = extension.toLowerCase()
  return lower.startsWith('.') ? lower : `.${lower}`
}
