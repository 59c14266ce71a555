/**
 * The corpus document model: plain, JSON-serializable data.
 *
 * This module holds types only (no runtime code), so exporters can import it
 * without pulling in the parser. Positions follow unist: 1-based `line` and
 * `column`, 0-based `offset` in UTF-16 code units of `Document.text`, and `end`
 * is the first character after the node.
 */
/** One place in the source text. */
interface Point {
    /** Line in the source text, 1-based. */
    line: number;
    /** Column in the source text, 1-based, in UTF-16 code units. */
    column: number;
    /** Offset from the start of `Document.text`, 0-based, in UTF-16 code units. */
    offset: number;
}
/** A span of the source text: `start` is its first character, `end` the first after it. */
interface Position {
    start: Point;
    end: Point;
}
/** What is known of the raw file a document was read from. */
interface Source {
    /** File name (base name), or `null` when the text did not come from a file. */
    file: string | null;
    /** The `NNN` of a `NNN_<16 hex>.txt` name, or `null` when the name has none. */
    ordinal: number | null;
    /** The `<16 hex>` of a `NNN_<16 hex>.txt` name, or `null` when the name has none. */
    sourceId: string | null;
    /** SHA-256 of the raw bytes, lowercase hex (fixity). */
    sha256: string;
    /** Length of the raw input in bytes. */
    byteLength: number;
    /** How the bytes were decoded. */
    encoding: Encoding;
    /** Whether the raw bytes started with a byte order mark (it is not part of `text`). */
    bom: boolean;
    /** The line ending used most in the file (`null` when it has a single line). */
    newline: '\n' | '\r\n' | '\r' | null;
}
/** The character encodings the decoder recognises. */
type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
/** How precise a date value is. */
type DatePrecision = 'year' | 'month' | 'day';
/**
 * The article's own date. `value` is ISO 8601 at its precision: `2023`,
 * `2023-09` or `2023-09-25`; never padded to a day the source does not state.
 */
interface ArticleDate {
    value: string;
    precision: DatePrecision;
    /** Which part of the file states it. */
    source: 'header' | 'dateline' | 'byline';
}
/** The ` date YYYY-MM ` prefix some files carry before their first paragraph. */
interface Header {
    type: 'header';
    /** The date it states, ISO 8601 at its precision. */
    date: string;
    precision: DatePrecision;
    position: Position;
}
/** An agency dateline such as `STEPANAKERT, 25 MAI, ARTSAKHPRESS :`. */
interface DatelineInfo {
    /** The place as written (e.g. `STEPANAKERT`), or `null`. */
    place: string | null;
    /** A second place part such as a country (`VILLE, Pays —`), or `null`. */
    region: string | null;
    /** ISO 8601 value of its date (`--MM-DD` when no year can be known), or `null`. */
    date: string | null;
    /** The agency as written, or `null`. */
    agency: string | null;
    /** The dateline exactly as written. */
    raw: string;
}
/** A person credited with the article. */
interface BylineInfo {
    /** The author's name as written. */
    author: string;
    /** ISO 8601 value of the date the byline states, or `null`. */
    date: string | null;
    raw: string;
}
interface BlockBase {
    /** The exact source slice of the block (header prefix excluded). */
    value: string;
    position: Position;
}
/** Running text. */
interface Paragraph extends BlockBase {
    type: 'paragraph';
}
/** A subheading: a short line with no closing punctuation followed by more text. */
interface Heading extends BlockBase {
    type: 'heading';
    /** A leading number such as the `1` of `1- Face aux défis`, or `null`. */
    number: number | null;
}
/** An agency dateline, at the start or the end of the article. */
interface Dateline extends BlockBase {
    type: 'dateline';
    dateline: DatelineInfo;
}
/** An author line: `par Prénom Nom le samedi 30 septembre 2023`, or a name alone. */
interface Byline extends BlockBase {
    type: 'byline';
    byline: BylineInfo;
}
/** One item of a dash bullet list. */
interface ListItem extends BlockBase {
    type: 'listItem';
    /** The bullet as written: `-`, `–`, `—`, `•` or `*`. */
    marker: string;
}
/** A source or copyright line (`Source Agence`, `© site.com 2023`). */
interface Boilerplate extends BlockBase {
    type: 'boilerplate';
    role: 'source' | 'copyright';
}
/** A left-over scrap that is none of the above (reported as a diagnostic). */
interface Fragment extends BlockBase {
    type: 'fragment';
}
/**
 * Every block type by name. Other packages may add to it by declaration merging:
 * `declare module '@corpus/core' { interface BlockMap { note: Note } }`.
 */
interface BlockMap {
    paragraph: Paragraph;
    heading: Heading;
    dateline: Dateline;
    byline: Byline;
    listItem: ListItem;
    boilerplate: Boilerplate;
    fragment: Fragment;
}
type Block = BlockMap[keyof BlockMap];
type BlockType = Block['type'];
interface AnnotationBase {
    /** Index of the block it stands in, in `Document.children`. */
    block: number;
    position: Position;
}
/** A sentence. Sentences tile their block's text, but for white space between them. */
interface Sentence extends AnnotationBase {
    type: 'sentence';
}
/** A quotation, marks included in `position`. Never crosses a block. */
interface Quote extends AnnotationBase {
    type: 'quote';
    /** The opening mark as written (`«`, `“`, `"` or `‹`; single curly quotes are apostrophes too often to pair). */
    open: string;
    /** The closing mark as written. */
    close: string;
    /** The inside, trimmed of white space. */
    value: string;
    /** Position of `value`. */
    inner: Position;
    /** 0 for an outermost quote, 1 for a quote inside it, and so on. */
    depth: number;
    /** Index in `Document.quotes` of the quote it stands in, or `null`. */
    parent: number | null;
    /** How many sentences it overlaps (2 or more: it spans a sentence boundary). */
    sentences: number;
}
/** A date expression in the text. */
interface DateMention extends AnnotationBase {
    type: 'date';
    /** The expression exactly as written (`lundi 28 septembre 2020`, `en 1991` gives `1991`). */
    text: string;
    /** ISO 8601 at its precision; `--MM-DD` when the year cannot be known. */
    value: string;
    precision: DatePrecision;
    /** Where the year comes from: the expression itself, the article's date, or nowhere. */
    year: 'stated' | 'article' | 'unknown';
    /** The weekday as written (`lundi`), or `null`. */
    weekday: string | null;
}
/** A named entity mention (people, places, organisations; filled by a later version). */
interface EntityMention extends AnnotationBase {
    type: 'entity';
    kind: 'person' | 'place' | 'organization';
    text: string;
    /** Id of the canonical entity it refers to. */
    entity: string;
}
type Severity = 'error' | 'warning' | 'info';
/** A problem found in the input, as data (after vfile-message). */
interface Diagnostic {
    /** Stable rule id, e.g. `broken-hyphenation`. */
    ruleId: string;
    severity: Severity;
    /** True when the problem stopped work on this file (only for errors). */
    fatal: boolean;
    /** What is wrong, in one sentence. */
    message: string;
    /** Where it stands, or `null` when it concerns the whole file. */
    position: Position | null;
    /** The offending text, when there is one. */
    actual: string | null;
    /** A suggested replacement for `actual`, when there is one. */
    expected: string | null;
}
/** One article: the root of the model. */
interface Document {
    type: 'document';
    source: Source;
    /** The decoded source text, byte order mark excluded; all offsets count in it. */
    text: string;
    /** BCP 47 language tag of the text (`fr`), or `null` when it cannot be told. */
    language: string | null;
    /** The article's own date, or `null` when the file does not state one. */
    date: ArticleDate | null;
    /** The ` date YYYY-MM ` header, or `null`. */
    header: Header | null;
    /** The agency dateline's parts, or `null`. */
    dateline: DatelineInfo | null;
    /** The author line's parts, or `null`. */
    byline: BylineInfo | null;
    /** The blocks of the body, in order. */
    children: Block[];
    sentences: Sentence[];
    quotes: Quote[];
    dates: DateMention[];
    entities: EntityMention[];
    diagnostics: Diagnostic[];
    position: Position;
}

/** Options of {@link parse}. */
interface ParseOptions$1 {
    /** The file's base name (`003_477db5dc56572957.txt`): fills `source.file`, `ordinal` and `sourceId`. */
    file?: string | null;
    /** SHA-256 of the raw bytes, lowercase hex, when the caller has it already (the Node reader hashes natively). */
    sha256?: string;
    /** Detect the language (default `true`); `false` leaves `language` `null` and saves time. */
    detectLanguage?: boolean;
}
/**
 * Parses one raw article into a {@link Document}. Never throws: problems in the
 * input, binary input included, are reported in `diagnostics`.
 */
declare function parse$1(input: Uint8Array | string, options?: ParseOptions$1): Document;

/** What decoding the raw bytes found. */
interface Decoded {
    text: string;
    encoding: Encoding;
    bom: boolean;
    /** The bytes are not text (an image, an archive…): `text` is empty. */
    binary: string | null;
    /** Byte index of the first invalid UTF-8 sequence, when the bytes were decoded as Windows-1252. */
    invalidUtf8At: number | null;
}
/** Decodes raw bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. */
declare function decode(bytes: Uint8Array): Decoded;

/** A stretch of text, by offsets: `start` its first character, `end` one past its last. */
interface Span {
    start: number;
    end: number;
}

/**
 * Joins lines into block-sized units. Files separate paragraphs by single
 * newlines or by blank lines, and some are hard-wrapped mid-sentence: a line
 * break continues the unit when the line before cannot end there.
 */
declare function units(text: string, from: number): Span[];

/** An author line's parts, as written. */
interface BylineMatch {
    author: string;
    /** The stated date as `[year, month, day]`, or `null`. */
    date: readonly [number, number, number] | null;
}

/** A dateline found in a text, with its parts as written. */
interface DatelineMatch {
    /** Length of the dateline, terminator included. */
    length: number;
    place: string | null;
    region: string | null;
    day: number | null;
    month: number | null;
    year: number | null;
    agency: string | null;
}

/**
 * A block before positions are attached: its kind, its span, and what its kind
 * needs. One shape for every kind (unused parts `null`), so the code that reads
 * these stays monomorphic and fast.
 */
interface RawBlock extends Span {
    type: BlockType;
    number: number | null;
    marker: string | null;
    role: 'source' | 'copyright' | null;
    dateline: DatelineMatch | null;
    byline: BylineMatch | null;
}
/** Gives each unit its block kind, splitting off a dateline that opens the first paragraph. */
declare function classify(text: string, spans: readonly Span[]): RawBlock[];

/**
 * Splits a block's text into sentences (offsets relative to the block). French-aware: a
 * period after an abbreviation or an initial does not end a sentence, and a
 * sentence may end inside a quotation (`«Phrase un. Phrase deux»`).
 */
declare function sentences(text: string): Span[];

/** A quotation found in one block, before positions are attached. */
interface RawQuote extends Span {
    open: string;
    close: string;
    inner: Span;
}
/** An opening mark with no partner before the block ends, or a closing one with none before it. */
interface StrayMark {
    index: number;
    mark: string;
    kind: 'unclosed' | 'unopened';
}
/**
 * Pairs quotation marks inside a block's text (offsets relative to the block). Quotes never cross a
 * block: a mark left open at the end is reported, not paired with a mark of a
 * later paragraph.
 */
declare function quotes(text: string): {
    quotes: RawQuote[];
    stray: StrayMark[];
};

/** A date expression found in a block, before positions are attached. */
interface RawDate {
    start: number;
    end: number;
    value: string;
    precision: DatePrecision;
    year: 'stated' | 'article' | 'unknown';
    weekday: string | null;
}
/** A date expression that names a day that does not exist, or a weekday that contradicts it. */
interface DateProblem {
    start: number;
    end: number;
    kind: 'invalid-date' | 'weekday-mismatch';
    /** For a weekday mismatch: the weekday the date really falls on. */
    expected: string | null;
}
/**
 * Finds the date expressions of a block's text (offsets relative to it): a day and month with
 * or without a year and weekday, a month and year, or a year alone in a
 * context that makes it one. A day without a year takes `articleYear`.
 */
declare function dates(text: string, articleYear: number | null): {
    dates: RawDate[];
    problems: DateProblem[];
};

/** A typographic glitch found in a block, before positions are attached. */
interface RawGlitch {
    start: number;
    end: number;
    ruleId: 'broken-hyphenation' | 'space-before-punctuation' | 'space-before-hyphen' | 'invisible-character';
    expected: string;
}
/**
 * Finds stray spaces, broken hyphenation and invisible characters in a block's
 * text (offsets relative to it). Scanners take the block alone: a global
 * pattern started inside a longer text would run on past the block's end.
 */
declare function glitches(text: string): RawGlitch[];

/** Converts offsets in a text to unist points, through one index of line starts. */
interface Location {
    toPoint(offset: number): Point;
    toPosition(start: number, end: number): Position;
}
/** Builds the line index of `text` (LF, CRLF and CR all end a line). */
declare function location(text: string): Location;

/** The ` date YYYY-MM ` prefix found at the start of a text. */
interface HeaderMatch {
    start: number;
    end: number;
    date: string;
    precision: DatePrecision;
    year: number;
    month: number | null;
    /** Whether the date exists in the calendar. */
    valid: boolean;
}
/** Finds the header prefix (the only metadata the raw format carries), or `null`. */
declare function findHeader(text: string): HeaderMatch | null;

/** Options of {@link parse}. */
interface ParseOptions {
    /** The file's base name (`003_477db5dc56572957.txt`): fills `source.file`, `ordinal` and `sourceId`. */
    file?: string | null;
    /** SHA-256 of the raw bytes, lowercase hex, when the caller has it already (the Node reader hashes natively). */
    sha256?: string;
    /** Detect the language (default `true`); `false` leaves `language` `null` and saves time. */
    detectLanguage?: boolean;
}
/**
 * Parses one raw article into a {@link Document}. Never throws: problems in the
 * input, binary input included, are reported in `diagnostics`.
 */
declare function parse(input: Uint8Array | string, options?: ParseOptions): Document;

export { classify, dates, decode, findHeader, glitches, location, parse$1 as parse, parse as parseSkeleton, quotes, sentences, units };
