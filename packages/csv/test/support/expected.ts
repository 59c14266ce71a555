import type { Cell, Dialect } from '../../src/index.js'

// Independent of the writer: what a strict reader must give back for a cell.
export function asRead(value: Cell, dialect: Dialect): string {
  if (value === null) return ''
  const text = String(value)
  return dialect.formulaGuard && typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
