import { TABLE_NAMES, type TableName } from '@corpus/csv'
import type { Format } from './exports.js'
import type { Request, Response } from './service.js'
import type { BlockPiece, BlocksPage, Cursor, DocumentView } from './view.js'
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

/** Parses each file in the worker, in order: each is added to the list or listed with why it was not; the first added is shown. */
async function add(files: readonly File[]): Promise<void> {
  let shown = false
  await Promise.all(
    files.map(async (file) => {
      const id = nextId++
      try {
        const view = await client.run({ kind: 'open', id, name: file.name, file }, `Parsing ${file.name}…`)
        loaded.push({ id, name: file.name, file, view })
        picker.append(new Option(file.name, String(loaded.length - 1)))
        if (shown) return
        shown = true
        picker.value = String(loaded.length - 1)
        show(loaded.length - 1)
      } catch (error) {
        fail(file.name, reasonOf(error))
      }
    })
  )
}

function show(index: number): void {
  current = loaded[index]
  if (!current) return
  renderFacts(current.view)
  renderDiagnostics(current)
  element('blocks').replaceChildren()
  cursor = { block: 0, segment: 0 }
  lastBlock = undefined
  clearOutput()
  // The text first: an export of a large document takes longer than its first page.
  const shown = current
  void more().then(() => {
    if (shown === current) void renderOutput()
  })
}

function renderFacts(view: DocumentView): void {
  element('facts').replaceChildren(...view.facts.flatMap(([term, value]) => [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value })]))
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
  if (hidden > 0) items.push(Object.assign(document.createElement('li'), { textContent: `${hidden} more, in the CSV diagnostics table and the JSON-LD.` }))
  element('diagnostics').replaceChildren(...(items.length ? items : [Object.assign(document.createElement('li'), { textContent: 'None.' })]))
}

/** Empties the export pane, and makes any export still on its way stale: the pane never shows another document's or format's export. */
function clearOutput(): void {
  outputs++
  element('output').textContent = ''
  element('output-note').hidden = true
  element('download').hidden = true
}

/** The current document in the chosen format: its start shown, all of it to download. */
async function renderOutput(): Promise<void> {
  const item = current
  if (!item) return
  clearOutput()
  const output = outputs
  const chosen = format
  tablePicker.hidden = chosen !== 'csv'
  const link = element<HTMLAnchorElement>('download')
  const note = element('output-note')
  const table = tablePicker.value as TableName
  const request: Extract<Request, { kind: 'export' }> = { kind: 'export', id: item.id, name: item.name, file: item.file, format: chosen, ...(chosen === 'csv' ? { table } : {}) }
  try {
    const view = await client.run(request, `Exporting ${FORMAT_NAMES[chosen]}${chosen === 'csv' ? ` (${table})` : ''} of ${item.name}…`)
    if (output !== outputs) return
    element('output').textContent = view.preview
    note.hidden = view.preview.length === view.length
    note.textContent = `The first ${view.preview.length.toLocaleString('en')} characters of ${view.length.toLocaleString('en')}: the download holds all of it.`
    URL.revokeObjectURL(link.href)
    link.href = URL.createObjectURL(view.blob)
    link.download = view.name
    link.textContent = `Download ${view.name}`
    link.hidden = false
  } catch (error) {
    if (output !== outputs) return
    note.hidden = false
    note.textContent = `Not exported: ${reasonOf(error)}.`
  }
}

tablePicker.replaceChildren(...TABLE_NAMES.map((table) => new Option(table, table)))
picker.addEventListener('change', () => show(Number(picker.value)))
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
void add(
  Object.entries(samples)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => new File([text], path.slice(path.lastIndexOf('/') + 1), { type: 'text/plain' }))
)
