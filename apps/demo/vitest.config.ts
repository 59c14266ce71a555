import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript sources, as in the packages' own tests: nothing needs a build.
export default defineConfig({
  resolve: { conditions: ['@corpus/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@corpus/source', 'module', 'node', 'development|production'] } },
  // The page works in a browser on a machine that may be loaded: a poll waits up to 30 s for what it expects.
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, expect: { poll: { timeout: 30_000 } } }
})
