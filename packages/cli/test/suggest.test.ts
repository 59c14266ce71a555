import { describe, expect, it } from 'vitest'
import { didYouMean, editDistance, suggest } from '../src/suggest.js'

const COMMANDS = ['export', 'inspect', 'lint', 'merge', 'stats']
const EXPORT = ['--help', '--quiet', '--out', '--format', '--force', '--jobs', '--max-file-size', '--follow-symlinks']

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one each', () => {
    expect(editDistance('export', 'export')).toBe(0)
    expect(editDistance('exprot', 'export')).toBe(1)
    expect(editDistance('outt', 'out')).toBe(1)
    expect(editDistance('ot', 'out')).toBe(1)
    expect(editDistance('jsom', 'json')).toBe(1)
    expect(editDistance('ca', 'abc')).toBe(3)
    expect(editDistance('', 'lint')).toBe(4)
    expect(editDistance('été', 'ete')).toBe(2)
  })
})

describe('suggest', () => {
  it('names the nearest commands and options, within a third of the word', () => {
    expect(suggest('exprot', COMMANDS)).toEqual(['export'])
    expect(suggest('lnit', COMMANDS)).toEqual(['lint'])
    expect(suggest('STATS', COMMANDS)).toEqual(['stats'])
    expect(suggest('--outt', EXPORT)).toEqual(['--out'])
    expect(suggest('--fromat', EXPORT)).toEqual(['--format'])
    expect(suggest('--follow-symlink', EXPORT)).toEqual(['--follow-symlinks'])
    expect(suggest('frobnicate', COMMANDS)).toEqual([])
    expect(suggest('--verbose', EXPORT)).toEqual([])
  })

  it('falls back on the options a word begins, at most three', () => {
    expect(suggest('--max', EXPORT)).toEqual(['--max-file-size'])
    expect(suggest('--fo', EXPORT)).toEqual(['--format', '--force', '--follow-symlinks'])
    expect(suggest('--f', EXPORT)).toEqual([])
    expect(suggest('--', EXPORT)).toEqual([])
  })

  it('says it in a sentence', () => {
    expect(didYouMean([])).toBe('')
    expect(didYouMean(['--out'])).toBe('. Did you mean --out?')
    expect(didYouMean(['--format', '--force', '--follow-symlinks'])).toBe('. Did you mean --format, --force or --follow-symlinks?')
  })
})
