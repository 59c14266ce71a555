// README examples: the fenced blocks of a README, which of them run, what
// output the README shows for each, and running one as a reader would.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

export const RUNNABLE = new Set(['js', 'javascript', 'ts', 'typescript'])
/** Shown, never run: shell sessions, data, output, other languages. */
export const SHOWN = new Set(['sh', 'bash', 'shell', 'console', 'text', 'txt', 'json', 'jsonc', 'csv', 'tsv', 'sql', 'markdown', 'md', 'yaml', 'html', 'xml', 'turtle', 'python', 'r', 'diff'])

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
export const runnable = (block) => RUNNABLE.has(block.lang) || isCommand(block)

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
 * The examples among a README's `blocks` (see `fencedBlocks`): each runnable
 * block, and the output the README shows for it, if any: the next block, when
 * it follows at once or the prose between says what the example prints.
 */
export function examples(blocks) {
  return blocks.flatMap((block, index) => {
    if (!runnable(block)) return []
    const next = blocks[index + 1]
    const shown = next && !runnable(next) && (next.before.trim() === '' || (/\bprints\b/.test(next.before) && next.before.length < 300)) ? next.code : null
    return [{ ...block, output: shown }]
  })
}

/**
 * How a TypeScript example is compiled before it runs (Node.js 20 runs no
 * `.ts`), as the READMEs tell their readers: `tsc` with these options on an
 * `.mts` file, then `node` on the `.mjs` it writes.
 */
export const TSC_OPTIONS = ['--strict', '--module', 'nodenext', '--target', 'es2022']

/**
 * Runs `example` as a reader would, in a fresh folder whose `articles/` holds
 * the `sample` corpus: a module of its own written in `modules` (where its
 * imports resolve; TypeScript compiled there first by `tsc`, the path of
 * TypeScript's `bin/tsc`, with `TSC_OPTIONS`, so that it must type-check), or
 * its `corpus` commands run by `corpus` (the command and its first arguments).
 * Returns how it went, in a line: `ok` is false when it fails or prints other
 * than what the README shows (nothing, when it shows no output).
 */
export function runExample(example, { sample, modules, corpus, tsc, name }) {
  const work = mkdtempSync(join(tmpdir(), 'corpus-readme-'))
  try {
    cpSync(sample, join(work, 'articles'), { recursive: true })
    const options = { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
    let printed
    if (isCommand(example)) {
      const [command = '', ...first] = corpus
      printed = commandLines(example).map((line) => execFileSync(command, [...first, ...line.split(/\s+/).slice(1)], options)).join('')
    } else {
      const file = join(modules, `${name}.mjs`)
      if (example.lang.startsWith('t')) {
        writeFileSync(join(modules, `${name}.mts`), example.code)
        try {
          execFileSync(process.execPath, [tsc, ...TSC_OPTIONS, join(modules, `${name}.mts`)], { ...options, cwd: modules })
        } catch (error) {
          return { ok: false, message: `does not compile with tsc ${TSC_OPTIONS.join(' ')}:\n${error.stdout || error.message}` }
        }
      } else writeFileSync(file, example.code)
      printed = execFileSync(process.execPath, [file], options)
    }
    if (printed.replaceAll('\r\n', '\n').trimEnd() === (example.output ?? '').trimEnd()) return { ok: true, message: example.output === null ? 'ok (runs; prints nothing)' : 'ok (prints what is shown)' }
    return { ok: false, message: `prints ${example.output === null ? 'what the README does not show' : 'something else than the README shows'}:\n${printed}` }
  } catch (error) {
    return { ok: false, message: `fails: ${error instanceof Error ? (error.stderr || error.message) : String(error)}` }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
