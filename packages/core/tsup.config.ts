import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' },
  format: ['esm'],
  // Declarations come from tsc (tsconfig.build.json): tsup's bundled ones have hashed chunk names and no maps.
  dts: false,
  // Maps to the sources, which the package ships (so no copy of them in the maps).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false
  },
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: [/^node:/]
})
