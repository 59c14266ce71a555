import process from 'node:process'
import { setFlagsFromString } from 'node:v8'

// Node versions whose V8 is known to have the flag: an unknown one would be
// reported on standard error at every run.
const KNOWN_MAJORS = new Set([20, 22, 24])

/**
 * Has the garbage collector let the heap grow by at most a fifth past what
 * is live before it collects again, rather than up to four times: a run makes
 * garbage fast, and V8's default let a 200,000-file export peak at several
 * times its live memory. Measured on 20,000 files: peak RSS 172 → 125 MiB at
 * the same speed. Flags are process-wide, so the worker threads follow.
 */
export function keepHeapClose(): void {
  const major = Number(process.versions.node.split('.')[0])
  if (KNOWN_MAJORS.has(major)) setFlagsFromString('--heap-growing-percent=20')
}
