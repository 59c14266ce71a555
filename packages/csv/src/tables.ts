import type { Column, FieldType, Table, TableName } from './types.js'

const SCHEMA = 'http://schema.org/'

function column(name: string, type: FieldType, description: string, options: { term?: string; required?: boolean } = {}): Column {
  return { name, type, description, term: options.term ? SCHEMA + options.term : null, required: options.required ?? false }
}

const docId = column('doc_id', 'string', 'The document’s stable id (`documentId` of @corpus/core): `doc-` and the 16 hex digits of a `NNN_<16 hex>.txt` name, else `sha256-` and the first 16 hex digits of the content’s SHA-256. It starts with letters, so that no tool reads it as a number.', { required: true })
const index = (name: string, what: string) => column(name, 'integer', `Index of the ${what} in its document, from 0.`, { required: true })
const blockIndex = column('block_index', 'integer', 'Index of the block it stands in (`blocks.block_index`).', { required: true })

// Where a span stands: line and column (1-based, UTF-16 columns), and offsets
// counted both ways, since JavaScript counts UTF-16 units and W3C selectors,
// Python and R count code points.
const span = (what: string): Column[] => [
  column('start_line', 'integer', `Line where the ${what} starts, from 1.`, { required: true }),
  column('start_column', 'integer', `Column where the ${what} starts, from 1, in UTF-16 units.`, { required: true }),
  column('end_line', 'integer', `Line of the character after the ${what}.`, { required: true }),
  column('end_column', 'integer', `Column of the character after the ${what}, in UTF-16 units.`, { required: true }),
  column('start_utf16', 'integer', `Offset of the ${what}’s first character in the text, in UTF-16 code units (JavaScript).`, { required: true }),
  column('end_utf16', 'integer', `Offset of the character after the ${what}, in UTF-16 code units.`, { required: true }),
  column('start_codepoint', 'integer', `Offset of the ${what}’s first character in the text, in Unicode code points (Python, R, W3C selectors).`, { required: true }),
  column('end_codepoint', 'integer', `Offset of the character after the ${what}, in Unicode code points.`, { required: true })
]

const toDocuments = { fields: ['doc_id'], reference: { resource: 'documents' as const, fields: ['doc_id'] } }
const toBlocks = { fields: ['doc_id', 'block_index'], reference: { resource: 'blocks' as const, fields: ['doc_id', 'block_index'] } }

/** Every table, in the order they are written. */
export const TABLES: Record<TableName, Table> = {
  documents: {
    name: 'documents',
    description: 'One row per document (source file).',
    columns: [
      docId,
      column('source_file', 'string', 'The file’s base name, empty for text that did not come from a file.'),
      column('title', 'string', 'The article’s title: its own (a first heading or title line), else one devised from its opening words, in square brackets; empty for a file with no text.', { term: 'name' }),
      column('title_devised', 'boolean', 'Whether the title was devised (ISAD(G) 3.1.2, DACS 2.3) rather than stated by the text.'),
      column('ordinal', 'integer', 'The `NNN` of a `NNN_<16 hex>.txt` name.'),
      column('sha256', 'string', 'SHA-256 of the raw bytes, lower-case hex (fixity).', { required: true }),
      column('byte_length', 'integer', 'Length of the raw file in bytes.', { required: true }),
      column('encoding', 'string', 'How the bytes were decoded: utf-8, utf-16le, utf-16be or windows-1252; empty when they are not text (binary input) and were not decoded.'),
      column('language', 'string', 'BCP 47 tag of the detected language.', { term: 'inLanguage' }),
      column('date', 'string', 'The article’s date as ISO 8601 at its precision (2023, 2023-09 or 2023-09-25); empty when the file states none.', { term: 'datePublished' }),
      column('date_precision', 'string', 'year, month or day.'),
      column('date_source', 'string', 'Where the date is stated: header, dateline, byline or publication (a publication line of the web page, Publié le 30/10/2023).'),
      column('year', 'integer', 'The date’s year.'),
      column('year_month', 'yearmonth', 'The date’s year and month, when it states a month (2023-09).'),
      column('month', 'integer', 'The date’s month (1–12), when it states one.'),
      column('day', 'integer', 'The date’s day of the month, when it states one.'),
      column('dateline', 'string', 'The agency dateline as written.', { term: 'dateline' }),
      column('dateline_place', 'string', 'The dateline’s place as written.', { term: 'locationCreated' }),
      column('dateline_region', 'string', 'A second place of the dateline (a region or country).'),
      column('dateline_agency', 'string', 'The dateline’s agency as written.', { term: 'sourceOrganization' }),
      column('byline_author', 'string', 'The author the byline credits.', { term: 'author' }),
      column('repost_source', 'string', 'The publication a repost signature credits as the article’s source, as written (Le Courrier de l’Ouest in Marc Delorme le 14/02/2024 Source : Le Courrier de l’Ouest; the first when there are several); empty when the article is not a repost.'),
      column('block_count', 'integer', 'Number of blocks.', { required: true }),
      column('sentence_count', 'integer', 'Number of sentences.', { required: true }),
      column('word_count', 'integer', 'Number of words in the blocks.', { term: 'wordCount', required: true }),
      column('quote_count', 'integer', 'Number of quotations.', { required: true }),
      column('date_count', 'integer', 'Number of date expressions.', { required: true }),
      column('diagnostic_count', 'integer', 'Number of diagnostics.', { required: true })
    ],
    primaryKey: ['doc_id'],
    uniqueKeys: [],
    foreignKeys: []
  },
  blocks: {
    name: 'blocks',
    description: 'One row per block of a document, in order.',
    columns: [
      docId,
      index('block_index', 'block'),
      column('kind', 'string', 'paragraph, heading, dateline, byline, listItem, boilerplate, furniture (a line of the web page the article was copied from that is not article text) or fragment.', { required: true }),
      column('text', 'string', 'The block exactly as written.', { term: 'text', required: true }),
      column('heading_number', 'integer', 'A heading’s leading number (the 1 of `1- Titre`).'),
      column('list_marker', 'string', 'A list item’s bullet as written.'),
      column('role', 'string', 'What a boilerplate line is (source, copyright or repost) or what a furniture line is on the page (publication, author, interface, advertising, related or contact); empty for other blocks.'),
      ...span('block')
    ],
    primaryKey: ['doc_id', 'block_index'],
    uniqueKeys: [],
    foreignKeys: [toDocuments]
  },
  sentences: {
    name: 'sentences',
    description: 'One row per sentence, in text order.',
    columns: [docId, index('sentence_index', 'sentence'), blockIndex, column('text', 'string', 'The sentence exactly as written.', { required: true }), ...span('sentence')],
    primaryKey: ['doc_id', 'sentence_index'],
    uniqueKeys: [],
    foreignKeys: [toDocuments, toBlocks]
  },
  quotes: {
    name: 'quotes',
    description: 'One row per quotation, by position of its opening mark.',
    columns: [
      docId,
      index('quote_index', 'quotation'),
      column('quote_id', 'string', 'The quotation’s id, unique in the corpus: `<doc_id>#quote-<quote_index>`, the fragment the JSON-LD exporter gives it.', { required: true }),
      blockIndex,
      column('text', 'string', 'The inside of the quotation, trimmed of white space.', { term: 'text', required: true }),
      column('open_mark', 'string', 'The opening mark as written («, “ or ").', { required: true }),
      column('close_mark', 'string', 'The closing mark as written.', { required: true }),
      column('depth', 'integer', '0 for an outermost quotation, 1 for one inside it, and so on.', { required: true }),
      column('parent_index', 'integer', 'The quote_index of the quotation it stands in; empty for an outermost one.'),
      column('parent_id', 'string', 'The quote_id of the quotation it stands in; empty for an outermost one.'),
      column('sentence_count', 'integer', 'How many sentences it overlaps.', { required: true }),
      column('speaker', 'string', 'Who the text attributes it to, as written: a name, a description (le porte-parole du ministère) or a pronoun; empty where the text does not say.'),
      column('speaker_entity_id', 'string', 'The entity the speaker is (entities.entity_id of the same document), when a mention names them; empty otherwise.'),
      column('speaker_cue', 'string', 'How the text attributes it: after (« … », a déclaré X), incise (« … », estime X, « … »), according-to (selon X), before (X a affirmé : « … ») or interview (X : « … »).'),
      ...span('quotation, marks included,')
    ],
    // One column, unique in the corpus, for the nesting to point at: a key of
    // (doc_id, parent_index) has a null member for every outermost quotation,
    // which Frictionless and CSVW validators reject.
    primaryKey: ['quote_id'],
    uniqueKeys: [['doc_id', 'quote_index']],
    foreignKeys: [toDocuments, toBlocks, { fields: ['parent_id'], reference: { resource: 'quotes', fields: ['quote_id'] }, optional: true }]
  },
  dates: {
    name: 'dates',
    description: 'One row per date expression, in text order.',
    columns: [
      docId,
      index('date_index', 'date expression'),
      blockIndex,
      column('text', 'string', 'The expression exactly as written.', { term: 'name', required: true }),
      column('date', 'string', 'ISO 8601 at its precision; --MM-DD when the year cannot be known.', { term: 'value', required: true }),
      column('precision', 'string', 'year, month or day.', { required: true }),
      column('year_source', 'string', 'Where the year comes from: stated, article (the article’s date) or unknown.', { required: true }),
      column('weekday', 'string', 'The weekday as written.'),
      ...span('expression')
    ],
    primaryKey: ['doc_id', 'date_index'],
    uniqueKeys: [],
    foreignKeys: [toDocuments, toBlocks]
  },
  entities: {
    name: 'entities',
    description: 'One row per named entity (person, place, organisation) a document mentions, in order of first mention.',
    columns: [
      docId,
      column('entity_id', 'string', 'The entity’s stable id, the same in every document: a gazetteer id (country:AM, place:haut-karabakh), else the kind and a slug of the name (person:nikol-pachinian).', { required: true }),
      column('kind', 'string', 'person, place or organization.', { required: true }),
      column('label', 'string', 'The preferred label: the gazetteer’s, else the fullest name the document uses.', { term: 'name', required: true }),
      column('mention_count', 'integer', 'How many times the document mentions it.', { required: true }),
      column('wikidata', 'string', 'Its Wikidata id (Q…), when the gazetteer states one.'),
      column('iso3166', 'string', 'Its ISO 3166-1 alpha-2 code, for a country.'),
      column('authority_ids', 'string', 'Every authority id the gazetteer states, as authority=id separated by |.')
    ],
    primaryKey: ['doc_id', 'entity_id'],
    uniqueKeys: [],
    foreignKeys: [toDocuments]
  },
  mentions: {
    name: 'mentions',
    description: 'One row per mention of a named entity, in text order.',
    columns: [
      docId,
      index('mention_index', 'mention'),
      blockIndex,
      column('entity_id', 'string', 'The entity it names (entities.entity_id).', { required: true }),
      column('kind', 'string', 'person, place or organization.', { required: true }),
      column('text', 'string', 'The name exactly as written.', { term: 'name', required: true }),
      ...span('mention')
    ],
    primaryKey: ['doc_id', 'mention_index'],
    uniqueKeys: [],
    foreignKeys: [toDocuments, toBlocks, { fields: ['doc_id', 'entity_id'], reference: { resource: 'entities', fields: ['doc_id', 'entity_id'] } }]
  },
  diagnostics: {
    name: 'diagnostics',
    description: 'One row per problem found in a document’s input.',
    columns: [
      docId,
      index('diagnostic_index', 'diagnostic'),
      column('rule', 'string', 'The rule id, e.g. broken-hyphenation.', { required: true }),
      column('severity', 'string', 'error, warning or info.', { required: true }),
      column('fatal', 'boolean', 'Whether the problem stopped work on the file.', { required: true }),
      column('line', 'integer', 'Line where it starts; empty when it concerns the whole file.'),
      column('column', 'integer', 'Column where it starts, in UTF-16 units.'),
      column('end_line', 'integer', 'Line of the character after it.'),
      column('end_column', 'integer', 'Column of the character after it.'),
      column('message', 'string', 'What is wrong, in one sentence.', { required: true }),
      column('actual', 'string', 'The offending text.'),
      column('expected', 'string', 'A suggested replacement.')
    ],
    primaryKey: ['doc_id', 'diagnostic_index'],
    uniqueKeys: [],
    foreignKeys: [toDocuments]
  }
}

/** The table names, in the order they are written. */
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]
