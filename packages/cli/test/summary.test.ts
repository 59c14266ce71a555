import { describe, expect, it } from 'vitest'
import { conflictMessage } from '../src/conflicts.js'
import { summary, type Outcome } from '../src/summary.js'

const outcome = (written: number, failed = 0): Outcome => ({ written, failed, stopped: null })

describe('the summary of an export', () => {
  it('says what was read, then what each format wrote and did not', () => {
    const text = summary({ read: 1200, withErrors: 1, notRead: 2, unchanged: 0 }, [
      { format: 'jsonld', folder: 'out/jsonld', outcome: outcome(62, 1138), kind: 'files' },
      { format: 'csv', folder: 'out/csv', outcome: outcome(0), kind: 'tables' },
      { format: 'markdown', folder: 'out/markdown', outcome: outcome(1200), kind: 'files' }
    ])
    expect(text).toBe('1,200 documents read (1 with errors, 2 inputs not read).\njsonld    62 files in out/jsonld, 1,138 documents not written\ncsv       no table written in out/csv\nmarkdown  1,200 files in out/markdown\n')
  })

  it('counts the documents left out of the tables, and the corpus files', () => {
    const text = summary({ read: 3, withErrors: 0, notRead: 0, unchanged: 0 }, [
      { format: 'csv', folder: 'out/csv', outcome: outcome(8, 1), kind: 'tables' },
      { format: 'jsonld', folder: 'out/jsonld', outcome: outcome(1), kind: 'corpus' },
      { format: 'markdown', folder: 'out/markdown', outcome: outcome(0, 3), kind: 'corpus' }
    ])
    expect(text).toBe('3 documents read.\ncsv       8 tables and their metadata in out/csv, 1 document left out\njsonld    1 file (the whole corpus) in out/jsonld\nmarkdown  the corpus file not written in out/markdown\n')
  })

  it('says that a run that read nothing wrote nothing', () => {
    expect(summary({ read: 0, withErrors: 0, notRead: 1, unchanged: 0 }, [{ format: 'csv', folder: 'out', outcome: outcome(0), kind: 'tables' }])).toBe('0 documents read (1 input not read): nothing written.\n')
  })
})

describe('the refusal to overwrite', () => {
  it('names one file, or five and how many more', () => {
    expect(conflictMessage(['out/a.md'])).toBe('Not overwriting a file that exists (pass --force to replace it):\n  out/a.md\n')
    const paths = Array.from({ length: 1205 }, (_, index) => `out/${index}.md`)
    expect(conflictMessage(paths)).toBe('Not overwriting 1,205 files that exist (pass --force to replace them):\n  out/0.md\n  out/1.md\n  out/2.md\n  out/3.md\n  out/4.md\n  and 1,200 more\n')
  })
})
