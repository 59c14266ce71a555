import { readFileSync } from 'node:fs'
import * as core from '@corpus/core'
import { describe, expect, it } from 'vitest'
import * as jsonld from '../src/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const use = readme.slice(readme.indexOf('## Use'), readme.indexOf('## API'))
const [, code = '', output = ''] = /```js\n([\s\S]*?)```[\s\S]*?```json\n([\s\S]*?)```/.exec(use) ?? []

describe('README', () => {
  it('prints what it says it prints', () => {
    const printed: string[] = []
    // The example's imports are given as arguments: the code runs as written, less its import lines.
    const body = code.replace(/^import .*$/gm, '')
    const run = new Function('parse', 'toJsonLd', 'console', body) as (...args: unknown[]) => void
    run(core.parse, jsonld.toJsonLd, { log: (value: string) => printed.push(value) })
    expect(code).toContain("from '@corpus/jsonld'")
    expect(printed.join('\n')).toBe(output.trimEnd())
  })
})
