import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript sources, so tests need no
// build; the other conditions are Vite's defaults, which a list replaces.
export default defineConfig({
  resolve: { conditions: ['@corpus/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@corpus/source', 'module', 'node', 'development|production'] } },
  test: { include: ['test/**/*.test.ts'] }
})
