import { TABLE_NAMES, type TableName } from '@corpus/csv'
import type { Format } from './exports.js'
import { lazyExports } from './lazy-exports.js'
import { plural } from './plural.js'
import type { ExportView, Response } from './service.js'
import { showcase, type BlockPiece, type BlocksPage, type Cursor, type DocumentView } from './view.js'
import { Cancelled, workerClient, type StartWorker } from './worker-client.js'

// The bundled sample articles, as text.
const samples = import.meta.glob<string>('../../../sample/*.txt', { query: '?raw', import: 'default', eager: true })

/** A document in the list: its file, kept so that a fresh worker can parse it again, and what the page shows of it. */
interface Loaded {
  id: number
  name: string
  file: File
  view: DocumentView
}

const FORMAT_NAMES: Record<Format, string> = { jsonld: 'JSON-LD', csv: 'CSV', markdown: 'Markdown' }

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const picker = element<HTMLSelectElement>('documents')
const tablePicker = element<HTMLSelectElement>('table')
const moreButton = element<HTMLButtonElement>('more')
const loaded: Loaded[] = []
let nextId = 0
let format: Format = 'jsonld'
let current: Loaded | undefined
// The next page of the current document's blocks (`null` once all are shown), and the last block shown, which the next page may continue.
let cursor: Cursor | null = null
let lastBlock: { index: number; item: HTMLElement } | undefined
let pages = Promise.resolve()
let outputs = 0
// What the export pane shows, or is about to (`csv documents`, `jsonld`…), of the current document; `null` when empty.
let shownOutput: string | null = null
// How near the screen the export pane must come for its export to be made, in pixels.
const NEAR = 200

const startWorker: StartWorker = ({ message, error }) => {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<Response>) => message(event.data)
  worker.onerror = (event) => {
    event.preventDefault()
    error(event.message || 'an error with no message')
  }
  worker.onmessageerror = () => error('its reply could not be read')
  return worker
}

const client = workerClient(startWorker, (label) => {
  element('busy').hidden = label === null
  element('busy-label').textContent = label ?? ''
})

const reasonOf = (error: unknown) => (error instanceof Cancelled ? 'cancelled' : error instanceof Error ? error.message : String(error))

/** Lists a file that was not added, or whose text could not be shown, and why. */
function fail(name: string, reason: string): void {
  element('failures-section').hidden = false
  element('failures').append(Object.assign(document.createElement('li'), { textContent: `${name}: ${reason}` }))
}

/**
 * Parses each file in the worker, in order: each is added to the list or
 * listed with why it was not. The first added is shown at once; with
 * `choose`, the one it picks of them all, once all are parsed, unless
 * another document is shown by then.
 */
async function add(files: readonly File[], choose?: (views: DocumentView[]) => number): Promise<void> {
  let shown = choose !== undefined
  const added = await Promise.all(
    files.map(async (file) => {
      const id = nextId++
      try {
        const view = await client.run({ kind: 'open', id, name: file.name, file }, `Parsing ${file.name}…`)
        loaded.push({ id, name: file.name, file, view })
        picker.append(new Option(file.name, String(loaded.length - 1)))
        if (!shown) {
          shown = true
          select(loaded.length - 1)
        }
        return loaded.length - 1
      } catch (error) {
        fail(file.name, reasonOf(error))
        return null
      }
    })
  )
  const indexes = added.filter((index) => index !== null)
  if (!choose || current || indexes.length === 0) return
  select(indexes[choose(indexes.map((index) => loaded[index]?.view).filter((view) => view !== undefined))] ?? 0)
}

/** Picks the document in the list, and shows it. */
function select(index: number): void {
  picker.value = String(index)
  show(index)
}

function show(index: number): void {
  current = loaded[index]
  if (!current) return
  renderFacts(current.view)
  renderDiagnostics(current)
  element('blocks').replaceChildren()
  element('no-text').hidden = current.view.blocks > 0
  exports.clear()
  cursor = { block: 0, segment: 0 }
  lastBlock = undefined
  clearOutput()
  // The text first: an export of a large document takes longer than its first page.
  const shown = current
  void more().then(() => {
    if (shown === current) void renderOutput()
  })
}

/** The facts, term and value; the SHA-256 in a row of its own, whole, in monospace. */
function renderFacts(view: DocumentView): void {
  element('facts').replaceChildren(
    ...view.facts.flatMap(([term, value]) => {
      const pair = [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value })]
      if (term === 'SHA-256') {
        for (const item of pair) item.className = 'hash'
        pair[1]?.setAttribute('id', 'sha256')
      }
      return pair
    })
  )
}

/** Shows the next page of blocks, or every page through the block `through`; one after the other, so that none is shown twice. */
function more(through?: number): Promise<void> {
  pages = pages.then(() => nextPage(through))
  return pages
}

async function nextPage(through?: number): Promise<void> {
  const item = current
  const from = cursor
  if (!item || !from || (through !== undefined && from.block > through)) return
  moreButton.hidden = true
  try {
    const page = await client.run({ kind: 'blocks', id: item.id, name: item.name, file: item.file, from, ...(through === undefined ? {} : { through }) }, `Highlighting ${item.name}…`)
    if (item !== current) return
    renderBlocks(page)
    cursor = page.next
  } catch (error) {
    // The button stays, to try again.
    if (!(error instanceof Cancelled)) fail(item.name, `its text could not be shown: ${reasonOf(error)}`)
  } finally {
    if (item === current && cursor) {
      moreButton.hidden = false
      moreButton.textContent = `Show more (from block ${cursor.block + 1} of ${item.view.blocks})`
    }
  }
}

/** Each block's text, its annotations marked: quotations, dates, names by kind, and the diagnostics' spans. */
function renderBlocks(page: BlocksPage): void {
  const added = document.createDocumentFragment()
  for (const piece of page.pieces) {
    let item = lastBlock?.index === piece.block ? lastBlock.item : undefined
    if (!item) {
      item = blockElement(piece)
      lastBlock = { index: piece.block, item }
      added.append(item)
    }
    for (const { text, classes } of piece.segments) item.append(classes.length === 0 ? text : Object.assign(document.createElement('mark'), { className: classes.join(' '), textContent: text }))
  }
  element('blocks').append(added)
}

/**
 * The element of a block, its text still to add. A line of page furniture
 * is labelled with its role by the style sheet (`data-role`), not by text of
 * its own, so that the blocks' text stays the document's.
 */
function blockElement(piece: BlockPiece): HTMLElement {
  const item = document.createElement(piece.type === 'heading' ? 'h3' : 'p')
  item.className = `block ${piece.type}`
  item.dataset.type = piece.type
  if (piece.role !== null) {
    item.dataset.role = piece.role
    item.title = `Page furniture (${piece.role}): not article text`
  }
  return item
}

function renderDiagnostics({ view }: Loaded): void {
  const items = view.diagnostics.map((diagnostic) => {
    const item = document.createElement('li')
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: `${diagnostic.place} ${diagnostic.severity}: ${diagnostic.message}` })
    button.dataset.rule = diagnostic.ruleId
    // Clicking goes to the diagnostic's place in the text, shown first if it is not yet, and marks it.
    button.addEventListener('click', async () => {
      if (diagnostic.block !== null) await more(diagnostic.block)
      const marks = [...document.querySelectorAll<HTMLElement>(`mark.d${diagnostic.index}`)]
      for (const mark of document.querySelectorAll('mark.current')) mark.classList.remove('current')
      for (const mark of marks) mark.classList.add('current')
      marks[0]?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    })
    item.append(button, ' ', Object.assign(document.createElement('code'), { textContent: diagnostic.ruleId }))
    return item
  })
  const hidden = view.diagnosticCount - view.diagnostics.length
  element('diagnostics').replaceChildren(...items)
  element('diagnostics').hidden = items.length === 0
  element('no-diagnostics').hidden = items.length > 0
  element('more-diagnostics').hidden = hidden <= 0
  element('more-diagnostics').textContent = `And ${plural(hidden, 'more diagnostic')}, in the CSV diagnostics table and the JSON-LD.`
}

/** Empties the export pane, and makes any export still on its way stale: the pane never shows another document's or format's export. */
function clearOutput(): void {
  outputs++
  shownOutput = null
  element('output').replaceChildren()
  element('output-note').hidden = true
  element('download').hidden = true
}

/** An export made in the worker, and the address of its download. */
interface Made {
  view: ExportView
  url: string
}

// The current document's exports, each made when its tab is first shown; forgotten when another document is shown.
const exports = lazyExports<Made>(
  async (chosen, table) => {
    const item = current
    if (!item) throw new Error('no document')
    const label = `Exporting ${FORMAT_NAMES[chosen]}${chosen === 'csv' ? ` (${table})` : ''} of ${item.name}…`
    const view = await client.run({ kind: 'export', id: item.id, name: item.name, file: item.file, format: chosen, ...(chosen === 'csv' ? { table } : {}) }, label)
    return { view, url: URL.createObjectURL(view.blob) }
  },
  ({ url }) => URL.revokeObjectURL(url)
)

/**
 * The current document in the chosen format: its start shown, all of it to
 * download. Made once the pane is on screen, and once for each format (each
 * CSV table) of a document: shown again, it is not made again.
 */
async function renderOutput(): Promise<void> {
  const item = current
  const chosen = format
  const table = tablePicker.value as TableName
  tablePicker.hidden = chosen !== 'csv'
  const key = chosen === 'csv' ? `csv ${table}` : chosen
  if (!item || key === shownOutput || !nearScreen(element('exports'))) return
  clearOutput()
  shownOutput = key
  const output = outputs
  const link = element<HTMLAnchorElement>('download')
  const note = element('output-note')
  try {
    const { view, url } = await exports.get(chosen, table)
    if (output !== outputs) return
    element('output').replaceChildren(...lines(view.preview))
    note.hidden = view.preview.length === view.length
    note.textContent = `The first ${plural(view.preview.length, 'character')} of ${view.length.toLocaleString('en')}: the download holds all of it.`
    link.href = url
    link.download = view.name
    link.textContent = `Download ${view.name}`
    link.hidden = false
  } catch (error) {
    if (output !== outputs) return
    // Shown again, it is asked for again.
    shownOutput = null
    note.hidden = false
    note.textContent = `Not exported: ${reasonOf(error)}.`
  }
}

/** Whether the element is on screen, or within `NEAR` pixels of it: asked of the layout as it is now, which a page of blocks just shown has changed. */
function nearScreen(item: HTMLElement): boolean {
  const { top, bottom } = item.getBoundingClientRect()
  return top < innerHeight + NEAR && bottom > -NEAR
}

/** The text, a line to an element, each with its line break: a line too long for the pane wraps, indented under its start. */
function lines(text: string): HTMLElement[] {
  return text.split(/(?<=\n)/).map((line) => Object.assign(document.createElement('span'), { className: 'line', textContent: line }))
}

tablePicker.replaceChildren(...TABLE_NAMES.map((table) => new Option(table, table)))
picker.addEventListener('change', () => show(Number(picker.value)))
// The export is made when the pane comes near the screen: on a narrow screen it stands below the text.
new IntersectionObserver(
  (entries) => {
    if (entries.some((entry) => entry.isIntersecting)) void renderOutput()
  },
  { rootMargin: `${NEAR}px 0px` }
).observe(element('exports'))
tablePicker.addEventListener('change', () => void renderOutput())
moreButton.addEventListener('click', () => void more())
element('cancel').addEventListener('click', () => client.cancel())
const input = element<HTMLInputElement>('files')
input.addEventListener('change', () => {
  const files = [...(input.files ?? [])]
  // Cleared, so that the same file can be picked again.
  input.value = ''
  void add(files)
})
const drop = element('drop')
drop.addEventListener('dragover', (event) => {
  event.preventDefault()
  drop.classList.add('over')
})
drop.addEventListener('dragleave', () => drop.classList.remove('over'))
drop.addEventListener('drop', (event) => {
  event.preventDefault()
  drop.classList.remove('over')
  void add([...(event.dataTransfer?.files ?? [])])
})
for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
  tab.addEventListener('click', () => {
    format = tab.dataset.format as Format
    for (const other of document.querySelectorAll('[role=tab]')) other.setAttribute('aria-selected', String(other === tab))
    void renderOutput()
  })
}
// The page opens on the sample that shows best what the parser finds: quotations, dates and diagnostics.
void add(
  Object.entries(samples)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => new File([text], path.slice(path.lastIndexOf('/') + 1), { type: 'text/plain' })),
  showcase
)
