// The examples of docs/model.md are what `parse` gives: each JSON block after
// an example says which part of the document it shows (`yields (…)`, `gives …`),
// and the input is the `txt` or `js` block before it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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

describe('docs/model.md', () => {
  it('has its examples found', () => {
    expect(examples.length).toBe(19)
  })

  it.each(examples)('line $line: $part is what parse gives', ({ part, input, json }) => {
    const document = documentOf(input)
    const value: unknown = new Function('document', `return (${part})`)(document)
    expect(JSON.parse(JSON.stringify(value))).toEqual(JSON.parse(json))
  })
})
