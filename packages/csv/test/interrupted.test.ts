/**
 * A publication that stops part-way (the disk fails, the process is killed)
 * must leave readers the earlier set of tables or the new one, never a
 * mixture, and a later run must go through.
 */
import { copyFileSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { parse, type Document } from '@corpus/core'
import { describe, expect, it, vi } from 'vitest'
import { TABLE_NAMES } from '../src/index.js'
import { NODE_FILE_SYSTEM, type FileSystem } from '../src/node/file-system.js'
import { writeTables, type WriteCsvOptions } from '../src/node/write-tables.js'
import { scratchFolders } from './support/scratch.js'

// Node's own calls, failing from `failAt` on, as a failing disk would.
const control = vi.hoisted(() => ({ calls: 0, failAt: Number.POSITIVE_INFINITY }))
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>()
  const faulty =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      control.calls++ >= control.failAt ? Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })) : call(...args)
  return { ...fs, rename: faulty(fs.rename), link: faulty(fs.link), symlink: faulty(fs.symlink) }
})

const before = [parse('Le conseil municipal de Quimper a voté « le budget » hier.\n', { file: '001_0a1b2c3d4e5f6071.txt' })]
const after = [parse('La piscine de Lorient rouvre le 3 mars, « enfin », disent les nageurs.\n', { file: '002_1b2c3d4e5f607182.txt' })]
const NAMES = [...TABLE_NAMES.map((table) => `${table}.csv`), 'datapackage.json', 'csv-metadata.json']

const scratch = scratchFolders()

/** What a reader sees: each name's text, or `null` when it cannot be opened. */
function view(folder: string): Array<string | null> {
  return NAMES.map((name) => {
    try {
      return readFileSync(join(folder, name), 'utf8')
    } catch {
      return null
    }
  })
}

const write = (documents: Document[], folder: string, options: WriteCsvOptions = {}, fs: FileSystem = NODE_FILE_SYSTEM) => writeTables(documents, folder, options, fs)

// Process ids no process can have (above Linux's largest): the earlier run's, and the stopped one's.
const EARLIER = 2 ** 22 + 1
const STOPPED = 2 ** 22 + 2
/** An earlier run, since ended. */
const earlier = (documents: Document[], folder: string) => write(documents, folder, {}, { ...NODE_FILE_SYSTEM, pid: EARLIER }).then(() => undefined)

/**
 * Node's file system, as used by a run that fails at its `failAt`-th change
 * (counted from 0): only that one (an error, which the run may clean up
 * after), or that one and every later call (the process killed there).
 */
function failing(failAt: number, killed: boolean, counted: { changes: number }): FileSystem {
  const change =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const index = counted.changes++
      return (killed ? index >= failAt : index === failAt) ? Promise.reject(new Error(`fault at change ${index}`)) : call(...args)
    }
  const look =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      killed && counted.changes > failAt ? Promise.reject(new Error('killed')) : call(...args)
  const fs = NODE_FILE_SYSTEM
  return {
    pid: STOPPED,
    running: fs.running,
    ...{ readdir: look(fs.readdir), readlink: look(fs.readlink), exists: look(fs.exists), taken: look(fs.taken) },
    ...{ mkdir: change(fs.mkdir), symlink: change(fs.symlink), rename: change(fs.rename), copy: change(fs.copy), unlink: change(fs.unlink), rmdir: change(fs.rmdir) }
  }
}

let plain: string | undefined
/** How each case starts: the folder as an earlier run (or an earlier version) left it. */
const cases: Array<[string, (folder: string) => Promise<void>, WriteCsvOptions]> = [
  ['into an empty folder', async () => undefined, {}],
  ['over an earlier set', (folder) => earlier(before, folder), { overwrite: true }],
  [
    'over the plain files of an earlier version',
    async (folder) => {
      plain ??= scratch()
      if (readdirSync(plain).length === 0) await earlier(before, plain)
      for (const name of NAMES) copyFileSync(join(plain, name), join(folder, name))
    },
    { overwrite: true }
  ],
  ['over an earlier set of more tables', (folder) => earlier(before, folder), { overwrite: true, tables: ['documents', 'quotes'] }]
]

describe('a publication stopped at any step', () => {
  it.each(cases)('%s, leaves the earlier tables or the new ones, never some of each, and the next run goes through', async (_, prepare, options) => {
    const reference = scratch()
    await prepare(reference)
    const old = view(reference)
    const counted = { changes: 0 }
    await write(after, reference, options, failing(Number.POSITIVE_INFINITY, false, counted))
    const fresh = view(reference)
    expect(fresh).not.toEqual(old)
    for (let failAt = 0; failAt < counted.changes; failAt++) {
      for (const killed of [false, true]) {
        const folder = scratch()
        await prepare(folder)
        const outcome = await write(after, folder, options, failing(failAt, killed, { changes: 0 })).then(
          () => 'written',
          (error: Error) => error.message
        )
        const seen = view(folder)
        expect([old, fresh], `${killed ? 'killed' : 'failed'} at change ${failAt}: ${outcome}`).toContainEqual(seen)
        // The next run, overwriting only if a set is there.
        const overwrite = options.overwrite === true || seen.some((text) => text !== null)
        await write(after, folder, { ...options, overwrite })
        expect(view(folder)).toEqual(fresh)
        const hidden = readdirSync(folder).filter((name) => name.startsWith('.'))
        expect(hidden.sort()).toEqual(['.corpus-tables', readlinkSync(join(folder, '.corpus-tables'))].sort())
      }
    }
  })
})

describe('Node’s file system failing', () => {
  it('at any rename or link of a publication over an earlier set, leaves the earlier tables or the new ones', async () => {
    const reference = scratch()
    await write(after, reference)
    const fresh = view(reference)
    for (let failAt = 0; failAt < 12; failAt++) {
      const folder = scratch()
      control.failAt = Number.POSITIVE_INFINITY
      await write(before, folder)
      const old = view(folder)
      control.calls = 0
      control.failAt = failAt
      const outcome = await write(after, folder, { overwrite: true }).then(
        () => 'written',
        (error: Error) => error.message
      )
      control.failAt = Number.POSITIVE_INFINITY
      expect([old, fresh], `fault at call ${failAt}: ${outcome}`).toContainEqual(view(folder))
    }
  })
})
