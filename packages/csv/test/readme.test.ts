import { readFileSync } from 'node:fs'
import * as core from '@corpus/core'
import { describe, expect, it } from 'vitest'
import * as csv from '../src/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const use = readme.slice(readme.indexOf('## Use'), readme.indexOf('## API'))
const [, code = '', output = ''] = /```js\n([\s\S]*?)```[\s\S]*?```csv\n([\s\S]*?)```/.exec(use) ?? []

describe('README', () => {
  it('prints what it says it prints', () => {
    const printed: string[] = []
    // The example's imports are given as arguments: the code runs as written, less its import lines.
    const run = new Function('parse', 'toCsv', 'console', code.replace(/^import .*$/gm, '')) as (...args: unknown[]) => void
    run(core.parse, csv.toCsv, { log: (value: string) => printed.push(value) })
    expect(code).toContain("from '@corpus/csv'")
    // Records end with CRLF; the README shows lines.
    expect(printed.join('\n').replaceAll('\r\n', '\n').trimEnd()).toBe(output.trimEnd())
  })
})
