// The release plan: the workspace projects that would be published are exactly
// the checked packages (never a private app), and the changesets plan a version
// for each one that has never been released.
import { execFileSync } from 'node:child_process'
import getReleasePlan from '@changesets/get-release-plan'

/** Checks the plan; returns it in one line (`@corpus/core 0.0.0 → 0.1.0 (minor), …`). */
export async function releasePlan(root, packages) {
  const checked = new Set(packages.map((pkg) => pkg.name))
  const projects = JSON.parse(execFileSync('npx', ['-y', 'pnpm@9', '-r', 'ls', '--json', '--depth', '-1'], { cwd: root, encoding: 'utf8' }))
  const publishable = projects.filter((project) => !project.private).map((project) => project.name)
  const unchecked = publishable.filter((name) => !checked.has(name))
  if (unchecked.length > 0) throw new Error(`the workspace would publish ${unchecked.join(', ')}, which nothing checks`)
  const missing = [...checked].filter((name) => !publishable.includes(name))
  if (missing.length > 0) throw new Error(`${missing.join(', ')} would not be published`)

  // What `changeset status` computes, without its git history: a clone with no `main` branch plans the same.
  const plan = await getReleasePlan(root)
  // A private app that depends on a package is listed with the bump `none`: it is not released.
  const releases = plan.releases.filter((release) => release.type !== 'none')
  const strays = plan.changesets.flatMap((changeset) => changeset.releases.filter((release) => !checked.has(release.name)).map((release) => `${changeset.id} names ${release.name}`))
  const unpublished = releases.filter((release) => !checked.has(release.name)).map((release) => release.name)
  if (strays.length > 0 || unpublished.length > 0) throw new Error(`a changeset would release what is not published: ${[...strays, ...unpublished].join(', ')}`)
  const unplanned = packages.filter((pkg) => pkg.version === '0.0.0' && !releases.some((release) => release.name === pkg.name)).map((pkg) => pkg.name)
  if (unplanned.length > 0) throw new Error(`${unplanned.join(', ')} never released and no changeset names it`)
  // Before its first release a package's changelog is one description, not the history of its making.
  const folded = packages.filter((pkg) => pkg.version === '0.0.0').flatMap((pkg) => {
    const naming = plan.changesets.filter((changeset) => changeset.releases.some((release) => release.name === pkg.name)).map((changeset) => changeset.id)
    return naming.length > 1 ? [`${pkg.name} (${naming.join(', ')})`] : []
  })
  if (folded.length > 0) throw new Error(`a package never released has one changeset, its initial release; fold these: ${folded.join('; ')}`)
  const bumps = releases.map((release) => `${release.name} ${release.oldVersion} → ${release.newVersion} (${release.type})`)
  return `${plan.changesets.length} changesets; ${bumps.join(', ') || 'nothing to release'}; published: ${publishable.join(', ')}`
}
