import { checkBoolean, checkOptions, checkString, fail, kindOf } from '../arguments.js'
import type { EntityKind } from '../types.js'
import { COMMUNES } from './communes.js'
import { COUNTRIES } from './countries.js'
import { COUNTRY_NAMES, ENTRIES } from './gazetteer-data.js'
import { fold, onlySpace, slug, tokenize, type Token } from './tokens.js'

/** One entry of a gazetteer: a canonical entity and the names it goes by. */
export interface GazetteerEntry {
  /** Stable id (`country:AM`, `place:haut-karabakh`, `organization:otan`). */
  id: string
  /** The preferred label. */
  label: string
  /** Whether it is a person, a place or an organisation. */
  kind: EntityKind
  /** Other names, as written in texts (the label is always one). */
  aliases?: readonly string[]
  /** Authority ids by authority (`{ wikidata: 'Q90', iso3166: 'FR' }`). */
  ids?: Readonly<Record<string, string>>
}

// `-`, `‐`, `‑`.
const HYPHENS = [0x2d, 0x2010, 0x2011]

/** A compiled gazetteer: its entries, and every name indexed by its first word. */
export interface Gazetteer {
  /** The entries by id. */
  entries: ReadonlyMap<string, GazetteerEntry>
  /** Names by the folded text of their first word, longest first. */
  names: ReadonlyMap<string, readonly GazetteerName[]>
  /** The first words, as written, of the names that start in lower case (`région occupée du Karabakh`): only these are looked up for a lower-case word. */
  lowerStarts: ReadonlySet<string>
}

/** One name of an entry, as the recognizer matches it. */
export interface GazetteerName {
  /** The entry it names. */
  entry: GazetteerEntry
  /** Folded words. */
  words: readonly string[]
  /**
   * Whether each word starts with a capital. A capitalised first word matches
   * only a capitalised one (a name does not match a common word); in a name
   * that starts in lower case, so does each capitalised word (`mer Noire`, not
   * `mer noire`). Other words match in any case (`Arabie saoudite`).
   */
  capitals: readonly boolean[]
}

/** The entries that come with the package: countries (ISO 3166-1, French names), capitals and cities, the region's places, international organisations, agencies, media and platforms. */
export function builtinEntries(): GazetteerEntry[] {
  const countries = COUNTRIES.map(([alpha2, alpha3, name]): GazetteerEntry => {
    const extra = COUNTRY_NAMES[alpha2]
    const plain = name.replace(/\s*\(.*\)$/, '')
    return { id: `country:${alpha2}`, label: extra?.label ?? plain, kind: 'place', aliases: [plain, ...(extra?.aliases ?? [])], ids: { iso3166: alpha2, iso3166Alpha3: alpha3 } }
  })
  return [...countries, ...withCommunes(ENTRIES)]
}

/**
 * The entries, then the French communes they lack, with their GeoNames ids.
 * The communes come last, so that a country, a city or an organisation of
 * the same name keeps it (`Vienne` stays the Austrian capital), and an entry
 * of the same id is not given a commune's GeoNames id.
 */
function withCommunes(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  const all = [...entries]
  const known = new Set(entries.map((entry) => entry.id))
  for (const [name, geonames] of COMMUNES) {
    const id = `place:${slug(name)}`
    if (known.has(id)) continue
    known.add(id)
    all.push({ id, label: name, kind: 'place', ids: geonames === null ? {} : { geonames: String(geonames) } })
  }
  return all
}

/**
 * A gazetteer of the built-in entries (unless `options.builtin` is false; it
 * is true by default) and `entries`: an entry whose id is already there
 * replaces it, names and all.
 */
export function createGazetteer(entries: readonly GazetteerEntry[] = [], options: { builtin?: boolean } = {}): Gazetteer {
  if (!Array.isArray(entries)) fail('createGazetteer', 'entries', 'an array of gazetteer entries', entries)
  const builtin = checkBoolean('createGazetteer', 'options.builtin', checkOptions('createGazetteer', 'options', options).builtin) ?? true
  const byId = new Map<string, GazetteerEntry>()
  for (const entry of builtin ? builtinEntries() : []) byId.set(entry.id, entry)
  for (const entry of entries) {
    const checked = checkEntry(entry)
    byId.set(checked.id, checked)
  }
  const names = new Map<string, GazetteerName[]>()
  const lowerStarts = new Set<string>()
  for (const entry of byId.values()) {
    for (const alias of new Set([entry.label, ...(entry.aliases ?? [])])) {
      const tokens = tokenize(alias, 0, alias.length)
      const first = tokens[0]
      if (!first) continue
      const name = { entry, words: tokens.map((token) => fold(token.text)), capitals: tokens.map((token) => token.cap) }
      if (!first.cap) lowerStarts.add(first.text)
      const key = name.words[0] ?? ''
      const list = names.get(key) ?? []
      // The first entry to claim a name keeps it: countries before cities of the same name.
      if (!list.some((other) => same(other.words, name.words) && same(other.capitals, name.capitals))) list.push(name)
      names.set(key, list)
    }
  }
  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length)
  return { entries: byId, names, lowerStarts }
}

const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((value, index) => value === b[index])

const KINDS: readonly EntityKind[] = ['person', 'place', 'organization']

function checkEntry(entry: GazetteerEntry): GazetteerEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new TypeError(`Invalid gazetteer entry: expected an object, got ${kindOf(entry)}`)
  if (typeof entry.id !== 'string' || entry.id === '') throw new TypeError('Invalid gazetteer entry: `id` must be a non-empty string')
  if (typeof entry.label !== 'string' || entry.label.trim() === '') throw new TypeError(`Invalid gazetteer entry \`${entry.id}\`: \`label\` must be a non-empty string`)
  if (!KINDS.includes(entry.kind)) throw new TypeError(`Invalid gazetteer entry \`${entry.id}\`: \`kind\` must be one of ${KINDS.join(', ')}`)
  const { aliases, ids } = entry
  if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((alias) => typeof alias === 'string'))) {
    throw new TypeError(`Invalid gazetteer entry \`${entry.id}\`: \`aliases\` must be an array of strings, got ${kindOf(aliases)}`)
  }
  if (ids !== undefined && !(typeof ids === 'object' && ids !== null && !Array.isArray(ids) && Object.values(ids).every((id) => typeof id === 'string'))) {
    throw new TypeError(`Invalid gazetteer entry \`${entry.id}\`: \`ids\` must be an object of strings, got ${kindOf(ids)}`)
  }
  return entry
}

/** The longest name of `gazetteer` that starts at `tokens[index]`, and how many tokens it covers. */
export function matchName(gazetteer: Gazetteer, tokens: readonly Token[], index: number, text: string): { entry: GazetteerEntry; length: number } | null {
  const first = tokens[index]
  if (!first || (!first.cap && !gazetteer.lowerStarts.has(first.text))) return null
  const all = gazetteer.names.get(first.key)
  if (!all) return null
  // Many names share a first word (`Le Monde`, `Le Havre`, … `le`): those of two words or more are looked up by their second as well.
  const candidates = all.length > 4 ? byNextWord(gazetteer, first.key, all).get(tokens[index + 1]?.key ?? '') ?? byNextWord(gazetteer, first.key, all).get('') ?? [] : all
  for (const name of candidates) {
    if (name.capitals[0] === true && !first.cap) continue
    if (matchesFrom(name, tokens, index, text)) return { entry: name.entry, length: name.words.length }
  }
  return null
}

const NEXT_WORDS = new WeakMap<Gazetteer, Map<string, Map<string, readonly GazetteerName[]>>>()

/**
 * The names that start with the word `key`, by their second word, longest
 * first; under each second word the one-word names too, and under `` the
 * one-word names alone: for a word followed by `next`, `get(next) ?? get('')`
 * holds every name that can match.
 */
function byNextWord(gazetteer: Gazetteer, key: string, names: readonly GazetteerName[]): Map<string, readonly GazetteerName[]> {
  let index = NEXT_WORDS.get(gazetteer)
  if (!index) {
    index = new Map()
    NEXT_WORDS.set(gazetteer, index)
  }
  let byNext = index.get(key)
  if (!byNext) {
    const grouped = new Map<string, GazetteerName[]>([['', []]])
    for (const name of names) {
      const second = name.words[1]
      if (second !== undefined && !grouped.has(second)) grouped.set(second, [])
    }
    // In the order of `names` (longest first), each name under its second word, a one-word name under every one.
    for (const name of names) {
      const second = name.words[1]
      if (second === undefined) for (const list of grouped.values()) list.push(name)
      else grouped.get(second)?.push(name)
    }
    byNext = grouped
    index.set(key, byNext)
  }
  return byNext
}

function matchesFrom(name: GazetteerName, tokens: readonly Token[], index: number, text: string): boolean {
  for (let offset = 1; offset < name.words.length; offset++) {
    const previous = tokens[index + offset - 1]
    const token = tokens[index + offset]
    if (!previous || !token || token.key !== name.words[offset] || (name.capitals[0] === false && name.capitals[offset] === true && !token.cap)) return false
    // Words of one name stand together: white space between them, or a hyphen cut off (`Haut -Karabakh`).
    if (!onlySpace(text, previous.end, token.start, HYPHENS)) return false
  }
  return true
}

/**
 * Gazetteer entries from JSON: an array of entries (`id`, `label`, `kind`,
 * optional `aliases` and `ids`), as an archive's authority file exports them.
 */
export function gazetteerFromJson(json: string): GazetteerEntry[] {
  checkString('gazetteerFromJson', 'json', json)
  const data: unknown = JSON.parse(json)
  if (!Array.isArray(data)) throw new TypeError('Invalid gazetteer JSON: expected an array of entries')
  return data.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) throw new TypeError(`Invalid gazetteer JSON: entry ${index} is not an object`)
    const { id, label, kind, aliases, ids } = item as Record<string, unknown>
    return checkEntry({
      id: String(id ?? ''),
      label: String(label ?? ''),
      kind: kind as EntityKind,
      aliases: Array.isArray(aliases) ? aliases.map(String) : [],
      ids: typeof ids === 'object' && ids !== null ? Object.fromEntries(Object.entries(ids).map(([key, value]) => [key, String(value)])) : {}
    })
  })
}

/**
 * Gazetteer entries from CSV (RFC 4180, a header row): columns `id`, `label`,
 * `kind`, `aliases` (names separated by `|`) and any number of authority
 * columns named `ids.<authority>` (`ids.wikidata`). The separator is found
 * in the header row: a comma, a semicolon (as Excel writes CSV where the
 * decimal mark is a comma, and `@corpus/csv`'s `excel-fr` dialect) or a tab.
 * A UTF-8 byte order mark and CRLF line ends are read too, and so are cells
 * that a spreadsheet guard prefixed with `'` (`'-`, `'=`, `'+`, `'@`).
 */
export function gazetteerFromCsv(csv: string): GazetteerEntry[] {
  checkString('gazetteerFromCsv', 'csv', csv)
  const [header, ...rows] = readCsv(csv, separatorOf(csv))
  if (!header) return []
  const column = (name: string) => header.indexOf(name)
  for (const name of ['id', 'label', 'kind']) if (column(name) < 0) throw new TypeError(`Invalid gazetteer CSV: no \`${name}\` column`)
  const authorities = header.flatMap((name, index) => (name.startsWith('ids.') ? [[name.slice(4), index] as const] : []))
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) =>
      checkEntry({
        id: row[column('id')] ?? '',
        label: row[column('label')] ?? '',
        kind: (row[column('kind')] ?? '') as EntityKind,
        aliases: (row[column('aliases')] ?? '')
          .split('|')
          .map((alias) => alias.trim())
          .filter((alias) => alias !== ''),
        ids: Object.fromEntries(authorities.flatMap(([authority, index]) => (row[index] ? [[authority, row[index] ?? '']] : [])))
      })
    )
}

// The separators a header row is looked at for, the first winning a tie.
const SEPARATORS = [',', ';', '\t'] as const

/** The separator of the header row: the one it holds most of outside quotes (a comma when it holds none). */
function separatorOf(csv: string): string {
  const counts = new Map<string, number>()
  let quoted = false
  for (let index = csv.charCodeAt(0) === 0xfeff ? 1 : 0; index < csv.length; index++) {
    const char = csv.charAt(index)
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  let best: string = SEPARATORS[0]
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator
  return best
}

// A cell a spreadsheet would run as a formula, which writers (`@corpus/csv`'s `excel` dialects) prefix with `'`.
const GUARDED = /^'[=+\-@\t\r]/

/** RFC 4180 records, fields separated by `separator`: quoted fields may hold it, quotes (doubled) and line breaks. */
function readCsv(csv: string, separator: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv
  const push = () => {
    record.push(GUARDED.test(field) ? field.slice(1) : field)
    field = ''
  }
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (quoted) {
      if (char !== '"') field += char
      else if (text.charAt(index + 1) === '"') {
        field += '"'
        index++
      } else quoted = false
    } else if (char === '"') quoted = true
    else if (char === separator) push()
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(index + 1) === '\n') index++
      push()
      records.push(record)
      record = []
    } else field += char
  }
  if (field !== '' || record.length > 0) {
    push()
    records.push(record)
  }
  return records
}
