import { join } from 'node:path'
import type { WriteCsvOptions } from '@corpus/csv/node'
import type { JsonLdOptions } from '@corpus/jsonld'
import type { MarkdownOptions } from '@corpus/markdown'
import type { RenderPlan } from './render.js'

/** The formats `corpus export` writes, in the order it writes and lists them. */
export const FORMATS = ['jsonld', 'csv', 'markdown'] as const
export type Format = (typeof FORMATS)[number]

/**
 * Where a format's files go in an export folder: always its own folder,
 * named by the format (`jsonld`, `csv`, `markdown`), however many formats a
 * run writes; the manifest stays at the root. `corpus export`, `--update`,
 * `--shard` and `corpus merge` all place files by it.
 */
export function formatFolder(out: string, format: Format): string {
  return join(out, format)
}

/** One file per document, or whole-corpus files. */
export const LAYOUTS = ['files', 'corpus'] as const

/** What one run writes, read from the command line. */
export interface Plan {
  formats: Format[]
  /** A folder, or `-` for standard output. */
  out: string
  force: boolean
  layout: (typeof LAYOUTS)[number]
  jsonld: JsonLdOptions
  csv: WriteCsvOptions
  markdown: MarkdownOptions
}

/** What the workers make of each document, in the files layout: the per-document formats, and the CSV records. */
export function renderPlan(plan: Plan): RenderPlan {
  const has = (format: Format) => plan.formats.includes(format)
  return { jsonld: has('jsonld') ? plan.jsonld : null, markdown: has('markdown') ? plan.markdown : null, csv: has('csv') ? plan.csv : null }
}
