import type { Io } from './io.js'

// At most this often (ms): a terminal redrawn on every file slows a fast run.
const EVERY = 100

/**
 * A progress line on standard error (count, rate, estimated time left), only
 * on a terminal and unless quiet: piped or logged output stays clean.
 */
export class Progress {
  readonly #stream: Io['stderr']
  readonly #enabled: boolean
  readonly #started = performance.now()
  #total: number | null = null
  #done = 0
  #drawn = 0
  #shown = false

  constructor(io: Io, quiet: boolean, readonly unit = 'files') {
    this.#stream = io.stderr
    this.#enabled = !quiet && io.stderr.isTTY === true
  }

  /** How many items will come, once known. */
  total(count: number): void {
    this.#total = count
  }

  /** One more item done. */
  tick(): void {
    this.#done++
    const now = performance.now()
    if (!this.#enabled || now - this.#drawn < EVERY) return
    this.#drawn = now
    this.#stream.write(`\r\x1b[K${progressLine(this.#done, this.#total, (now - this.#started) / 1000, this.unit)}`)
    this.#shown = true
  }

  /** Clears the line, before other output or at the end. */
  clear(): void {
    if (this.#shown) this.#stream.write('\r\x1b[K')
    this.#shown = false
  }
}

/** `1,234/20,000 files  6%  850 files/s  1:19 left`; without a total, the count and the rate. */
export function progressLine(done: number, total: number | null, seconds: number, unit: string): string {
  const rate = seconds > 0 ? done / seconds : 0
  const count = total === null ? `${format(done)} ${unit}` : `${format(done)}/${format(total)} ${unit}  ${Math.floor((100 * done) / Math.max(total, 1))}%`
  const left = total !== null && rate > 0 ? `  ${duration((total - done) / rate)} left` : ''
  return `${count}  ${format(Math.round(rate))} ${unit}/s${left}`
}

const format = (value: number) => value.toLocaleString('en-US')

/** `0:07`, `12:34`, `1:02:03`. */
export function duration(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const rest = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
