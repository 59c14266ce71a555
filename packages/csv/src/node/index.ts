export { existingTables, writeCsvTables, type WriteCsvOptions, type WrittenTables } from './write-tables.js'
