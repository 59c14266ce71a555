/** What was measured: the `@corpus/core` build and the machine. */
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import process from 'node:process'
import { join } from 'node:path'
import { ROOT } from './paths.js'

/** `@corpus/core 0.1.0, dist <sha> built <time>, git <sha> (+ uncommitted changes in packages/core)`. */
export function coreVersion() {
  const dir = join(ROOT, 'packages', 'core')
  const parts = []
  try {
    parts.push(`@corpus/core ${JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version}`)
  } catch {
    parts.push('@corpus/core (no package.json)')
  }
  try {
    // The entry re-exports chunks: hash every built script.
    const dist = join(dir, 'dist')
    const scripts = readdirSync(dist, { recursive: true }).filter((name) => name.endsWith('.js')).sort()
    const hash = createHash('sha256')
    for (const name of scripts) hash.update(name).update('\0').update(readFileSync(join(dist, name)))
    const built = statSync(join(dist, 'index.js')).mtime.toISOString().replace(/\.\d+Z$/, 'Z')
    parts.push(`dist ${hash.digest('hex').slice(0, 12)} (sha-256 of its ${scripts.length} .js files) built ${built}`)
  } catch {
    parts.push('not built (no dist/index.js)')
  }
  const head = git(['rev-parse', '--short', 'HEAD'])
  if (head) {
    const dirty = git(['status', '--porcelain', '--', 'packages/core'])
    parts.push(`git ${head}${dirty ? ' + uncommitted changes in packages/core' : ''}`)
  }
  return parts.join(', ')
}

export function machine() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU'
  // Other work on the machine skews every row: say how busy it was.
  const load = loadavg()[0]
  return `Node ${process.version}, ${cpu} × ${cpus().length}, ${process.platform}-${process.arch}, load average ${load.toFixed(2)} at start`
}

function git(args) {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}
