/** `@corpus/jsonld`: `toJsonLd` + `JSON.stringify`, documents already parsed (see export.js). */
import { timeExport } from './export.js'

export const label = '@corpus/jsonld toJsonLd + JSON.stringify'
export const unit = 'characters'

export async function load() {
  const { toJsonLd } = await import('@corpus/jsonld')
  return { runAll: (dir, names) => timeExport(dir, names, (document) => JSON.stringify(toJsonLd(document))) }
}
