// Runs every JavaScript and TypeScript example of the READMEs (the root's and
// each package's) as a user would: as an ES module of its own, importing the
// built packages, in a folder that holds `articles/` (the sample corpus); and
// every shell block of `corpus` commands, with the built command. A package
// README's lists of exports must be what the package exports.
// When the prose after an example says what it prints, the next fenced block
// is that output, and it must match exactly; an example the README shows no
// output for must print nothing. Every fence names its language, one this
// script runs or one it knows to be shown only. Run after `turbo run build`.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { transformSync } from 'esbuild'
import { importedPackages } from './packages/imports.js'
import { exportProblems } from './readme-exports.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const RUNNABLE = new Set(['js', 'javascript', 'ts', 'typescript'])
/** Shown, never run: shell sessions, data, output, other languages. */
const SHOWN = new Set(['sh', 'bash', 'shell', 'console', 'text', 'txt', 'json', 'jsonc', 'csv', 'tsv', 'sql', 'markdown', 'md', 'yaml', 'html', 'xml', 'turtle', 'python', 'r', 'diff'])

/** The fenced blocks of a Markdown text (in a list item too: indented), with the prose before each. */
export function fencedBlocks(markdown) {
  const blocks = []
  const fence = /^([ \t]*)```(\S*)[^\n]*\n([\s\S]*?)^\1```[ \t]*$/gm
  let end = 0
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    const [whole, indent = '', lang = '', body = ''] = match
    const code = body.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n')
    blocks.push({ lang, code, before: markdown.slice(end, match.index), line: markdown.slice(0, match.index).split('\n').length })
    end = match.index + whole.length
  }
  return blocks
}

const SHELLS = new Set(['sh', 'bash', 'shell', 'console'])
/** The commands of a shell block, one a line, without a `$ ` prompt. */
const commandLines = (block) => block.code.trim().split('\n').map((line) => line.trim().replace(/^\$\s+/, ''))
/** A shell block of `corpus` commands to run: no placeholder (`<file>`, `[--json]`, `…`), no pipe. */
const isCommand = (block) => SHELLS.has(block.lang) && commandLines(block).every((line) => /^corpus\s[^<>[\]…|]*$/.test(line))
const runnable = (block) => RUNNABLE.has(block.lang) || isCommand(block)

/** The packages a README tells its reader to install (`npm install a b` in a shell block). */
export function installedBy(blocks) {
  const names = new Set()
  for (const block of blocks.filter((block) => SHOWN.has(block.lang))) {
    for (const [, list = ''] of block.code.matchAll(/\bnpm (?:install|i)\b([^\n]*)/g)) {
      for (const word of list.trim().split(/\s+/)) if (word && !word.startsWith('-')) names.add(word.replace(/(.)@[^/]*$/, '$1'))
    }
  }
  return names
}

/**
 * The examples of a README: each runnable block, and the output the README
 * shows for it, if any: the next block, when it follows at once or the prose
 * between says what the example prints.
 */
export function examples(markdown) {
  const blocks = fencedBlocks(markdown)
  return blocks.flatMap((block, index) => {
    if (!runnable(block)) return []
    const next = blocks[index + 1]
    const shown = next && !runnable(next) && (next.before.trim() === '' || (/\bprints\b/.test(next.before) && next.before.length < 300)) ? next.code : null
    return [{ ...block, output: shown }]
  })
}

const cli = join(root, 'packages', 'cli', 'dist', 'cli.js')

/** What an example prints, run in `cwd`: a module of its own, or its `corpus` commands in turn. */
function runExample(example, cwd, file) {
  const options = { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  if (isCommand(example)) {
    return commandLines(example).map((line) => execFileSync(process.execPath, [cli, ...line.split(/\s+/).slice(1)], options)).join('')
  }
  writeFileSync(file, example.lang.startsWith('t') ? transformSync(example.code, { loader: 'ts', format: 'esm' }).code : example.code)
  return execFileSync(process.execPath, [file], options)
}

const readmes = [join(root, 'README.md'), ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'README.md'))]
// Inside the repository, so that `@corpus/*` and the packages' dependencies resolve as for a user.
const modules = join(root, 'node_modules', '.cache', 'readme-examples')
rmSync(modules, { recursive: true, force: true })
mkdirSync(modules, { recursive: true })
let failed = 0
let run = 0
try {
  for (const readme of readmes) {
    const markdown = readFileSync(readme, 'utf8')
    for (const block of fencedBlocks(markdown).filter((block) => !runnable(block) && !SHOWN.has(block.lang))) {
      failed++
      console.log(`${relative(root, readme)}:${block.line}: a fence in ${block.lang ? `\`${block.lang}\`, a language this script neither runs nor knows` : 'no language'}`)
    }
    for (const problem of await exportProblems(dirname(readme), markdown)) {
      failed++
      console.log(`${relative(root, readme)}: ${problem}`)
    }
    const installed = installedBy(fencedBlocks(markdown))
    for (const example of examples(markdown)) {
      const where = `${relative(root, readme)}:${example.line}`
      // The workspace holds more than a reader installs: an import the README never has them install would fail for them.
      const uninstalled = [...importedPackages(example.code)].filter((name) => !installed.has(name))
      if (uninstalled.length > 0) {
        failed++
        console.log(`${where}: imports ${uninstalled.join(', ')}, which the README never says to install`)
      }
      const work = mkdtempSync(join(tmpdir(), 'corpus-readme-'))
      try {
        cpSync(join(root, 'sample'), join(work, 'articles'), { recursive: true })
        run++
        const printed = runExample(example, work, join(modules, `example-${run}.mjs`))
        if (printed.replaceAll('\r\n', '\n').trimEnd() !== (example.output ?? '').trimEnd()) {
          failed++
          console.log(`${where}: prints ${example.output === null ? 'what the README does not show' : 'something else than the README shows'}:\n${printed}`)
        } else console.log(`${where}: ok${example.output === null ? ' (runs; prints nothing)' : ' (prints what is shown)'}`)
      } catch (error) {
        failed++
        console.log(`${where}: fails: ${error instanceof Error ? (error.stderr || error.message) : String(error)}`)
      } finally {
        rmSync(work, { recursive: true, force: true })
      }
    }
  }
} finally {
  rmSync(modules, { recursive: true, force: true })
}
console.log(`\n${run} README examples run, ${failed} failed.`)
// No example at all means the extraction broke, not that all is well.
process.exitCode = failed > 0 || run === 0 ? 1 : 0
