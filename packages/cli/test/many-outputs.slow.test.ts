import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusCommand } from './in-process.js'
import { scratch } from './run.js'

// More names than a call takes arguments (about 120,000 here): spread into one call, they overflowed the stack.
const FILES = 150_000

describe('corpus export over an earlier export of many files', () => {
  it(`refuses ${FILES.toLocaleString('en-US')} existing outputs with the usual message instead of a stack overflow`, async () => {
    const root = scratch()
    const input = join(root, 'in')
    const out = join(root, 'out')
    mkdirSync(input)
    mkdirSync(join(out, 'markdown'), { recursive: true })
    const stems = Array.from({ length: FILES }, (_, index) => `${String(index).padStart(6, '0')}_0123456789abcdef`)
    for (const stem of stems) {
      writeFileSync(join(input, `${stem}.txt`), 'a.\n')
      writeFileSync(join(out, 'markdown', `${stem}.md`), '')
    }
    try {
      const result = await corpusCommand(['export', input, '--format', 'markdown', '--out', out], root)
      const shown = stems.slice(0, 5).map((stem) => `  out/markdown/${stem}.md\n`)
      expect(result).toEqual({ code: 2, stdout: '', stderr: `Not overwriting 150,000 files that exist (pass --force to replace them):\n${shown.join('')}  and 149,995 more\n` })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }, 300_000)
})
