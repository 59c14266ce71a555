/** (b′) `@corpus/core` `parse` with its defaults: as row (b), plus language detection (franc-min) and pure-JS SHA-256. */
export const label = '@corpus/core parse + language + JS sha256'
export const unit = 'sentences'

export async function load() {
  const { parse } = await import('@corpus/core')
  return {
    run: (bytes, file) => parse(bytes, { file }),
    count: (document) => document.sentences.length
  }
}
