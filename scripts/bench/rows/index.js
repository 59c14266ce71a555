/** The rows of the benchmark, by id, in the order the table prints them. */
export const ROWS = ['floor', 'core', 'core-entities', 'core-entities-rules', 'core-language', 'read-corpus', 'remark', 'parse-latin', 'segmenter', 'long-paragraph', 'json-floor', 'jsonld', 'jsonld-annotations']

/** Imports one row's module: `{ label, unit, load() }`. */
export async function loadRow(id) {
  if (!/^[a-z-]+$/.test(id)) throw new Error(`Unknown row: ${id}`)
  return import(`./${id}.js`)
}
