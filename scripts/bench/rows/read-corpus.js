/**
 * (b′) `readCorpus` from `@corpus/core/node`: the Node reader lists, reads and
 * parses the files itself (language detection off, as in row (b)), yielding one item per file.
 * Skipped, with a note, when the build has no such export.
 */
import { join } from 'node:path'

export const label = '@corpus/core/node readCorpus'
export const unit = 'sentences'

export async function load() {
  let readCorpus
  try {
    ;({ readCorpus } = await import('@corpus/core/node'))
  } catch (error) {
    return { skip: `@corpus/core/node not importable (${error.code ?? error.message})` }
  }
  if (typeof readCorpus !== 'function') return { skip: '@corpus/core/node has no readCorpus export' }
  return {
    /** Hands it the folder when all of it is benched, the file paths otherwise. */
    async runAll(dir, names, everything) {
      let files = 0
      let bytes = 0
      let output = 0
      let failures = 0
      for await (const item of readCorpus(everything ? dir : names.map((name) => join(dir, name)), { parseOptions: { detectLanguage: false } })) {
        if (item.type !== 'document') {
          failures++
          continue
        }
        files++
        bytes += item.document.source.byteLength
        output += item.document.sentences.length
      }
      return { files, bytes, output, failures }
    }
  }
}
