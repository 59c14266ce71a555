/**
 * An export killed mid-way leaves no half-written file: every file there is
 * whole, and the CSV tables (complete or nothing) are not there at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFile } from '@corpus/core/node'
import { toMarkdown } from '@corpus/markdown'
import { describe, expect, it } from 'vitest'
import { corpusOf, filesUnder, scratch, start } from './run.js'

/** Waits until `folder` holds at least `count` files. */
async function filled(folder: string, count: number): Promise<void> {
  for (let tries = 0; tries < 1000; tries++) {
    if (existsSync(folder) && readdirSync(folder).filter((name) => !name.startsWith('.')).length >= count) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${folder} never held ${count} files`)
}

describe('an interrupted export', () => {
  const corpus = corpusOf(300)

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)('on %s, stops with code %i, its temporary files removed, its outputs whole', async (signal, code) => {
    const out = scratch()
    const { child, done } = start(['export', corpus, '--out', out])
    await filled(join(out, 'markdown'), 20)
    child.kill(signal)
    const result = await done
    expect(result.code).toBe(code)
    const files = filesUnder(out)
    expect(files.filter((path) => path.endsWith('.tmp'))).toEqual([])
    expect(files.filter((path) => path.startsWith('csv/'))).toEqual([])
    const markdown = files.filter((path) => path.startsWith('markdown/'))
    expect(markdown.length).toBeGreaterThanOrEqual(20)
    expect(markdown.length).toBeLessThan(3000)
    for (const path of files.filter((name) => name.startsWith('jsonld/'))) expect(() => JSON.parse(readFileSync(join(out, path), 'utf8'))).not.toThrow()
    for (const path of markdown.slice(0, 50)) {
      const source = join(corpus, path.slice('markdown/'.length).replace(/\.md$/, '.txt'))
      expect(readFileSync(join(out, path), 'utf8')).toBe(toMarkdown(await parseFile(source)))
    }
  })

  it('killed outright, leaves no output file but whole ones', async () => {
    const out = scratch()
    const { child, done } = start(['export', corpus, '--out', out, '--format', 'jsonld'])
    await filled(out, 20)
    child.kill('SIGKILL')
    expect((await done).signal).toBe('SIGKILL')
    const files = filesUnder(out).filter((path) => !path.startsWith('.'))
    expect(files.length).toBeGreaterThanOrEqual(20)
    for (const path of files) expect(() => JSON.parse(readFileSync(join(out, path), 'utf8'))).not.toThrow()
  })
})
