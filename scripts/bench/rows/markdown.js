/** `@corpus/markdown`: `toMarkdown(document)`, front matter included (see export.js). */
import { timeExport } from './export.js'

export const label = '@corpus/markdown toMarkdown'
export const unit = 'characters'

export async function load() {
  const { toMarkdown } = await import('@corpus/markdown')
  return { runAll: (dir, names) => timeExport(dir, names, (document) => toMarkdown(document)) }
}
