// The main job until the command line lands: parse a corpus folder and print
// what was found in each document. Usage: node scripts/summary.js <files|folders|globs…>
import { relative } from 'node:path'
import { readCorpus } from '@corpus/core/node'

const inputs = process.argv.slice(2)
if (inputs.length === 0) {
  console.error('Usage: node scripts/summary.js <files|folders|globs…>')
  process.exit(2)
}

const count = (items) => {
  const counts = new Map()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts].map(([name, n]) => `${name} ${n}`).join(', ')
}

let documents = 0
let failures = 0
for await (const item of readCorpus(inputs)) {
  if (item.type === 'failure') {
    failures++
    console.log(`${relative('.', item.path)}\n  could not be read: ${item.message}\n`)
    continue
  }
  documents++
  const { document } = item
  const date = document.date ? `${document.date.value} (${document.date.precision}, from the ${document.date.source})` : 'none stated'
  console.log(`${relative('.', item.path)}  [${document.language ?? 'language unknown'}]`)
  console.log(`  date         ${date}`)
  if (document.dateline) console.log(`  dateline     ${document.dateline.raw}`)
  if (document.byline) console.log(`  byline       ${document.byline.author}`)
  console.log(`  blocks       ${document.children.length} (${count(document.children.map((block) => block.type))})`)
  console.log(`  sentences    ${document.sentences.length}`)
  console.log(`  quotes       ${document.quotes.length}`)
  console.log(`  dates        ${document.dates.length ? document.dates.map((date) => `${date.text} → ${date.value}`).join('; ') : 'none'}`)
  console.log(`  diagnostics  ${document.diagnostics.length}`)
  for (const diagnostic of document.diagnostics) {
    const place = diagnostic.position ? `${diagnostic.position.start.line}:${diagnostic.position.start.column}` : '-'
    console.log(`    ${place.padEnd(7)} ${diagnostic.severity.padEnd(7)} ${diagnostic.message}  ${diagnostic.ruleId}`)
  }
  console.log('')
}
console.log(`${documents} documents parsed${failures ? `, ${failures} could not be read` : ''}.`)
process.exitCode = failures > 0 ? 2 : 0
