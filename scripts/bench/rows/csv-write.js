/**
 * The whole CSV pipeline on disk: `readCorpus` (language detection off, as in
 * row (b′)) piped into `writeCsvTables` of `@corpus/csv/node`, writing the eight
 * tables and their metadata to a temporary folder, removed afterwards. Its
 * peak memory, next to the same on a quarter of the files, shows whether
 * memory grows with the corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const label = 'readCorpus → @corpus/csv/node writeCsvTables'
export const unit = 'bytes of CSV'

export async function load() {
  const { readCorpus } = await import('@corpus/core/node')
  const { writeCsvTables } = await import('@corpus/csv/node')
  return {
    async runAll(dir, names, everything) {
      const folder = mkdtempSync(join(tmpdir(), 'corpus-bench-csv-'))
      let bytes = 0
      let failures = 0
      async function* documents() {
        for await (const item of readCorpus(everything ? dir : names.map((name) => join(dir, name)), { parseOptions: { detectLanguage: false } })) {
          if (item.type !== 'document') {
            failures++
            continue
          }
          bytes += item.document.source.byteLength
          yield item.document
        }
      }
      try {
        const written = await writeCsvTables(documents(), folder)
        return { files: written.documents, bytes, output: written.files.reduce((sum, file) => sum + file.bytes, 0), failures }
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    }
  }
}
