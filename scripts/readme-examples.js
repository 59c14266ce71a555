// Runs every JavaScript and TypeScript example of the READMEs (the root's and
// each package's) as a user would: as an ES module of its own, importing the
// built packages, in a folder that holds `articles/` (the sample corpus).
// When the prose after an example says what it prints, the next fenced block
// is that output, and it must match exactly. Run after `turbo run build`.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { transformSync } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const RUNNABLE = new Set(['js', 'javascript', 'ts', 'typescript'])

/** The fenced blocks of a Markdown text, with the prose before each. */
export function fencedBlocks(markdown) {
  const blocks = []
  const fence = /^```(\w*)[^\n]*\n([\s\S]*?)^```$/gm
  let end = 0
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    blocks.push({ lang: match[1], code: match[2], before: markdown.slice(end, match.index), line: markdown.slice(0, match.index).split('\n').length })
    end = match.index + match[0].length
  }
  return blocks
}

/** The examples of a README: each runnable block, and the output the README shows for it, if any. */
export function examples(markdown) {
  const blocks = fencedBlocks(markdown)
  return blocks.flatMap((block, index) => {
    if (!RUNNABLE.has(block.lang)) return []
    const next = blocks[index + 1]
    const shown = next && !RUNNABLE.has(next.lang) && /\bprints\b/.test(next.before) && next.before.length < 300 ? next.code : null
    return [{ ...block, output: shown }]
  })
}

const readmes = [join(root, 'README.md'), ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'README.md'))]
// Inside the repository, so that `@corpus/*` and the packages' dependencies resolve as for a user.
const modules = join(root, 'node_modules', '.cache', 'readme-examples')
rmSync(modules, { recursive: true, force: true })
mkdirSync(modules, { recursive: true })
let failed = 0
let run = 0
for (const readme of readmes) {
  for (const example of examples(readFileSync(readme, 'utf8'))) {
    const where = `${relative(root, readme)}:${example.line}`
    const work = mkdtempSync(join(tmpdir(), 'corpus-readme-'))
    try {
      cpSync(join(root, 'sample'), join(work, 'articles'), { recursive: true })
      const file = join(modules, `example-${run}.mjs`)
      const code = example.lang.startsWith('t') ? transformSync(example.code, { loader: 'ts', format: 'esm' }).code : example.code
      writeFileSync(file, code)
      run++
      const printed = execFileSync(process.execPath, [file], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      if (example.output !== null && printed.replaceAll('\r\n', '\n').trimEnd() !== example.output.trimEnd()) {
        failed++
        console.log(`${where}: prints something else than the README shows:\n${printed}`)
      } else console.log(`${where}: ok${example.output === null ? ' (runs; no output shown)' : ' (prints what is shown)'}`)
    } catch (error) {
      failed++
      console.log(`${where}: fails: ${error instanceof Error ? (error.stderr || error.message) : String(error)}`)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }
}
rmSync(modules, { recursive: true, force: true })
console.log(`\n${run} README examples run, ${failed} failed.`)
process.exitCode = failed > 0 ? 1 : 0
