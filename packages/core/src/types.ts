/**
 * The corpus document model: plain, JSON-serializable data.
 *
 * This module holds types only (no runtime code), so exporters can import it
 * without pulling in the parser. Positions follow unist: 1-based `line` and
 * `column`, 0-based `offset` in UTF-16 code units of `Document.text`, and `end`
 * is the first character after the node.
 */

/** One place in the source text. */
export interface Point {
  /** Line in the source text, 1-based. */
  line: number
  /** Column in the source text, 1-based, in UTF-16 code units. */
  column: number
  /** Offset from the start of `Document.text`, 0-based, in UTF-16 code units. */
  offset: number
}

/** A span of the source text: `start` is its first character, `end` the first after it. */
export interface Position {
  /** Its first character. */
  start: Point
  /** The first character after it (the end of the text when it runs to the end). */
  end: Point
}

/** What is known of the raw file a document was read from. */
export interface Source {
  /** File name (base name), or `null` when the text did not come from a file. */
  file: string | null
  /** The `NNN` of a `NNN_<16 hex>.txt` name, or `null` when the name has none. */
  ordinal: number | null
  /** The `<16 hex>` of a `NNN_<16 hex>.txt` name, or `null` when the name has none. */
  sourceId: string | null
  /** SHA-256 of the raw bytes, lowercase hex (fixity). */
  sha256: string
  /** Length of the raw input in bytes. */
  byteLength: number
  /** How the bytes were decoded; `null` when they are binary (a `binary-input` error) and were not. */
  encoding: Encoding | null
  /** Whether the raw bytes started with a byte order mark (it is not part of `text`). */
  bom: boolean
  /** The line ending used most in the file (`null` when it has a single line). */
  newline: '\n' | '\r\n' | '\r' | null
}

/** The character encodings the decoder recognises. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** How precise a date value is. */
export type DatePrecision = 'year' | 'month' | 'day'

/**
 * The article's own date. `date` is ISO 8601 at its precision: `2023`,
 * `2023-09` or `2023-09-25`; never padded to a day the source does not state.
 */
export interface ArticleDate {
  /** ISO 8601 at `precision`. */
  date: string
  /** How precise `date` is. */
  precision: DatePrecision
  /** Which part of the file states it: the header, a dateline, a byline, or a publication line (`Publié le …`). */
  source: 'header' | 'dateline' | 'byline' | 'publication'
}

/** The ` date YYYY-MM ` prefix some files carry before their first paragraph. */
export interface Header {
  /** Node type. */
  type: 'header'
  /** The date it states, ISO 8601 at its precision. */
  date: string
  /** How precise `date` is. */
  precision: DatePrecision
  /** Where the prefix stands in `Document.text`. */
  position: Position
}

/** An agency dateline such as `STEPANAKERT, 25 MAI, ARTSAKHPRESS :`. */
export interface DatelineInfo {
  /** The place as written (e.g. `STEPANAKERT`), or `null`. */
  place: string | null
  /** A second place part such as a country (`VILLE, Pays —`), or `null`. */
  region: string | null
  /** ISO 8601 value of its date (`--MM-DD` when no year can be known), or `null`. */
  date: string | null
  /** The agency as written, or `null`. */
  agency: string | null
  /** The dateline exactly as written. */
  raw: string
}

/** A person credited with the article. */
export interface BylineInfo {
  /** The author's name as written. */
  author: string
  /** ISO 8601 value of the date the byline states, or `null`. */
  date: string | null
  /** The byline exactly as written. */
  raw: string
}

// ---------------------------------------------------------------------------
// Blocks

interface BlockBase {
  /** The exact source slice of the block (header prefix excluded). */
  value: string
  /** Where the block stands in `Document.text`. */
  position: Position
}

/** Running text. */
export interface Paragraph extends BlockBase {
  /** Node type. */
  type: 'paragraph'
}

/** A subheading: a short line with no closing punctuation followed by more text. */
export interface Heading extends BlockBase {
  /** Node type. */
  type: 'heading'
  /** A leading number such as the `1` of `1- Face aux défis`, or `null`. */
  number: number | null
}

/** An agency dateline, at the start or the end of the article. */
export interface Dateline extends BlockBase {
  /** Node type. */
  type: 'dateline'
  /** Its parts: place, region, date, agency. */
  dateline: DatelineInfo
}

/** An author line: `par Prénom Nom le samedi 30 septembre 2023`, or a name alone. */
export interface Byline extends BlockBase {
  /** Node type. */
  type: 'byline'
  /** Its parts: author and date. */
  byline: BylineInfo
}

/** One item of a dash bullet list. */
export interface ListItem extends BlockBase {
  /** Node type. */
  type: 'listItem'
  /** The bullet as written: `-`, `–`, `—`, `•` or `*`. */
  marker: string
}

/** A source, copyright or repost line (`Source Agence`, `© site.com 2023`, `Marc Roux le 14/02/2024 Source : L’Écho`). */
export interface Boilerplate extends BlockBase {
  /** Node type. */
  type: 'boilerplate'
  /** Whether it names a source (an agency, a site, a photo credit), claims a copyright, or signs a repost. */
  role: 'source' | 'copyright' | 'repost'
  /** What a repost signature says (`role: 'repost'`), else `null`. */
  repost: RepostInfo | null
}

/** The parts of a repost signature: who posted the article again, when, and from which publication. */
export interface RepostInfo {
  /** The name of who reposted it, as written. */
  reposter: string
  /** ISO 8601 value of the date it states, or `null`. */
  date: string | null
  /** The publication it credits as its source, as written, or `null`. */
  source: string | null
}

/** What a line of page furniture is on the web page the article was copied from. */
export type FurnitureRole = 'publication' | 'author' | 'interface' | 'advertising' | 'related' | 'contact'

/**
 * A line of the web page the article was copied from that is not article text:
 * a publication line, an author's role, a button, an advertising label, a
 * link to another article, a contact line.
 */
export interface Furniture extends BlockBase {
  /** Node type. */
  type: 'furniture'
  /** What the line is on the page. */
  role: FurnitureRole
  /** ISO 8601 value of the date a `publication` line states (`Publié le 30/10/2023` → `2023-10-30`), else `null`. */
  date: string | null
}

/** A left-over scrap that is none of the above (reported as a diagnostic). */
export interface Fragment extends BlockBase {
  /** Node type. */
  type: 'fragment'
}

/**
 * Every block type by name. Other packages may add to it by declaration merging:
 * `declare module '@corpus/core' { interface BlockMap { note: Note } }`.
 */
export interface BlockMap {
  /** Running text. */
  paragraph: Paragraph
  /** A subheading. */
  heading: Heading
  /** An agency dateline. */
  dateline: Dateline
  /** An author line. */
  byline: Byline
  /** One item of a dash bullet list. */
  listItem: ListItem
  /** A source, copyright or repost line. */
  boilerplate: Boilerplate
  /** A line of page furniture, not article text. */
  furniture: Furniture
  /** A left-over scrap. */
  fragment: Fragment
}

/** Any block. */
export type Block = BlockMap[keyof BlockMap]
/** The name of a block type. */
export type BlockType = Block['type']

// ---------------------------------------------------------------------------
// Annotations: layers over the text, each pointing at its block

interface AnnotationBase {
  /** Index of the block it stands in, in `Document.children`. */
  block: number
  /** Where it stands in `Document.text`. */
  position: Position
}

/** A sentence. Sentences tile their block's text, but for white space between them. */
export interface Sentence extends AnnotationBase {
  /** Node type. */
  type: 'sentence'
}

/** A quotation, marks included in `position`. Never crosses a block. */
export interface Quote extends AnnotationBase {
  /** Node type. */
  type: 'quote'
  /** The opening mark as written (`«`, `“`, `"` or `‹`; single curly quotes are apostrophes too often to pair). */
  open: string
  /** The closing mark as written: of the other kind in text that mixes them (`« … ”`, `“ … »`). */
  close: string
  /** The inside, trimmed of white space. */
  value: string
  /** Position of `value`. */
  inner: Position
  /** 0 for an outermost quote, 1 for a quote inside it, and so on. */
  depth: number
  /** Index in `Document.quotes` of the quote it stands in, or `null`. */
  parent: number | null
  /** How many sentences it overlaps (2 or more: it spans a sentence boundary). */
  sentenceCount: number
  /** Who the text says said it, or `null` when it does not say (a quote inside another, a word in scare quotes, a title). */
  speaker: Speaker | null
}

/** How the text attributes a quotation. */
export type CueKind = 'after' | 'incise' | 'according-to' | 'before' | 'interview'

/**
 * The words that attribute a quotation: a verb of saying after it (`a déclaré`,
 * `a-t-il ajouté`), one set inside it or between two of its parts (`estime`),
 * `selon`, `d’après` or `pour`, a verb of saying and a colon before it
 * (`a affirmé :`), or the colon or dash after an interview turn's speaker.
 */
export interface SpeakerCue {
  /** Where the cue stands: after the quote, inside it, before it, or at the start of an interview turn. */
  kind: CueKind
  /** The cue as written: the verb group (`a déclaré`, `explique-t-elle`), `selon`, `d’après`, `pour`, or the turn's `:` or `—`. */
  text: string
  /** Where `text` stands in `Document.text`. */
  position: Position
}

/** Who a quotation is attributed to, as the text names them. */
export interface Speaker {
  /** The name, the description or the pronoun as written (`M. Girard`, `le porte-parole du ministère`, `il`). */
  text: string
  /** Where `text` stands in `Document.text`, in the quote's block. */
  position: Position
  /** Index in `Document.mentions` of the mention it is, or (for a pronoun) that it refers to; `null` when none is known. */
  mention: number | null
  /** Id of that mention's entity, or `null`. */
  entity: string | null
  /** The words that attribute the quotation. */
  cue: SpeakerCue
}

/** A date expression in the text. */
export interface DateMention extends AnnotationBase {
  /** Node type. */
  type: 'date'
  /** The expression exactly as written (`lundi 28 septembre 2020`, `en 1991` gives `1991`). */
  text: string
  /** ISO 8601 at its precision; `--MM-DD` when the year cannot be known. */
  date: string
  /** How precise `date` is: a month stays a month. */
  precision: DatePrecision
  /** Where the year comes from: the expression itself, the article's date (its year or one next to it), or nowhere (also for a day that comes back every year). */
  year: 'stated' | 'article' | 'unknown'
  /** The weekday as written (`lundi`), or `null`. */
  weekday: string | null
}

/** What a named entity is. */
export type EntityKind = 'person' | 'place' | 'organization'

/** A mention of a named entity: a person, a place or an organisation, as written. */
export interface EntityMention extends AnnotationBase {
  /** Node type. */
  type: 'entity'
  /** Whether it names a person, a place or an organisation. */
  kind: EntityKind
  /** The name as written (`Erevan`, `M. Lavrov` is `Lavrov`). */
  text: string
  /** Id of the canonical entity it refers to, in `Document.entities`. */
  entity: string
}

/** A canonical entity that a document mentions, with how often. */
export interface Entity {
  /** Stable id, the same in every document: a gazetteer entry's (`country:AM`, `place:haut-karabakh`), else the kind and a slug of the name (`person:nikol-pachinian`). */
  id: string
  /** Whether it is a person, a place or an organisation. */
  kind: EntityKind
  /** The preferred label: the gazetteer's, else the fullest name the document uses. */
  label: string
  /** Authority ids by authority (`{ iso3166: 'AM' }`), only those the gazetteer states. */
  ids: Record<string, string>
  /** How many mentions of it the document holds. */
  mentionCount: number
}

/** Every annotation type by name (extensible by declaration merging). */
export interface AnnotationMap {
  /** A sentence. */
  sentence: Sentence
  /** A quotation. */
  quote: Quote
  /** A date expression. */
  date: DateMention
  /** A mention of a named entity. */
  entity: EntityMention
}

/** Any annotation. */
export type Annotation = AnnotationMap[keyof AnnotationMap]

// ---------------------------------------------------------------------------
// Diagnostics

/** How serious a diagnostic is: `error` (with `fatal` when the file was not read), `warning` or `info`. */
export type Severity = 'error' | 'warning' | 'info'

/** The rule a diagnostic comes from: a closed list, so code can switch on it exhaustively. */
export type RuleId =
  | 'binary-input'
  | 'not-utf8'
  | 'empty-file'
  | 'date-conflict'
  | 'unclosed-quote'
  | 'unopened-quote'
  | 'mixed-quote-marks'
  | 'invalid-date'
  | 'weekday-mismatch'
  | 'broken-hyphenation'
  | 'space-before-punctuation'
  | 'space-before-hyphen'
  | 'invisible-character'
  | 'trailing-fragment'
  | 'too-many-diagnostics'
  | 'invalid-utf16'
  | 'utf16-without-bom'
  | 'control-character'
  | 'edited-text'

/** A problem found in the input, as data (after vfile-message). */
export interface Diagnostic {
  /** Stable rule id, e.g. `broken-hyphenation`. */
  ruleId: RuleId
  /** How serious it is. */
  severity: Severity
  /** True when the problem stopped work on this file (only for errors). */
  fatal: boolean
  /** What is wrong, in one sentence. */
  message: string
  /** Where it stands, or `null` when it concerns the whole file. */
  position: Position | null
  /** The offending text, when there is one. */
  actual: string | null
  /** A suggested replacement for `actual`, when there is one. */
  expected: string | null
}

// ---------------------------------------------------------------------------
// Document

/** One article: the root of the model. */
export interface Document {
  /** Node type. */
  type: 'document'
  /** What is known of the raw file: name, ordinal, id, SHA-256, size, encoding, byte order mark, line endings. */
  source: Source
  /** The decoded source text, byte order mark excluded; all offsets count in it. */
  text: string
  /** BCP 47 language tag of the text (`fr`), or `null` when it cannot be told. */
  language: string | null
  /** The article's own date, or `null` when the file does not state one. */
  date: ArticleDate | null
  /** The ` date YYYY-MM ` header, or `null`. */
  header: Header | null
  /** The agency dateline's parts, or `null`. */
  dateline: DatelineInfo | null
  /** The author line's parts, or `null`. */
  byline: BylineInfo | null
  /** The blocks of the body, in order. */
  children: Block[]
  /** The sentence layer, in text order. */
  sentences: Sentence[]
  /** The quotation layer, by position of the opening mark. */
  quotes: Quote[]
  /** The date layer, in text order. */
  dates: DateMention[]
  /** The entity layer: every mention of a person, place or organisation, in text order. */
  mentions: EntityMention[]
  /** The entities those mentions name, in order of first mention, with their counts. */
  entities: Entity[]
  /** Problems found in the input, by position (whole-file ones first). */
  diagnostics: Diagnostic[]
  /** The whole text. */
  position: Position
}
