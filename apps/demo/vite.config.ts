import { defineConfig } from 'vite'

// The packages' TypeScript sources, as the tests use them: the demo needs no build of them. They run in a
// Web Worker, which has no DOM: `worker` picks the builds of their dependencies made for one.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@corpus/source', 'module', 'worker', 'browser', 'development|production'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 }
})
