import { packageConfig } from '../../test-support/vitest.js'

export default packageConfig({ sources: true })
