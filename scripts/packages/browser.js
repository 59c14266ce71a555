// The libraries as a web page gets them: bundled by esbuild for the browser
// (no Node built-in may be needed), then run in headless Chromium, where
// nothing of Node's is defined, to give what they give in Node.
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

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
