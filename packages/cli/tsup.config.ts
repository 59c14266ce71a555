import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { cli: 'src/cli.ts', worker: 'src/worker.ts', 'export-worker': 'src/export-worker.ts' },
  format: ['esm'],
  // Each command in chunks of its own, loaded when it runs: `corpus --version`
  // and `--help` load none, nor the packages they import (test/commands.test.ts).
  splitting: true,
  clean: true,
  // Maps to the sources, which the package ships (so no copy of them in the maps).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false
  },
  target: 'es2022',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' }
})
