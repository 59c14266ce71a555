/**
 * An export killed mid-way leaves no half-written file: every file there is
 * whole, and the CSV tables (complete or nothing) are not there at all.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFile } from '@corpus/core/node'
import { toMarkdown } from '@corpus/markdown'
import { describe, expect, it } from 'vitest'
import { corpusOf, filesUnder, hiddenUnder, run, SAMPLE, SAMPLE_FILES, scratch, start } from './run.js'

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
    ['SIGTERM', 143],
    ['SIGHUP', 129]
  ] as const)('on %s, stops with code %i, its temporary files removed, its outputs whole', async (signal, code) => {
    const out = scratch()
    const { child, done } = start(['export', corpus, '--out', out])
    await filled(join(out, 'markdown'), 20)
    child.kill(signal)
    const result = await done
    expect(result.code).toBe(code)
    const files = filesUnder(out)
    expect(hiddenUnder(out)).toEqual([])
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
    await filled(join(out, 'jsonld'), 20)
    child.kill('SIGKILL')
    expect((await done).signal).toBe('SIGKILL')
    const files = filesUnder(out).filter((path) => !path.startsWith('.'))
    expect(files.length).toBeGreaterThanOrEqual(20)
    for (const path of files) expect(() => JSON.parse(readFileSync(join(out, path), 'utf8'))).not.toThrow()
  })

  it('killed outright, leaves temporary files that the next run into the folder removes, not those of a run going on', async () => {
    const out = scratch()
    const csv = join(out, 'csv')
    const { child, done } = start(['export', corpus, '--out', out, '--format', 'csv'])
    // The tables are being written into their generation folder, in the CSV folder of --out.
    const generation = () => (existsSync(csv) ? readdirSync(csv) : []).find((name) => /^\.corpus-tables-\d+-[0-9a-f]{8}$/.test(name))
    for (let tries = 0; tries < 1000; tries++) {
      const found = generation()
      if (found !== undefined && existsSync(join(csv, found, 'blocks.csv')) && statSync(join(csv, found, 'blocks.csv')).size > 0) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    child.kill('SIGKILL')
    await done
    const stale = generation()
    expect(stale).toMatch(new RegExp(`^\\.corpus-tables-${child.pid}-`))
    // A file of the run that is gone, named as the command names its temporary files; and one of this test's process, which runs.
    const gone = `.notes.md.${child.pid}-0123abcd.tmp`
    const inUse = `.notes.md.${process.pid}-0badc0de.tmp`
    for (const name of [gone, inUse]) writeFileSync(join(csv, name), 'en cours\n')
    const again = await run(['export', SAMPLE_FILES[0] ?? '', '--out', out, '--format', 'csv', '--quiet'], { cwd: SAMPLE })
    expect(again).toMatchObject({ code: 0, stderr: '' })
    const hidden = hiddenUnder(csv)
    expect(hidden).toContain(inUse)
    expect(hidden).not.toContain(gone)
    expect(hidden).not.toContain(stale)
    expect(hidden).toHaveLength(3)
  })
})
