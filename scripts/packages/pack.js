// Packs each package as pnpm publishes it (workspace ranges replaced by versions,
// `publishConfig` applied), and unpacks the tarball for the checks to read.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Packs `pkg` into `into`; returns the tarball's path and size, its file list
 * (`package/…`), the folder it was unpacked to and the manifest it ships.
 */
export function packPackage(pkg, into) {
  const before = new Set(readdirSync(into))
  execFileSync('npx', ['-y', 'pnpm@9', 'pack', '--pack-destination', into], { cwd: pkg.dir, stdio: ['ignore', 'ignore', 'inherit'] })
  const tarball = readdirSync(into).find((name) => name.endsWith('.tgz') && !before.has(name))
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}`)
  const path = join(into, tarball)
  const files = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' }).trim().split('\n')
  const unpacked = join(into, tarball.replace(/\.tgz$/, ''))
  mkdirSync(unpacked)
  execFileSync('tar', ['-xzf', path, '-C', unpacked])
  const dir = join(unpacked, 'package')
  return { path, bytes: statSync(path).size, files, dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }
}
