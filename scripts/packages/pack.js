// Packs each package as pnpm publishes it (workspace ranges replaced by versions).
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Packs `pkg` into `into`; returns the tarball's path, its size and its file list. */
export function packPackage(pkg, into) {
  const before = new Set(readdirSync(into))
  execFileSync('npx', ['-y', 'pnpm@9', 'pack', '--pack-destination', into], { cwd: pkg.dir, stdio: ['ignore', 'ignore', 'inherit'] })
  const tarball = readdirSync(into).find((name) => name.endsWith('.tgz') && !before.has(name))
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}`)
  const path = join(into, tarball)
  const files = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' }).trim().split('\n')
  return { path, bytes: statSync(path).size, files }
}
