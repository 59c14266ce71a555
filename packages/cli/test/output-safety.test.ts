import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeWhole } from '../src/output.js'
import { filesUnder, run, scratch } from './run.js'

const bytes = (text: string) => Buffer.byteLength(text)

describe('output names', () => {
  it('fit in 255 bytes with their temporary suffix, for a name of 120 two-byte letters', async () => {
    const input = scratch()
    writeFileSync(join(input, `${'é'.repeat(120)}.txt`), 'Le marché rouvre le 3 mai.\n')
    const out = scratch()
    const result = await run(['export', input, '--out', out, '--quiet'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const stem = 'é'.repeat(60)
    expect(filesUnder(join(out, 'jsonld'))).toEqual([`${stem}.jsonld`])
    expect(filesUnder(join(out, 'markdown'))).toEqual([`${stem}.md`])
  })

  it('a file of the longest name a folder takes is written whole: its temporary name is cut, not the name', () => {
    const folder = scratch()
    const name = `${'é'.repeat(124)}.jsonl`
    expect(bytes(name)).toBe(254)
    writeWhole(join(folder, name), 'un\n', false)
    expect(readdirSync(folder)).toEqual([name])
  })
})
