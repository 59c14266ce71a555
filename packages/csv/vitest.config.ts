import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript sources, so tests need no
// build; the other conditions are Vite's defaults, which a list replaces.
export default defineConfig({
  resolve: { conditions: ['@corpus/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@corpus/source', 'module', 'node', 'development|production'] } },
  // A guard against a hang, not a speed limit: CI builds and tests on two cores at once.
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 }
})
