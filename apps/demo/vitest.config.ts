import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript sources, as in the packages' own tests: nothing needs a build.
export default defineConfig({
  resolve: { conditions: ['@corpus/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@corpus/source', 'module', 'node', 'development|production'] } },
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 }
})
