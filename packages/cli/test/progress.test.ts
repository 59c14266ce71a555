import { PassThrough } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import type { Io } from '../src/io.js'
import { duration, Progress, progressLine } from '../src/progress.js'

function terminal(isTTY: boolean): { io: Io; written: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY })
  let text = ''
  stderr.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
  return { io: { stdin: new PassThrough(), stdout: new PassThrough(), stderr, cwd: '/' }, written: () => text }
}

describe('the progress line', () => {
  it('tells the count, the share, the rate and the time left', () => {
    expect(progressLine(1234, 20000, 2, 'files')).toBe('1,234/20,000 files  6%  617 files/s  0:31 left')
    expect(progressLine(50, null, 0.5, 'files')).toBe('50 files  100 files/s')
    expect(progressLine(0, 10, 0, 'files')).toBe('0/10 files  0%  0 files/s')
    expect([0, 7, 59.2, 754, 3723].map(duration)).toEqual(['0:00', '0:07', '1:00', '12:34', '1:02:03'])
  })

  it('is drawn on a terminal, at most every 100 ms, and cleared', () => {
    vi.useFakeTimers({ toFake: ['performance'] })
    const { io, written } = terminal(true)
    const progress = new Progress(io, false)
    progress.total(3)
    vi.advanceTimersByTime(150)
    progress.tick()
    progress.tick()
    vi.advanceTimersByTime(150)
    progress.tick()
    progress.clear()
    vi.useRealTimers()
    expect(written()).toBe('\r\x1b[K1/3 files  33%  7 files/s  0:01 left\r\x1b[K3/3 files  100%  10 files/s  0:00 left\r\x1b[K')
  })

  it('is not drawn when quiet or not on a terminal', () => {
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true]
    ] as const) {
      const { io, written } = terminal(isTTY)
      const progress = new Progress(io, quiet)
      for (let index = 0; index < 5; index++) progress.tick()
      progress.clear()
      expect(written()).toBe('')
    }
  })
})
