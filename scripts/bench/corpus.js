/** Lists the generated corpus: `.txt` files in name order, optionally the first `limit`. */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @param {string} dir
 * @param {number} [limit]
 * @returns {string[]} base names
 */
export function listFiles(dir, limit = Infinity) {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  return names.slice(0, limit)
}

/** Total size in bytes of `names` in `dir`. */
export function totalBytes(dir, names) {
  let total = 0
  for (const name of names) total += statSync(join(dir, name)).size
  return total
}
