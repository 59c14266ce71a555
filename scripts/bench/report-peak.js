// Preloaded into a spawned command (`node --import`): writes the command's peak
// RSS in KiB to the file named by BENCH_PEAK_FILE as it exits, since a parent
// cannot read a child's peak memory from Node.
import { writeFileSync } from 'node:fs'
import process from 'node:process'

process.on('exit', () => {
  if (process.env.BENCH_PEAK_FILE) writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS))
})
