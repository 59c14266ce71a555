import { configDefaults, defineConfig, type ViteUserConfig } from 'vitest/config'

/** Heavy differential, fuzz and corpus-scale runs: `test:slow` runs them, one package at a time. */
const SLOW = 'test/**/*.slow.test.ts'

/** Workspace packages resolved to their TypeScript sources, so tests need no build; the other conditions are Vite's defaults, which a list replaces. */
const SOURCES: ViteUserConfig = {
  resolve: { conditions: ['@corpus/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@corpus/source', 'module', 'node', 'development|production'] } }
}

/**
 * A package's vitest configuration: the unit suite by default, the slow suite
 * with `vitest run --mode slow`. `sources: false` tests the built packages.
 */
export function packageConfig({ sources }: { sources: boolean }) {
  return defineConfig(({ mode }) => ({
    ...(sources ? SOURCES : {}),
    test:
      mode === 'slow'
        ? // One package at a time on a machine that may be busy: a guard against a hang only.
          { include: [SLOW], testTimeout: 1_800_000 }
        : // A guard against a hang, not a speed limit: CI builds and tests on two cores at once.
          { include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, SLOW], testTimeout: 60_000 }
  }))
}
