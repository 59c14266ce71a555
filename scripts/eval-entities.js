/**
 * Scores entity recognition on the hand-checked articles of
 * packages/core/test/entities/: each folder holds `input.txt` and
 * `gold.json` (every mention, as written, by kind). A found mention is right
 * when the gold holds one more of its kind and text (case, accents and
 * apostrophes aside) in that article. Prints precision, recall and F1 per
 * kind, and what was missed or found wrongly.
 *
 *   node scripts/eval-entities.js [<gold folder>…] [--errors]
 *
 * Each gold folder named (texts/*.txt and gold.json, see eval-spans.js) is
 * scored by spans too: strict and overlap precision, recall and F1 per type.
 */
import console from 'node:console'
import process from 'node:process'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { evaluateSpans, foundSpans, spansTable } from './eval-spans.js'

export const KINDS = ['person', 'place', 'organization']
export const GOLD_DIR = fileURLToPath(new URL('../packages/core/test/entities/', import.meta.url))

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase()

function counts(texts) {
  const map = new Map()
  for (const text of texts) map.set(fold(text), (map.get(fold(text)) ?? 0) + 1)
  return map
}

/**
 * Scores `parse` (from @corpus/core) on every article of `dir`.
 * @returns {{ scores: Record<string, { gold: number, found: number, right: number, precision: number, recall: number, f1: number }>, errors: string[] }}
 */
export function evaluate(parse, dir = GOLD_DIR) {
  const totals = Object.fromEntries(KINDS.map((kind) => [kind, { gold: 0, found: 0, right: 0 }]))
  const errors = []
  for (const name of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const gold = JSON.parse(readFileSync(`${dir}${name}/gold.json`, 'utf8'))
    const document = parse(readFileSync(`${dir}${name}/input.txt`), { detectLanguage: false })
    for (const kind of KINDS) {
      const wanted = counts(gold[kind] ?? [])
      const found = counts(document.mentions.filter((mention) => mention.kind === kind).map((mention) => mention.text))
      const total = totals[kind]
      for (const [text, count] of found) {
        total.found += count
        total.right += Math.min(count, wanted.get(text) ?? 0)
        if (count > (wanted.get(text) ?? 0)) errors.push(`${name}: ${kind} found wrongly: ${text}`)
      }
      for (const [text, count] of wanted) {
        total.gold += count
        if (count > (found.get(text) ?? 0)) errors.push(`${name}: ${kind} missed: ${text}`)
      }
    }
  }
  const scores = Object.fromEntries(
    Object.entries(totals).map(([kind, { gold, found, right }]) => {
      const precision = found === 0 ? 0 : right / found
      const recall = gold === 0 ? 0 : right / gold
      return [kind, { gold, found, right, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }]
    })
  )
  return { scores, errors }
}

/** The recognisers compared: the statistical model with the rules (the default), and the rules alone. */
export const RECOGNISERS = [
  ['model and rules', (parse) => parse],
  ['rules alone', (parse) => (input, options) => parse(input, { ...options, entityModel: false })]
]

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { parse } = await import('@corpus/core')
  const showErrors = process.argv.includes('--errors')
  console.log('### The hand-checked articles (mentions by kind and text)\n')
  console.log('| Recogniser | Kind | Gold | Found | Right | Precision | Recall | F1 |\n|---|---|--:|--:|--:|--:|--:|--:|')
  const errorsOf = []
  for (const [name, recogniser] of RECOGNISERS) {
    const { scores, errors } = evaluate(recogniser(parse))
    for (const [kind, s] of Object.entries(scores)) console.log(`| ${name} | ${kind} | ${s.gold} | ${s.found} | ${s.right} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`)
    errorsOf.push([name, errors])
  }
  if (showErrors) for (const [name, errors] of errorsOf) if (errors.length > 0) console.log(`\n${name}:\n${errors.map((error) => `- ${error}`).join('\n')}`)
  // Gold sets of spans, each a folder of texts/ and gold.json, named on the command line.
  for (const folder of process.argv.slice(2).filter((argument) => !argument.startsWith('--'))) {
    for (const [name, recogniser] of RECOGNISERS) {
      const spans = evaluateSpans((bytes) => foundSpans(recogniser(parse), bytes), folder)
      console.log(`\n### ${folder} (spans), ${name}\n\n${spansTable(spans.scores)}`)
      if (showErrors) console.log(`\n${spans.errors.map((error) => `- ${error}`).join('\n')}`)
    }
  }
}
