import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

/** A maker of empty folders for a test file, all removed after its tests. */
export function scratchFolders(): () => string {
  const folders: string[] = []
  afterAll(() => {
    for (const path of folders) rmSync(path, { recursive: true, force: true })
  })
  return () => {
    const path = mkdtempSync(join(tmpdir(), 'corpus-csv-'))
    folders.push(path)
    return path
  }
}
