/**
 * The exporters' floor: `JSON.stringify` of the core model, documents already
 * parsed (see export.js).
 */
import { timeExport } from './export.js'

export const label = 'JSON.stringify(document) (exporters’ floor)'
export const unit = 'characters'

export async function load() {
  return { runAll: (dir, names) => timeExport(dir, names, (document) => JSON.stringify(document)) }
}
