import { defineConfig } from 'vite'

// The packages' TypeScript sources, as the tests use them: the demo needs no build of them.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@corpus/source', 'module', 'browser', 'development|production'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 }
})
