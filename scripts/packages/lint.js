// publint and @arethetypeswrong/cli on each packed tarball: what npm will serve,
// not the workspace folder.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** Runs the linters on the tarball at `tarball`; returns how many failed. A package with no entry point (a command only) has no types for attw. */
export function lintTarball(tarball, hasEntryPoint, root) {
  let failed = 0
  for (const [command, args] of [['publint', ['--strict', tarball]], ...(hasEntryPoint ? [['attw', [tarball, '--profile', 'esm-only']]] : [])]) {
    console.log(`\n$ ${command} ${args.join(' ')}`)
    try {
      // The workspace's own binaries, whether or not a package manager put them on the PATH.
      execFileSync(join(root, 'node_modules', '.bin', command), args, { stdio: 'inherit' })
    } catch {
      failed++
    }
  }
  return failed
}
