/**
 * (f) One paragraph of 100 MB (`--quick`: 10 MB): the sample corpus's text with
 * every line break made a space, repeated. Its rate next to row (b) shows that
 * no step grows faster than the input.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Buffer } from 'node:buffer'
import process from 'node:process'
import { performance } from 'node:perf_hooks'
import { SAMPLE_DIR } from '../paths.js'

export const label = '@corpus/core parse, one long paragraph (100 MB, --quick 10 MB)'
export const unit = 'sentences'

export async function load() {
  const { parse } = await import('@corpus/core')
  return {
    async runAll() {
      const size = process.env.BENCH_LONG_MB ? Number(process.env.BENCH_LONG_MB) * 1e6 : 100e6
      const text = readdirSync(SAMPLE_DIR)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(join(SAMPLE_DIR, name), 'utf8').replace(/^\ufeff/, '').replace(/\s+/g, ' ').trim())
        .join(' ')
      const bytes = Buffer.from(text.repeat(Math.ceil(size / Buffer.byteLength(text))).slice(0, size))
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const started = performance.now()
      const document = parse(bytes, { file: 'long.txt', sha256, detectLanguage: false })
      const seconds = (performance.now() - started) / 1000
      return { files: 1, bytes: bytes.length, output: document.sentences.length, failures: 0, seconds, blocks: document.children.length }
    }
  }
}
