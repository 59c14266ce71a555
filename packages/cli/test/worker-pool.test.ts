import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../src/worker-pool.js'

const worker = (name: string) => new URL(`./workers/${name}.mjs`, import.meta.url)
const bytes = (length: number) => new Uint8Array(length)

describe('WorkerPool', () => {
  it('gives each file its own answer, in any order of replies, and a failed file its error', async () => {
    const pool = new WorkerPool<{ bytes: Uint8Array; file: string }, number>(2, null, worker('echoes'))
    try {
      const answers = await Promise.allSettled([pool.run({ bytes: bytes(3), file: 'a.txt' }), pool.run({ bytes: bytes(5), file: 'bad.txt' }), pool.run({ bytes: bytes(8), file: 'c.txt' })])
      expect(answers).toEqual([
        { status: 'fulfilled', value: 3 },
        { status: 'rejected', reason: new Error('cannot parse bad.txt') },
        { status: 'fulfilled', value: 8 }
      ])
    } finally {
      await pool.close()
    }
  })

  it('fails the waiting files, and every later one at once, when a worker thread stops', async () => {
    const pool = new WorkerPool<{ bytes: Uint8Array; file: string }, number>(1, null, worker('exits'))
    try {
      const stopped = new Error('A worker thread stopped (exit code 3)')
      await expect(pool.run({ bytes: bytes(1), file: 'a.txt' })).rejects.toEqual(stopped)
      await expect(pool.run({ bytes: bytes(1), file: 'b.txt' })).rejects.toEqual(stopped)
    } finally {
      await pool.close()
    }
  })

  it('fails the waiting files with the error a worker thread throws', async () => {
    const pool = new WorkerPool<{ bytes: Uint8Array; file: string }, number>(2, null, worker('throws'))
    try {
      await expect(pool.run({ bytes: bytes(1), file: 'a.txt' })).rejects.toThrow('the worker broke')
      await expect(pool.run({ bytes: bytes(1), file: 'b.txt' })).rejects.toThrow('the worker broke')
    } finally {
      await pool.close()
    }
  })

  it('fails the files still waiting when it is closed, and any file given after', async () => {
    const pool = new WorkerPool<{ bytes: Uint8Array; file: string }, number>(2, null, worker('echoes'))
    await expect(pool.run({ bytes: bytes(4), file: 'a.txt' })).resolves.toBe(4)
    const stopped = new Error('The worker threads are stopped')
    const waiting = expect(pool.run({ bytes: bytes(4), file: 'b.txt' })).rejects.toEqual(stopped)
    await pool.close()
    await waiting
    await expect(pool.run({ bytes: bytes(4), file: 'c.txt' })).rejects.toEqual(stopped)
  })
})
