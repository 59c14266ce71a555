import type { TableName } from '@corpus/csv'
import type { Format } from './exports.js'

/** The exports of one document, each made when first asked for. */
export interface LazyExports<T> {
  /** The export in `format` (for CSV, of `table`): made at the first call, the same one at the next; a failed one is made again. */
  get(format: Format, table: TableName): Promise<T>
  /** Forgets every export, each `release`d once made: the document changed. */
  clear(): void
}

/**
 * Exports made by `make` only when asked for, and kept until `clear`: a tab
 * shown again shows what it showed, with no work. The table counts only for
 * the CSV, the one format with tables.
 */
export function lazyExports<T>(make: (format: Format, table: TableName) => Promise<T>, release: (value: T) => void = () => {}): LazyExports<T> {
  const made = new Map<string, Promise<T>>()
  return {
    get(format, table) {
      const key = format === 'csv' ? `csv ${table}` : format
      const known = made.get(key)
      if (known) return known
      const making = make(format, table)
      made.set(key, making)
      // Not kept when it fails (a cancel, a worker that stopped): asked again, it is made again.
      making.catch(() => {
        if (made.get(key) === making) made.delete(key)
      })
      return making
    },
    clear() {
      for (const making of made.values()) making.then(release, () => {})
      made.clear()
    }
  }
}
