import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { CorpusItem } from '../../src/node/index.js'

/** A temporary folder holding `files` (relative path → text); `remove` deletes it. */
export interface TempCorpus {
  folder: string
  /** Absolute path of a file of the corpus. */
  at: (relative: string) => string
  remove: () => void
}

export function tempCorpus(files: Record<string, string>): TempCorpus {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-node-'))
  for (const [relative, text] of Object.entries(files)) {
    const path = join(folder, relative)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  }
  return {
    folder,
    at: (relative) => join(folder, relative),
    remove: () => rmSync(folder, { recursive: true, force: true })
  }
}

export async function collect<T>(items: AsyncIterable<CorpusItem<T>>): Promise<CorpusItem<T>[]> {
  const list: CorpusItem<T>[] = []
  for await (const item of items) list.push(item)
  return list
}

/** Each item as `document <path>` or `failure <path> <code>`, for exact order checks. */
export function summary<T>(items: readonly CorpusItem<T>[]): string[] {
  return items.map((item) => (item.type === 'document' ? `document ${item.path}` : `failure ${item.path} ${item.code}`))
}
