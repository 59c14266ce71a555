// Checks every publishable package as npm will ship it: publint on the package
// and @arethetypeswrong/cli on its packed tarball. Run after `turbo run build`.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

const packages = readdirSync('packages', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `packages/${entry.name}`)
  .filter((dir) => !JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).private)

// A package that is only a command (a `bin`, no entry point) has no types for attw to check.
const hasEntryPoint = (dir) => Boolean(JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).exports?.['.'])

let failed = 0
for (const dir of packages) {
  for (const [command, args] of [
    ['publint', ['--strict', dir]],
    ...(hasEntryPoint(dir) ? [['attw', ['--pack', dir, '--profile', 'esm-only']]] : [])
  ]) {
    console.log(`\n$ ${command} ${args.join(' ')}`)
    try {
      execFileSync(command, args, { stdio: 'inherit' })
    } catch {
      failed++
    }
  }
}
console.log(`\n${packages.length} packages checked, ${failed} checks failed.`)
process.exitCode = failed > 0 ? 1 : 0
