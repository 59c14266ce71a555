export * from '../../../../test-support/inputs.js'
