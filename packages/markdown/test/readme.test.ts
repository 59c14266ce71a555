import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import * as core from '@corpus/core'
import { describe, expect, it } from 'vitest'
import * as markdown from '../src/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const use = readme.slice(readme.indexOf('## Use'), readme.indexOf('## API'))
const [, code = '', output = ''] = /```js\n([\s\S]*?)```[\s\S]*?```txt\n([\s\S]*?)```/.exec(use) ?? []

describe('README', () => {
  it('prints what it says it prints', () => {
    const printed: string[] = []
    // The example's imports are given as arguments: the code runs as written, less its import lines.
    const run = new Function('parse', 'toMarkdown', 'fromMarkdown', 'console', code.replace(/^import .*$/gm, '')) as (...args: unknown[]) => void
    const log = (value: unknown) => printed.push(typeof value === 'string' ? value : inspect(value))
    run(core.parse, markdown.toMarkdown, markdown.fromMarkdown, { log })
    expect(code).toContain("from '@corpus/markdown'")
    expect(printed.join('\n')).toBe(output.replace(/\n$/, ''))
  })
})
