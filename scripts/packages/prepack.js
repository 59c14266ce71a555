// Each package's `prepack`: a package is packed and published by pnpm, never by
// npm. pnpm replaces the `workspace:` ranges of its dependencies by versions and
// applies its `publishConfig` (the entry points without the workspace-only
// `@corpus/source` condition); npm does neither, and its tarball cannot be
// installed (EUNSUPPORTEDPROTOCOL workspace:^). pnpm and npm both say who runs
// the script in `npm_config_user_agent`.
import process from 'node:process'

const agent = process.env.npm_config_user_agent ?? ''
if (!agent.startsWith('pnpm/')) {
  const name = process.env.npm_package_name ?? 'this package'
  const by = agent.split(' ')[0] || 'a tool other than pnpm'
  console.error(`
${name} is packed and published with pnpm, not ${by}: npm would ship its
\`workspace:\` dependency ranges, which npm cannot install (EUNSUPPORTEDPROTOCOL),
and the workspace's own entry points. From the repository:

  npx -y pnpm@9 pack              in the package's folder: its tarball
  npx -y pnpm@9 check:packages    the tarballs, installed by npm as a user would
  npx -y pnpm@9 publish -r        the release (CONTRIBUTING.md, "Release")
`)
  process.exit(1)
}
