import { defineConfig } from 'vitest/config'

// The tests run the built binary, as a user would: `pnpm test` builds it first.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 }
})
