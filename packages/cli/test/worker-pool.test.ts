import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../src/worker-pool.js'

const worker = (name: string) => new URL(`./workers/${name}.mjs`, import.meta.url)
const bytes = (length: number) => new Uint8Array(length)

describe('WorkerPool', () => {
  it('gives each file its own answer, in any order of replies, and a failed file its error', async () => {
    const pool = new WorkerPool<number>(2, null, worker('echoes'))
    try {
      const answers = await Promise.allSettled([pool.parse(bytes(3), 'a.txt', {}), pool.parse(bytes(5), 'bad.txt', {}), pool.parse(bytes(8), 'c.txt', {})])
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
    const pool = new WorkerPool<number>(1, null, worker('exits'))
    try {
      const stopped = new Error('A worker thread stopped (exit code 3)')
      await expect(pool.parse(bytes(1), 'a.txt', {})).rejects.toEqual(stopped)
      await expect(pool.parse(bytes(1), 'b.txt', {})).rejects.toEqual(stopped)
    } finally {
      await pool.close()
    }
  })

  it('fails the waiting files with the error a worker thread throws', async () => {
    const pool = new WorkerPool<number>(2, null, worker('throws'))
    try {
      await expect(pool.parse(bytes(1), 'a.txt', {})).rejects.toThrow('the worker broke')
      await expect(pool.parse(bytes(1), 'b.txt', {})).rejects.toThrow('the worker broke')
    } finally {
      await pool.close()
    }
  })

  it('fails the files still waiting when it is closed, and any file given after', async () => {
    const pool = new WorkerPool<number>(2, null, worker('echoes'))
    await expect(pool.parse(bytes(4), 'a.txt', {})).resolves.toBe(4)
    const stopped = new Error('The worker threads are stopped')
    const waiting = expect(pool.parse(bytes(4), 'b.txt', {})).rejects.toEqual(stopped)
    await pool.close()
    await waiting
    await expect(pool.parse(bytes(4), 'c.txt', {})).rejects.toEqual(stopped)
  })
})
