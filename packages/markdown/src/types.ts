import type { BlockType, BylineInfo, DatelineInfo } from '@corpus/core'

/** The metadata fields the front matter can hold, in the order written. */
export type FrontmatterField = 'id' | 'title' | 'title_devised' | 'source_file' | 'ordinal' | 'source_id' | 'sha256' | 'language' | 'date' | 'date_precision' | 'date_source' | 'dateline' | 'byline' | 'people' | 'places' | 'organizations' | 'speakers' | 'counts'

/** Options of {@link toMdast} and {@link toMarkdown}. */
export interface MarkdownOptions {
  /** The front matter: `true` (default) for every field, `false` for none, or the fields to write. */
  frontmatter?: boolean | FrontmatterField[]
  /** Block types to leave out (default: none, so no article text is lost); e.g. `['fragment', 'boilerplate']`. */
  omit?: BlockType[]
  /**
   * Write the lines of page furniture (`furniture` blocks: publication
   * lines, buttons, advertising labels, `Lire aussi` links), each as a line
   * in emphasis in a block quote; default `false`: left out, as they are not
   * article text. A type in `omit` is left out all the same.
   */
  keepFurniture?: boolean
  /**
   * Mark the inside of quotes as emphasis; default `false`: plain text.
   * Dates are not marked: a link to them would need an anchor, which
   * CommonMark has only as raw HTML. A quote within other emphasis
   * whose `*` would stand between two punctuation marks (`"«{»"` in a
   * fragment) is left plain: a reader could pair it with the enclosing one.
   */
  annotations?: boolean
  /** Depth of the article’s subheadings (default 2: `##`). */
  headingDepth?: 1 | 2 | 3 | 4 | 5 | 6
}

/** The metadata the front matter holds, as {@link fromMarkdown} reads it back. */
export interface Frontmatter {
  /** The document's stable id (`documentId`). */
  id?: string
  /** The article's title: its own, else one devised from its opening words, in square brackets (`documentTitle`); `null` for a file with no text. */
  title?: string | null
  /** Whether the title was devised rather than stated by the text (ISAD(G) 3.1.2, DACS 2.3); `null` with no title. */
  title_devised?: boolean | null
  /** The file name it was read from. */
  source_file?: string | null
  /** The `NNN` of its file name. */
  ordinal?: number | null
  /** The 16 hex digits of its file name. */
  source_id?: string | null
  /** SHA-256 of the raw bytes, lower-case hex (fixity). */
  sha256?: string
  /** BCP 47 language tag of the text. */
  language?: string | null
  /** The article's date, ISO 8601 at its precision (`2023-09` is a month). */
  date?: string | null
  /** `year`, `month` or `day`. */
  date_precision?: string | null
  /** Where the file states the date: `header`, `dateline`, `byline` or `publication` (a `Publié le …` line). */
  date_source?: string | null
  /** The agency dateline's parts (`@corpus/core`'s `DatelineInfo`: `raw`, `place`, `region`, `date`, `agency`). */
  dateline?: DatelineInfo | null
  /** The author line's parts (`@corpus/core`'s `BylineInfo`: `raw`, `author`, `date`). */
  byline?: BylineInfo | null
  /** The labels of the people the document names, in order of first mention. */
  people?: string[]
  /** The labels of the places it names. */
  places?: string[]
  /** The labels of the organisations it names. */
  organizations?: string[]
  /** Who said each quotation the text attributes, in the order of the quotes. */
  speakers?: QuoteSpeaker[]
  /** How much the document holds. */
  counts?: {
    /** Blocks of the body. */
    blocks: number
    /** Sentences. */
    sentences: number
    /** Words, from the first block's start to the last one's end, counted as word processors do (`countWords`). */
    words: number
    /** Quotations. */
    quotes: number
    /** Date expressions. */
    dates: number
    /** Diagnostics. */
    diagnostics: number
  }
}

/** A block as Markdown gives it back: its type and its text (see `markdownText`). */
export interface MarkdownBlock {
  /** The block type it was written as. */
  type: BlockType
  /** Its text, as Markdown gives it back. */
  text: string
}

/** Who the text attributes a quotation to, in the front matter. */
export interface QuoteSpeaker {
  /** The quotation's index in the document's quotes (`#quote-N` in JSON-LD, `quote_index` in CSV). */
  quote: number
  /** The name, description or pronoun as written. */
  speaker: string
  /** The entity the speaker is, when a mention names them. */
  entity: string | null
  /** How the text attributes it: `after`, `incise`, `according-to`, `before` or `interview`. */
  cue: string
}
