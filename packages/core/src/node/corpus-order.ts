import { parseSourceName } from '../source-name.js'

/** What the corpus order looks at for one path. */
export interface OrderKey {
  path: string
  /** Base name of the path. */
  name: string
  /** The `NNN` of a `NNN_<16 hex>.txt` name, or `null`. */
  ordinal: number | null
}

/** The order key of a path whose base name is `name`. */
export function orderKey(path: string, name: string): OrderKey {
  return { path, name, ordinal: parseSourceName(name).ordinal }
}

/** Ordinal (names without one last), then base name, then full path. */
export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  if (a.ordinal !== b.ordinal) {
    if (a.ordinal === null) return 1
    if (b.ordinal === null) return -1
    return a.ordinal - b.ordinal
  }
  return compareCodeUnits(a.name, b.name) || compareCodeUnits(a.path, b.path)
}

// Code-unit order rather than localeCompare, so the order does not depend on the machine's locale.
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
