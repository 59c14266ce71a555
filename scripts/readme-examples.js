// Runs every JavaScript and TypeScript example of the READMEs (the root's and
// each package's) as a user would: as an ES module of its own (TypeScript
// compiled by tsc first, so it must type-check), importing the built packages,
// in a folder that holds `articles/` (the sample corpus); and every shell block
// of `corpus` commands, with the built command. A package README's lists of
// exports must be what the package exports.
// When the prose after an example says what it prints, the next fenced block
// is that output, and it must match exactly; an example the README shows no
// output for must print nothing. Every fence names its language, one this
// script runs or one it knows to be shown only. Run after `turbo run build`.
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { importedPackages } from './packages/imports.js'
import { examples, fencedBlocks, installedBy, runExample, runnable, SHOWN } from './readmes/examples.js'
import { exportProblems } from './readmes/exports.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const readmes = [join(root, 'README.md'), ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'README.md'))]
// Inside the repository, so that `@corpus/*` and the packages' dependencies resolve as for a user.
const modules = join(root, 'node_modules', '.cache', 'readme-examples')
const corpus = [process.execPath, join(root, 'packages', 'cli', 'dist', 'cli.js')]
// TypeScript examples are compiled by the workspace's TypeScript, as a reader's would be by theirs.
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
rmSync(modules, { recursive: true, force: true })
mkdirSync(modules, { recursive: true })
let failed = 0
let run = 0
try {
  for (const readme of readmes) {
    const markdown = readFileSync(readme, 'utf8')
    const blocks = fencedBlocks(markdown)
    for (const block of blocks.filter((block) => !runnable(block) && !SHOWN.has(block.lang))) {
      failed++
      console.log(`${relative(root, readme)}:${block.line}: a fence in ${block.lang ? `\`${block.lang}\`, a language this script neither runs nor knows` : 'no language'}`)
    }
    for (const problem of await exportProblems(dirname(readme), markdown)) {
      failed++
      console.log(`${relative(root, readme)}: ${problem}`)
    }
    const installed = installedBy(blocks)
    for (const example of examples(blocks)) {
      const where = `${relative(root, readme)}:${example.line}`
      // The workspace holds more than a reader installs: an import the README never has them install would fail for them.
      const uninstalled = [...importedPackages(example.code)].filter((name) => !installed.has(name))
      if (uninstalled.length > 0) {
        failed++
        console.log(`${where}: imports ${uninstalled.join(', ')}, which the README never says to install`)
      }
      run++
      const { ok, message } = runExample(example, { sample: join(root, 'sample'), modules, corpus, tsc, name: `example-${run}` })
      if (!ok) failed++
      console.log(`${where}: ${message}`)
    }
  }
} finally {
  rmSync(modules, { recursive: true, force: true })
}
console.log(`\n${run} README examples run, ${failed} failed.`)
// No example at all means the extraction broke, not that all is well.
process.exitCode = failed > 0 || run === 0 ? 1 : 0
