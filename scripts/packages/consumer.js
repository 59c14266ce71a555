// A fresh project outside the workspace, with the packed tarballs installed by
// npm (no workspace links, no hoisting luck), and the checks run there.
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { delimiter, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { build } from 'esbuild'
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

/** The TypeScript consumer, compiled with each module resolution. */
export function typeCheck(dir, root) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  for (const resolution of ['node16', 'bundler']) execFileSync(process.execPath, [tsc, '-p', join(dir, `tsconfig.${resolution}.json`)], { cwd: dir, stdio: 'inherit' })
  return 'consumer.ts compiles with moduleResolution node16 and bundler, and its wrong use does not'
}

/** The `corpus` binary as npm installed it. */
export function runBinary(dir, root, version) {
  const corpus = join(dir, 'node_modules', '.bin', 'corpus')
  const shown = execFileSync(corpus, ['--version'], { encoding: 'utf8' }).trim()
  if (!shown.includes(version)) throw new Error(`corpus --version printed ${shown}, not ${version}`)
  const out = join(dir, 'export')
  execFileSync(corpus, ['export', join(root, 'sample'), '--out', out, '--quiet'], { stdio: 'inherit' })
  const count = (folder) => readdirSync(join(out, folder)).length
  const inputs = readdirSync(join(root, 'sample')).filter((name) => name.endsWith('.txt')).length
  if (count('jsonld') !== inputs || count('markdown') !== inputs || count('csv') !== 10) throw new Error('corpus export wrote the wrong files')
  return `corpus ${shown}; corpus export wrote ${inputs} JSON-LD, ${inputs} Markdown and 10 CSV files`
}

/**
 * The README examples run again, as a reader would: with the installed
 * packages, and beside them only what the READMEs say to install.
 */
export function runReadmeExamples(dir, root, packages) {
  const readmes = [join(root, 'README.md'), ...packages.map((pkg) => join(pkg.dir, 'README.md'))].map((path) => ({ path, markdown: readFileSync(path, 'utf8') }))
  const ours = new Set(packages.map((pkg) => pkg.name))
  const extras = [...new Set(readmes.flatMap(({ markdown }) => [...installedBy(fencedBlocks(markdown))]))].filter((name) => !ours.has(name)).sort()
  if (extras.length > 0) execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...extras], { cwd: dir, stdio: 'inherit' })
  const modules = join(dir, 'readme-examples')
  mkdirSync(modules)
  const corpus = [join(dir, 'node_modules', '.bin', 'corpus')]
  let run = 0
  const failures = []
  for (const { path, markdown } of readmes) {
    for (const example of examples(markdown)) {
      run++
      const { ok, message } = runExample(example, { sample: join(root, 'sample'), modules, corpus, name: `example-${run}` })
      if (!ok) failures.push(`${relative(root, path)}:${example.line}: ${message}`)
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n'))
  if (run === 0) throw new Error('no README example found')
  return `${run} README examples run with the installed packages${extras.length > 0 ? ` and ${extras.join(', ')} (as the READMEs say to install)` : ''}, each printing what its README shows`
}

/** Chromium's path: `CHROMIUM_PATH`, else `chromium` or `chromium-browser` on the PATH; or null. */
function chromiumPath() {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((folder) => [join(folder, 'chromium'), join(folder, 'chromium-browser')])
  return [process.env.CHROMIUM_PATH, ...onPath].find((path) => path && existsSync(path)) ?? null
}

/**
 * A script element that runs `script` whatever its text: base64 in the page
 * (its text could end an element early), run inline so that its errors keep
 * their message (a file's script reports only "Script error.").
 */
const inlineScript = (script) => `<script>
const bundle = document.createElement('script')
bundle.textContent = new TextDecoder().decode(Uint8Array.from(atob('${Buffer.from(script).toString('base64')}'), (c) => c.charCodeAt(0)))
document.head.append(bundle)
</script>`

/** Runs `script` (an IIFE) in a page of headless Chromium; returns what it put in `#result`. */
function runInChromium(chromium, script, dir) {
  const page = join(dir, 'browser.html')
  // Base64, so that the DOM dump holds the JSON as it was, whatever its characters.
  const report = `<script>
let failure = null
addEventListener('error', (event) => { failure = String(event.message) })
addEventListener('load', () => {
  const value = failure === null ? globalThis.corpusBrowser ?? { error: 'the bundle left no result' } : { error: failure }
  let binary = ''
  for (const byte of new TextEncoder().encode(JSON.stringify(value))) binary += String.fromCharCode(byte)
  document.getElementById('result').textContent = btoa(binary)
})
</script>`
  writeFileSync(page, `<!doctype html><meta charset="utf-8"><pre id="result"></pre>${report}${inlineScript(script)}`)
  // Its own profile in the scratch folder (nothing left in the home folder or /tmp), no crash reports, no reliance on a large /dev/shm.
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-crash-reporter', '--no-first-run', `--user-data-dir=${join(dir, 'chromium-profile')}`]
  let dom
  try {
    dom = execFileSync(chromium, [...flags, '--dump-dom', pathToFileURL(page).href], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const said = String(error.stderr ?? '').trim().split('\n').slice(-5).join('\n')
    throw new Error(`Chromium failed (${error.code ?? error.signal ?? `exit code ${error.status}`})${said ? `:\n${said}` : ''}`)
  }
  const base64 = /<pre id="result">([A-Za-z0-9+/=]*)<\/pre>/.exec(dom)?.[1]
  if (!base64) throw new Error('Chromium ran the page but it reported nothing')
  const reported = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'))
  if (reported.error) throw new Error(`in Chromium: ${reported.error}`)
  return reported
}

/**
 * The main entries of the `libraries` bundled for the browser: no Node built-in
 * may be needed, and the browser job run from the bundle in headless Chromium
 * (where nothing of Node's is defined) gives what it gives in Node.
 */
export async function bundleForBrowser(dir, libraries, article) {
  const base64 = readFileSync(article).toString('base64')
  const entry = [
    ...libraries.map((pkg, index) => `import * as library${index} from '${pkg.name}'`),
    `import { job } from './browser.mjs'`,
    `globalThis.corpusBrowser = {`,
    `  exports: [${libraries.map((_, index) => `Object.keys(library${index}).length`).join(', ')}],`,
    `  result: job(Uint8Array.from(atob('${base64}'), (c) => c.charCodeAt(0)))`,
    `}`
  ].join('\n')
  writeFileSync(join(dir, 'browser-entry.mjs'), entry)
  const result = await build({ entryPoints: [join(dir, 'browser-entry.mjs')], absWorkingDir: dir, bundle: true, platform: 'browser', format: 'iife', write: false, metafile: true, logLevel: 'silent' })
  const inputs = Object.keys(result.metafile.inputs)
  const builtins = inputs.filter((input) => input.startsWith('node:') || /(^|\/)node_modules\/(fs|path|os|crypto|stream|buffer|util|url|worker_threads|child_process)\//.test(input))
  if (builtins.length > 0) throw new Error(`the browser bundle needs ${builtins.join(', ')}`)
  if (result.warnings.length > 0) throw new Error(`esbuild warns: ${result.warnings.map((warning) => warning.text).join('; ')}`)
  const [bundle] = result.outputFiles
  if (!bundle) throw new Error('esbuild wrote no bundle')
  const bundled = `${libraries.map((pkg) => pkg.name).join(', ')} bundled from ${inputs.length} modules (${(bundle.contents.length / 1024).toFixed(0)} KiB unminified), no Node built-in`

  const chromium = chromiumPath()
  if (chromium === null) {
    if (process.env.CORPUS_REQUIRE_BROWSER === '1') throw new Error('no Chromium: install Debian’s `chromium` package, or set CHROMIUM_PATH')
    return `${bundled}; not run: no Chromium (install Debian’s \`chromium\`, or set CHROMIUM_PATH)`
  }
  const { exports, result: inBrowser } = runInChromium(chromium, bundle.text, dir)
  const empty = libraries.filter((_, index) => !(exports[index] > 0)).map((pkg) => pkg.name)
  if (empty.length > 0) throw new Error(`the bundle holds nothing of ${empty.join(', ')}`)
  const script = `import { readFileSync } from 'node:fs'; import { job } from './browser.mjs'; process.stdout.write(JSON.stringify(job(readFileSync(process.argv[1]))))`
  const inNode = execFileSync(process.execPath, ['--input-type=module', '-e', script, article], { cwd: dir, encoding: 'utf8' })
  if (JSON.stringify(inBrowser) !== inNode) throw new Error('Chromium and Node give different results')
  return `${bundled}; run in headless Chromium, it gives what Node gives`
}
