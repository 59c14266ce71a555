// A fresh project outside the workspace, with the packed tarballs installed by
// npm (no workspace links, no hoisting luck), and the checks run there.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { isDeepStrictEqual } from 'node:util'
import { examples, fencedBlocks, installedBy, runExample } from '../readmes/examples.js'

const FIXTURES = new URL('./consumer/', import.meta.url)

/** Makes the project in `dir` and installs `tarballs` into it with npm. */
export function installProject(dir, tarballs) {
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'corpus-consumer', private: true, type: 'module' }, null, 2)}\n`)
  for (const name of readdirSync(FIXTURES)) copyFileSync(new URL(name, FIXTURES), join(dir, name))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: dir, stdio: 'inherit' })
}

/** The small real job, run with the installed packages and with the workspace's builds: the same output. */
export function runJob(dir, root, scratch) {
  const job = (cwd, script, out) => JSON.parse(execFileSync(process.execPath, [script, join(root, 'sample', readdirSync(join(root, 'sample')).sort()[0]), join(root, 'sample'), out], { cwd, encoding: 'utf8' }))
  const installed = job(dir, join(dir, 'smoke.mjs'), join(scratch, 'tables-installed'))
  const workspace = job(root, new URL('smoke.mjs', FIXTURES).pathname, join(scratch, 'tables-workspace'))
  if (!isDeepStrictEqual(installed, workspace)) throw new Error('the installed packages and the workspace builds give different results')
  if (installed.corpus < 2 || installed.tables.length !== 8 || installed.blocks < 1) throw new Error(`the job did too little: ${installed.corpus} documents, ${installed.tables.length} tables`)
  return `${installed.corpus} documents read, 8 tables written, one document in every format (language ${installed.language})`
}

/**
 * The oldest TypeScript the packages' types support, as their READMEs say:
 * TypeScript 5.0 cannot check the declarations of vfile, which
 * @corpus/markdown's unified brings (a getter and its setter of unrelated types).
 */
export const OLDEST_TYPESCRIPT = '5.1.6'

/**
 * The TypeScript consumer, compiled with each module resolution by the
 * workspace's TypeScript, then by the oldest one supported, fetched from npm
 * (`module: preserve` came in 5.4: with it, bundler resolution goes with `es2022`).
 */
export function typeCheck(dir, root) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  for (const resolution of ['node16', 'bundler']) execFileSync(process.execPath, [tsc, '-p', join(dir, `tsconfig.${resolution}.json`)], { cwd: dir, stdio: 'inherit' })
  for (const config of ['node16', 'bundler-es2022']) {
    execFileSync('npx', ['-y', '-p', `typescript@${OLDEST_TYPESCRIPT}`, 'tsc', '-p', join(dir, `tsconfig.${config}.json`)], { cwd: dir, stdio: 'inherit' })
  }
  return `consumer.ts compiles with moduleResolution node16 and bundler, with TypeScript ${typescriptVersion(root)} and ${OLDEST_TYPESCRIPT} (the oldest supported), and its three wrong uses do not`
}

const typescriptVersion = (root) => JSON.parse(readFileSync(join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')).version

/** The `corpus` binary as npm installed it. */
export function runBinary(dir, root, version) {
  const corpus = join(dir, 'node_modules', '.bin', 'corpus')
  const shown = execFileSync(corpus, ['--version'], { encoding: 'utf8' }).trim()
  if (!shown.includes(version)) throw new Error(`corpus --version printed ${shown}, not ${version}`)
  const out = join(dir, 'export')
  execFileSync(corpus, ['export', join(root, 'sample'), '--out', out, '--quiet'], { stdio: 'inherit' })
  // Hidden entries are the CSV table set's generation folder and its link.
  const count = (folder) => readdirSync(join(out, folder)).filter((name) => !name.startsWith('.')).length
  const inputs = readdirSync(join(root, 'sample')).filter((name) => name.endsWith('.txt')).length
  if (count('jsonld') !== inputs || count('markdown') !== inputs || count('csv') !== 10) throw new Error('corpus export wrote the wrong files')
  return `corpus ${shown}; corpus export wrote ${inputs} JSON-LD, ${inputs} Markdown and 10 CSV files`
}

/**
 * The README examples run again, as a reader would: with the installed
 * packages, and beside them only what the READMEs say to install.
 */
export function runReadmeExamples(dir, root, packages) {
  const readmes = [join(root, 'README.md'), ...packages.map((pkg) => join(pkg.dir, 'README.md'))].map((path) => ({ path, blocks: fencedBlocks(readFileSync(path, 'utf8')) }))
  const ours = new Set(packages.map((pkg) => pkg.name))
  const extras = [...new Set(readmes.flatMap(({ blocks }) => [...installedBy(blocks)]))].filter((name) => !ours.has(name)).sort()
  if (extras.length > 0) execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...extras], { cwd: dir, stdio: 'inherit' })
  const modules = join(dir, 'readme-examples')
  mkdirSync(modules)
  const corpus = [join(dir, 'node_modules', '.bin', 'corpus')]
  // The TypeScript the READMEs have a reader install, else the workspace's.
  const tsc = [dir, root].map((folder) => join(folder, 'node_modules', 'typescript', 'bin', 'tsc')).find((path) => existsSync(path))
  let run = 0
  const failures = []
  for (const { path, blocks } of readmes) {
    for (const example of examples(blocks)) {
      run++
      const { ok, message } = runExample(example, { sample: join(root, 'sample'), modules, corpus, tsc, name: `example-${run}` })
      if (!ok) failures.push(`${relative(root, path)}:${example.line}: ${message}`)
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n'))
  if (run === 0) throw new Error('no README example found')
  return `${run} README examples run with the installed packages${extras.length > 0 ? ` and ${extras.join(', ')} (as the READMEs say to install)` : ''}, each printing what its README shows`
}
