// The API reference of each library, generated from its doc comments by
// TypeDoc (Markdown, through typedoc-plugin-markdown) into `docs/api/` of the
// package, which its README links to. Fails when a public export, or a member
// of an exported type, has no doc comment. With `--check`, writes nothing and
// fails when the committed reference is not what the sources give (run
// `pnpm docs:api` to update it).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { publishedPackages } from './packages/list.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const check = process.argv.includes('--check')
// What must carry a doc comment: everything a package exports, and the members of its types.
const DOCUMENTED = ['Function', 'Class', 'Interface', 'TypeAlias', 'Variable', 'Enum', 'Property', 'Method', 'Accessor']

/** The source files of a package's entry points: the `@corpus/source` condition of each export. */
function entryPoints(dir) {
  const { exports = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  return Object.values(exports).flatMap((target) => (typeof target === 'object' && target['@corpus/source'] ? [join(dir, target['@corpus/source'])] : []))
}

/** Every file under `dir`, relative, with its text. */
function tree(dir) {
  if (!existsSync(dir)) return new Map()
  const files = new Map()
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(dir, path), readFileSync(path, 'utf8'))
    }
  }
  walk(dir)
  return files
}

let failed = 0
const scratch = mkdtempSync(join(tmpdir(), 'corpus-api-'))
try {
  for (const pkg of publishedPackages(root).filter((item) => item.hasEntryPoint)) {
    const committed = join(pkg.dir, 'docs', 'api')
    const out = check ? join(scratch, pkg.name) : committed
    if (!check) rmSync(committed, { recursive: true, force: true })
    const args = [
      ...entryPoints(pkg.dir).flatMap((entry) => ['--entryPoints', entry]),
      ...['--tsconfig', join(pkg.dir, 'tsconfig.json'), '--out', out, '--name', pkg.name],
      ...['--plugin', 'typedoc-plugin-markdown', '--outputFileStrategy', 'modules', '--readme', 'none', '--disableSources', '--hidePageHeader'],
      ...['--validation.notDocumented', '--treatValidationWarningsAsErrors', ...DOCUMENTED.flatMap((kind) => ['--requiredToBeDocumented', kind])],
      ...['--logLevel', 'Warn']
    ]
    try {
      execFileSync(join(root, 'node_modules', '.bin', 'typedoc'), args, { cwd: pkg.dir, stdio: 'inherit' })
    } catch {
      console.log(`${pkg.name}: TypeDoc failed (an export or a member without a doc comment?)`)
      failed++
      continue
    }
    if (check) {
      const [want, have] = [tree(out), tree(committed)]
      const stale = [...new Set([...want.keys(), ...have.keys()])].filter((file) => want.get(file) !== have.get(file))
      if (stale.length > 0) {
        console.log(`${pkg.name}: docs/api is out of date (${stale.join(', ')}): run \`pnpm docs:api\``)
        failed++
      } else console.log(`${pkg.name}: docs/api is up to date, every export and member documented`)
    } else console.log(`${pkg.name}: wrote ${relative(root, committed)}`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.exitCode = failed > 0 ? 1 : 0
