import type { BlockType } from '@corpus/core'

/** The metadata fields the front matter can hold, in the order written. */
export type FrontmatterField = 'id' | 'source_file' | 'ordinal' | 'source_id' | 'sha256' | 'language' | 'date' | 'date_precision' | 'date_source' | 'dateline' | 'byline' | 'people' | 'places' | 'organizations' | 'counts'

/** Options of {@link toMdast} and {@link toMarkdown}. */
export interface MarkdownOptions {
  /** The front matter: `true` (default) for every field, `false` for none, or the fields to write. */
  frontmatter?: boolean | FrontmatterField[]
  /** Block types to leave out (default: none, so nothing is lost); e.g. `['fragment', 'boilerplate']`. */
  omit?: BlockType[]
  /** Mark dates (as links to `#date-<ISO value>`) and the inside of quotes (as emphasis); default `false`: plain text. */
  annotations?: boolean
  /** Depth of the article’s subheadings (default 2: `##`). */
  headingDepth?: 1 | 2 | 3 | 4 | 5 | 6
}

/** The metadata the front matter holds, as {@link fromMarkdown} reads it back. */
export interface Frontmatter {
  id?: string
  source_file?: string | null
  ordinal?: number | null
  source_id?: string | null
  sha256?: string
  language?: string | null
  date?: string | null
  date_precision?: string | null
  date_source?: string | null
  dateline?: { raw: string; place: string | null; region: string | null; date: string | null; agency: string | null } | null
  byline?: { raw: string; author: string; date: string | null } | null
  /** The labels of the people the document names, in order of first mention. */
  people?: string[]
  /** The labels of the places it names. */
  places?: string[]
  /** The labels of the organisations it names. */
  organizations?: string[]
  counts?: { blocks: number; sentences: number; words: number; quotes: number; dates: number; diagnostics: number }
}

/** A block as Markdown gives it back: its type and its text (see `markdownText`). */
export interface MarkdownBlock {
  type: BlockType
  text: string
}
