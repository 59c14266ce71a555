import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import packageJson from '../package.json' with { type: 'json' }

/** The file in an export folder that records what the export was made from. */
export const MANIFEST = 'corpus-export.ndjson'

/** The first line: the tool, and every option that changes the outputs. */
export interface ManifestHeader {
  manifest: 'corpus export'
  version: 1
  tool: string
  options: unknown
}

/** One line per document exported, in the run's order. */
export interface ManifestEntry {
  /** Its path as given: relative to the working folder when inside it. */
  path: string
  size: number
  /** Its modification time (milliseconds): with the size, what `--update` looks at first. */
  mtime: number
  sha256: string
  /** Its document id (`doc_id`). */
  id: string
  /** The stem of its files. */
  stem: string
  /** The bytes of its records in each CSV table written, in the tables' order; `null` without CSV. */
  csv: number[] | null
  /** The formats whose file of it could not be written, when there are any: `--update` tries it again. */
  failed?: string[]
}

/** The header of an export with these options. */
export function manifestHeader(options: unknown): ManifestHeader {
  return { manifest: 'corpus export', version: 1, tool: `${packageJson.name} ${packageJson.version}`, options }
}

// Lines gathered to this many characters per write.
const GATHER = 1 << 16

/** Writes a manifest line by line to `path` (a temporary file: the run moves it into place when it is done). */
export class ManifestWriter {
  #fd: number | null = null
  #pending = ''
  /** Why it could not be written (a full disk), or `null`: what fails is reported, not thrown, and the run goes on. */
  failure: string | null = null

  constructor(readonly path: string, header: ManifestHeader) {
    this.#pending = `${JSON.stringify(header)}\n`
    this.#try(() => {
      this.#fd = openSync(path, 'wx')
    })
  }

  write(entry: ManifestEntry): void {
    this.#pending += `${JSON.stringify(entry)}\n`
    if (this.#pending.length >= GATHER) this.#try(() => this.#flush())
  }

  close(): void {
    this.#try(() => {
      this.#flush()
      if (this.#fd !== null) closeSync(this.#fd)
      this.#fd = null
    })
  }

  #flush(): void {
    const bytes = Buffer.from(this.#pending)
    this.#pending = ''
    if (this.#fd === null) return
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.#fd, bytes, offset)
  }

  #try(step: () => void): void {
    if (this.failure !== null) {
      this.#pending = ''
      return
    }
    try {
      step()
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error)
      this.#pending = ''
    }
  }
}

/** The lines of a file, read a chunk at a time. */
function* lines(path: string): Generator<string> {
  const fd = openSync(path, 'r')
  try {
    const chunk = Buffer.alloc(GATHER * 4)
    let rest = ''
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const text = rest + chunk.toString('utf8', 0, read)
      const cut = text.lastIndexOf('\n')
      rest = text.slice(cut + 1)
      if (cut >= 0) yield* text.slice(0, cut).split('\n')
    }
    if (rest !== '') yield rest
  } finally {
    closeSync(fd)
  }
}

/** A manifest's header and entries; throws a message that names the file when it is not one. */
export function readManifest(path: string): { header: ManifestHeader; entries: Generator<ManifestEntry> } {
  const all = lines(path)
  const first = all.next()
  const header = first.done === true ? null : (JSON.parse(first.value) as Partial<ManifestHeader>)
  if (header?.manifest !== 'corpus export' || header.version !== 1) {
    all.return(undefined)
    throw new Error(`${path} is not a corpus export manifest`)
  }
  return { header: header as ManifestHeader, entries: entriesOf(all) }
}

function* entriesOf(all: Generator<string>): Generator<ManifestEntry> {
  for (const line of all) if (line !== '') yield JSON.parse(line) as ManifestEntry
}
