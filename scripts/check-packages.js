// Checks every publishable package as npm will ship it (run after `turbo run build`):
// publint and attw; then the packed tarballs, installed by npm into a fresh
// project outside the workspace, where a real job runs, a TypeScript consumer
// compiles, the `corpus` binary runs and the libraries bundle for the browser.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { bundleForBrowser, installProject, runBinary, runJob, typeCheck } from './packages/consumer.js'
import { dependencyProblems } from './packages/imports.js'
import { lintPackage } from './packages/lint.js'
import { publishedPackages } from './packages/list.js'
import { packPackage } from './packages/pack.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const packages = publishedPackages(root)
let failed = 0
for (const pkg of packages) failed += lintPackage(pkg, root)

const scratch = mkdtempSync(join(tmpdir(), 'corpus-packages-'))
try {
  console.log('\n$ pnpm pack (each package)')
  const packed = packages.map((pkg) => ({ pkg, ...packPackage(pkg, scratch) }))
  for (const { pkg, bytes, files } of packed) {
    const stray = files.filter((file) => !/^package\/(dist\/.+\.(js|d\.ts)|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(file))
    console.log(`${pkg.name.padEnd(18)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB packed, ${files.length} files`)
    if (stray.length > 0) {
      console.log(`  ships what does not run: ${stray.join(', ')}`)
      failed++
    }
    for (const problem of dependencyProblems(pkg, files)) {
      console.log(`  ${problem}`)
      failed++
    }
  }
  const project = join(scratch, 'consumer')
  const steps = [
    ['npm install of the tarballs', () => (installProject(project, packed.map(({ path }) => path)), `${packed.length} tarballs installed`)],
    ['a real job with every entry', () => runJob(project, root, scratch)],
    ['a TypeScript consumer', () => typeCheck(project, root)],
    ['the corpus binary', () => runBinary(project, root, packages.find((pkg) => pkg.name === '@corpus/cli')?.version ?? '')],
    ['a browser bundle', () => bundleForBrowser(project)]
  ]
  mkdirSync(project)
  for (const [what, step] of steps) {
    console.log(`\n$ ${what}`)
    try {
      console.log(`ok: ${await step()}`)
    } catch (error) {
      console.log(`failed: ${error instanceof Error ? error.message : String(error)}`)
      failed++
      if (what.startsWith('npm install')) break
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
console.log(`\n${packages.length} packages checked, ${failed} checks failed.`)
process.exitCode = failed > 0 ? 1 : 0
