// The examples of docs/model.md are what `parse` gives: each JSON block after
// an example says which part of the document it shows (`yields (…)`, `gives …`),
// and the input is the `txt` or `js` block before it; and each value a `js`
// block states in a comment (`start.offset // 19`) is what its code gives.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as core from '../src/index.js'
import { parse, type Document } from '../src/index.js'

const model = readFileSync(new URL('../docs/model.md', import.meta.url), 'utf8')

interface Block {
  lang: string
  code: string
  before: string
  line: number
}

const blocks: Block[] = []
let end = 0
for (const match of model.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
  blocks.push({ lang: match[1] ?? '', code: match[2] ?? '', before: model.slice(end, match.index), line: model.slice(0, match.index).split('\n').length })
  end = match.index + match[0].length
}

/** The document a `txt` block (the raw text) or a `js` block (which makes `document`) gives. */
function documentOf(input: Block): Document {
  if (input.lang === 'txt') return parse(input.code)
  // The example's own code, run as written with what it uses in scope.
  return new Function('parse', 'TextEncoder', `${input.code}\nreturn document`)(parse, TextEncoder) as Document
}

/** The part of the document the prose before a JSON block names (`yields (`expr`)`, `gives `expr``, `(`expr`):`), or the whole document (`yields:`). */
function shownPart(prose: string): string | null {
  const last = prose.trim()
  if (!last.endsWith(':')) return null
  const named = /(?:yields \(|gives |\()`((?:document|\{ )[^`]*)`/.exec(last)
  if (named) return named[1] ?? null
  return /\byields:$/.test(last) ? 'document' : null
}

const examples = blocks.flatMap((block, index) => {
  const part = block.lang === 'json' ? shownPart(block.before) : null
  const input = blocks.slice(0, index).reverse().find((earlier) => earlier.lang === 'txt' || earlier.lang === 'js')
  return part !== null && input ? [{ part, input, json: block.code, line: block.line }] : []
})

/** A JSON value, or undefined when `text` is none (a comment in words). */
function json(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The values a `js` block states in comments, `expression // value` or an
 * expression with `// value` on the next line, each with the code before it
 * (imports of `@corpus/core` made into reads of the module) to run it.
 */
function statedValues(code: string): Array<{ expression: string; value: unknown; setup: string }> {
  const stated = []
  const setup: string[] = []
  let previous: string | null = null
  for (const raw of code.split('\n')) {
    const line = raw.trim().replace(/^;/, '')
    const imported = /^import \{([^}]*)\} from '@corpus\/core'$/.exec(line)
    const commented = /^(.*?)\s*\/\/\s*(.+)$/.exec(line)
    const value = commented ? json(commented[2] ?? '') : undefined
    if (imported) setup.push(`const {${imported[1] ?? ''}} = core`)
    else if (commented && value !== undefined && commented[1]) stated.push({ expression: commented[1], value, setup: setup.join('\n') })
    else if (commented && value !== undefined && previous !== null) {
      setup.pop()
      stated.push({ expression: previous, value, setup: setup.join('\n') })
    } else if (!commented && line !== '') setup.push(line)
    previous = !commented && line !== '' && !imported ? line : null
  }
  return stated
}

const stated = blocks.filter((block) => block.lang === 'js').flatMap((block) => statedValues(block.code).map((value) => ({ ...value, line: block.line })))

describe('docs/model.md', () => {
  it('has its values stated in comments found', () => {
    expect(stated.map(({ expression }) => expression)).toEqual([
      "parse(' date 2024-03 \\nLe conseil a voté le budget.\\n').date",
      "parse(' date 2024-03 \\nLYON, 14 mars (AFP) - Le conseil a voté le budget.\\n').date",
      "parse('Le conseil a voté le budget.\\npar Claire Dumont le jeudi 14 mars 2024\\n').date",
      "parse('LYON, 14 mars (AFP) - Le conseil a voté le budget.\\n').date",
      "parse(' date 2024-03 \\nLYON, 14 avril (AFP) - Le conseil a voté le budget.\\n').date",
      "parse(' date 2024-03 \\nPublié le 14/03/2024 à 9h12\\nLe conseil a voté le budget.\\n').date",
      'start.offset',
      'toCodePointOffset(document.text, start.offset)',
      'toUtf8Offset(document.text, start.offset)',
      '[toUtf8(start.offset), toUtf8(end.offset)]'
    ])
  })

  it.each(stated)('line $line: $expression is what its comment says', ({ expression, value, setup }) => {
    // The blocks that show no import use `parse` as the other examples do.
    const code = setup.includes('= core') ? setup : `const { parse } = core\n${setup}`
    const actual: unknown = new Function('core', `${code}\nreturn (${expression})`)(core)
    expect(JSON.parse(JSON.stringify(actual))).toEqual(value)
  })

  it('has its examples found', () => {
    expect(examples.length).toBe(21)
  })

  it.each(examples)('line $line: $part is what parse gives', ({ part, input, json }) => {
    const document = documentOf(input)
    const value: unknown = new Function('document', `return (${part})`)(document)
    expect(JSON.parse(JSON.stringify(value))).toEqual(JSON.parse(json))
  })
})
