import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@corpus/source'] },
  test: { include: ['test/**/*.test.ts'] }
})
