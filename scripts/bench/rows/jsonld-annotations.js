/** `@corpus/jsonld` with Web Annotations: `toJsonLd(document, { annotations: true })` + `JSON.stringify`. */
import { timeExport } from './export.js'

export const label = '@corpus/jsonld with annotations'
export const unit = 'characters'

export async function load() {
  const { toJsonLd } = await import('@corpus/jsonld')
  return { runAll: (dir, names) => timeExport(dir, names, (document) => JSON.stringify(toJsonLd(document, { annotations: true }))) }
}
