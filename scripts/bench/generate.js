/**
 * Generates the benchmark corpus: ~50 MB in ~20,000 `NNNNN_<16 hex>.txt` files
 * in `bench-corpus/`, recombined from `sample/*.txt` with a seeded generator.
 * A manifest records the generator version, the seed and the sample's hash;
 * when they match, the corpus is left as it is.
 *
 *   node scripts/bench/generate.js [--files 20000] [--bytes 50000000] [--seed 20231] [--force]
 */
import console from 'node:console'
import process from 'node:process'
import { performance } from 'node:perf_hooks'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { composeArticle } from './compose.js'
import { CORPUS_DIR, MANIFEST, SAMPLE_DIR } from './paths.js'
import { createRandom } from './prng.js'
import { loadSample } from './sample.js'

/** Bump when the output for the same seed and sample changes. */
export const GENERATOR_VERSION = 1

export const DEFAULTS = { files: 20_000, bytes: 50_000_000, seed: 20231 }

/**
 * Makes sure `dir` holds the corpus for these settings; generates it if not.
 * @returns {{ generated: boolean, manifest: object }}
 */
export function ensureCorpus({ files = DEFAULTS.files, bytes = DEFAULTS.bytes, seed = DEFAULTS.seed, force = false, dir = CORPUS_DIR, sampleDir = SAMPLE_DIR, log = console.error } = {}) {
  const sample = loadSample(sampleDir)
  const wanted = { generator: 'corpus-bench', version: GENERATOR_VERSION, seed, files, bytes, sample: sample.hash }
  const current = readManifest(dir)
  if (!force && current && sameCorpus(current, wanted) && countTexts(dir) === files) {
    return { generated: false, manifest: current }
  }

  log(`Generating ${files} files (~${(bytes / 1e6).toFixed(0)} MB, seed ${seed}) from ${sample.files.length} sample files into ${dir}…`)
  const started = performance.now()
  mkdirSync(dir, { recursive: true })
  for (const name of readdirSync(dir)) if (name.endsWith('.txt') || name === MANIFEST) rmSync(join(dir, name))

  let written = 0
  for (const { name, data } of generateArticles({ files, bytes, seed, sample })) {
    writeFileSync(join(dir, name), data)
    written += data.length
  }

  const manifest = { ...wanted, totalBytes: written, sampleFiles: sample.files.length, createdAt: new Date().toISOString() }
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  log(`  wrote ${files} files, ${(written / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return { generated: true, manifest }
}

/**
 * The corpus's files, in order, without touching the disk: the same names and
 * bytes `ensureCorpus` writes for these settings.
 * @returns {Generator<{ name: string, data: Buffer }>}
 */
export function* generateArticles({ files = DEFAULTS.files, bytes = DEFAULTS.bytes, seed = DEFAULTS.seed, sample = loadSample(SAMPLE_DIR) } = {}) {
  const random = createRandom(seed)
  const mean = bytes / files
  const sigma = 0.6
  const median = mean / Math.exp((sigma * sigma) / 2)
  const width = String(files).length < 5 ? 5 : String(files).length
  let written = 0
  for (let index = 0; index < files; index++) {
    // Draw the size from a log-normal, nudged by the running shortfall (in
    // files' worth) so the total lands near `bytes` whatever the overshoot.
    const behind = (mean * index - written) / mean
    const nudge = Math.min(2, Math.max(0.2, 1 + 0.05 * behind))
    const target = Math.max(200, median * Math.exp(sigma * random.normal()) * nudge)
    const data = Buffer.from(composeArticle(random, sample, target), 'utf8')
    const name = `${String(index + 1).padStart(width, '0')}_${random.hex(16)}.txt`
    yield { name, data }
    written += data.length
  }
}

function readManifest(dir) {
  const path = join(dir, MANIFEST)
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

function sameCorpus(a, b) {
  return a.generator === b.generator && a.version === b.version && a.seed === b.seed && a.files === b.files && a.bytes === b.bytes && a.sample === b.sample
}

function countTexts(dir) {
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).length
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const value = (flag, fallback) => {
    const index = args.indexOf(flag)
    return index >= 0 && args[index + 1] !== undefined ? Number(args[index + 1]) : fallback
  }
  const { generated, manifest } = ensureCorpus({
    files: value('--files', DEFAULTS.files),
    bytes: value('--bytes', DEFAULTS.bytes),
    seed: value('--seed', DEFAULTS.seed),
    force: args.includes('--force')
  })
  if (!generated) console.error(`Corpus up to date: ${manifest.files} files, ${(manifest.totalBytes / 1e6).toFixed(1)} MB (seed ${manifest.seed}, generator v${manifest.version})`)
}
