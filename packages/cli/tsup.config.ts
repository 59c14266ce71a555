import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { cli: 'src/cli.ts', worker: 'src/worker.ts', 'export-worker': 'src/export-worker.ts' },
  format: ['esm'],
  clean: true,
  target: 'es2022',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' }
})
