// Checks every publishable package as npm will ship it (run after `turbo run build`):
// each is packed, linted (publint, attw) and its files checked; the tarballs are
// installed by npm into a fresh project outside the workspace, where a real job
// runs, a TypeScript consumer compiles, the `corpus` binary and the README
// examples run, and the libraries bundle and run for the browser; and the
// release plan names exactly them.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { bundleForBrowser } from './packages/browser.js'
import { installProject, runBinary, runJob, runReadmeExamples, typeCheck } from './packages/consumer.js'
import { dependencyProblems } from './packages/imports.js'
import { lintTarball } from './packages/lint.js'
import { publishedPackages } from './packages/list.js'
import { packPackage } from './packages/pack.js'
import { releasePlan } from './packages/release.js'
import { shippedProblems } from './packages/shipped.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const packages = publishedPackages(root)
const article = join(root, 'sample', readdirSync(join(root, 'sample')).filter((name) => name.endsWith('.txt')).sort()[0] ?? '')
let failed = 0

/** Runs a step, prints what it found; a step that throws counts as a failed check. */
async function step(what, run) {
  console.log(`\n$ ${what}`)
  try {
    console.log(`ok: ${await run()}`)
    return true
  } catch (error) {
    console.log(`failed: ${error instanceof Error ? error.message : String(error)}`)
    failed++
    return false
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'corpus-packages-'))
try {
  console.log('$ pnpm pack (each package)')
  const packed = packages.map((pkg) => ({ pkg, ...packPackage(pkg, scratch) }))
  for (const tarball of packed) {
    console.log(`${tarball.pkg.name.padEnd(18)} ${(tarball.bytes / 1024).toFixed(1).padStart(7)} KiB packed, ${tarball.files.length} files`)
    for (const problem of [...shippedProblems(tarball), ...dependencyProblems(tarball)]) {
      console.log(`  ${problem}`)
      failed++
    }
  }
  for (const { pkg, path } of packed) failed += lintTarball(path, pkg.hasEntryPoint, root)

  const project = join(scratch, 'consumer')
  mkdirSync(project)
  const installed = await step('npm install of the tarballs', () => (installProject(project, packed.map(({ path }) => path)), `${packed.length} tarballs installed`))
  if (installed) {
    await step('a real job with every entry', () => runJob(project, root, scratch))
    await step('a TypeScript consumer', () => typeCheck(project, root))
    await step('the corpus binary', () => runBinary(project, root, packages.find((pkg) => pkg.name === '@corpus/cli')?.version ?? ''))
    await step('the README examples, with the installed packages', () => runReadmeExamples(project, root, packages))
    await step('a browser bundle, run in Chromium', () => bundleForBrowser(project, packages.filter((pkg) => pkg.browser), article))
  }
  await step('the release plan of the changesets', () => releasePlan(root, packages))
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
console.log(`\n${packages.length} packages checked, ${failed} checks failed.`)
process.exitCode = failed > 0 ? 1 : 0
