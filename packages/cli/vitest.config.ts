import { packageConfig } from '../../test-support/vitest.js'

// The tests run the built binary, as a user would: `pnpm test` builds it first.
export default packageConfig({ sources: false })
