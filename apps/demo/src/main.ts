import { parse, type Document } from '@corpus/core'
import type { TableName } from '@corpus/csv'
import { outputs, type Output } from './exports.js'
import { segments, type Highlight } from './segments.js'

// The bundled sample articles, as text.
const samples = import.meta.glob<string>('../../../sample/*.txt', { query: '?raw', import: 'default', eager: true })

interface Loaded {
  name: string
  document: Document
}

const loaded: Loaded[] = Object.entries(samples)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => {
    const name = path.slice(path.lastIndexOf('/') + 1)
    return { name, document: parse(new TextEncoder().encode(text), { file: name }) }
  })

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const picker = element<HTMLSelectElement>('documents')
const tablePicker = element<HTMLSelectElement>('table')
let format: 'jsonld' | 'csv' | 'markdown' = 'jsonld'
let current: Loaded | undefined

function listDocuments(selected: number): void {
  picker.replaceChildren(...loaded.map((item, index) => new Option(item.name, String(index), false, index === selected)))
  show(selected)
}

function show(index: number): void {
  current = loaded[index]
  if (!current) return
  renderFacts(current.document)
  renderBlocks(current.document)
  renderDiagnostics(current)
  renderOutput()
}

function renderFacts(doc: Document): void {
  const facts: [string, string][] = [
    ['Language', doc.language ?? 'unknown'],
    ['Date', doc.date ? `${doc.date.value} (${doc.date.precision}, from the ${doc.date.source})` : 'none stated'],
    ['Dateline', doc.dateline?.raw ?? '—'],
    ['Byline', doc.byline?.author ?? '—'],
    ['Counts', `${doc.children.length} blocks, ${doc.sentences.length} sentences, ${doc.quotes.length} quotations, ${doc.dates.length} dates, ${doc.entities.length} entities`],
    ['SHA-256', doc.source.sha256]
  ]
  element('facts').replaceChildren(...facts.flatMap(([term, value]) => [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value })]))
}

/** Each block's text, its annotations marked: quotations, dates, names by kind, and the diagnostics' spans. */
function renderBlocks(doc: Document): void {
  const highlights: Highlight[] = [
    ...doc.quotes.map((quote) => ({ start: quote.position.start.offset, end: quote.position.end.offset, className: 'quote' })),
    ...doc.dates.map((date) => ({ start: date.position.start.offset, end: date.position.end.offset, className: 'date' })),
    ...doc.mentions.map((mention) => ({ start: mention.position.start.offset, end: mention.position.end.offset, className: mention.kind })),
    ...doc.diagnostics.flatMap((diagnostic, index) => (diagnostic.position ? [{ start: diagnostic.position.start.offset, end: Math.max(diagnostic.position.end.offset, diagnostic.position.start.offset + 1), className: `diagnostic d${index}` }] : []))
  ]
  const cut = segments(doc.children.map((block) => ({ start: block.position.start.offset, end: block.position.end.offset })), highlights)
  const blocks = doc.children.map((block, index) => {
    const item = document.createElement(block.type === 'heading' ? 'h3' : 'p')
    item.className = `block ${block.type}`
    item.dataset.type = block.type
    for (const segment of cut[index] ?? []) {
      const text = doc.text.slice(segment.start, segment.end)
      if (segment.classes.length === 0) item.append(text)
      else item.append(Object.assign(document.createElement('mark'), { className: segment.classes.join(' '), textContent: text }))
    }
    return item
  })
  element('blocks').replaceChildren(...blocks)
}

function renderDiagnostics({ name, document: doc }: Loaded): void {
  const items = doc.diagnostics.map((diagnostic, index) => {
    const item = document.createElement('li')
    const place = diagnostic.position ? `${name}:${diagnostic.position.start.line}:${diagnostic.position.start.column}` : name
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: `${place} ${diagnostic.severity}: ${diagnostic.message}` })
    button.dataset.rule = diagnostic.ruleId
    // Clicking goes to the diagnostic's place in the text, and marks it.
    button.addEventListener('click', () => {
      const marks = [...document.querySelectorAll<HTMLElement>(`mark.d${index}`)]
      for (const mark of document.querySelectorAll('mark.current')) mark.classList.remove('current')
      for (const mark of marks) mark.classList.add('current')
      marks[0]?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    })
    item.append(button, ' ', Object.assign(document.createElement('code'), { textContent: diagnostic.ruleId }))
    return item
  })
  element('diagnostics').replaceChildren(...(items.length ? items : [Object.assign(document.createElement('li'), { textContent: 'None.' })]))
}

function renderOutput(): void {
  if (!current) return
  const all = outputs(current.document)
  tablePicker.hidden = format !== 'csv'
  if (format === 'csv' && tablePicker.options.length === 0) tablePicker.replaceChildren(...[...all.csv.keys()].map((table) => new Option(table, table)))
  const output: Output | undefined = format === 'csv' ? all.csv.get(tablePicker.value as TableName) : all[format]
  if (!output) return
  element('output').textContent = output.text
  const link = element<HTMLAnchorElement>('download')
  URL.revokeObjectURL(link.href)
  link.href = URL.createObjectURL(new Blob([output.text], { type: output.type }))
  link.download = output.name
  link.textContent = `Download ${output.name}`
}

async function add(files: Iterable<File>): Promise<void> {
  const first = loaded.length
  for (const file of files) loaded.push({ name: file.name, document: parse(new Uint8Array(await file.arrayBuffer()), { file: file.name }) })
  if (loaded.length > first) listDocuments(first)
}

picker.addEventListener('change', () => show(Number(picker.value)))
tablePicker.addEventListener('change', renderOutput)
element<HTMLInputElement>('files').addEventListener('change', (event) => void add((event.target as HTMLInputElement).files ?? []))
const drop = element('drop')
drop.addEventListener('dragover', (event) => {
  event.preventDefault()
  drop.classList.add('over')
})
drop.addEventListener('dragleave', () => drop.classList.remove('over'))
drop.addEventListener('drop', (event) => {
  event.preventDefault()
  drop.classList.remove('over')
  void add(event.dataTransfer?.files ?? [])
})
for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
  tab.addEventListener('click', () => {
    format = tab.dataset.format as typeof format
    for (const other of document.querySelectorAll('[role=tab]')) other.setAttribute('aria-selected', String(other === tab))
    renderOutput()
  })
}
listDocuments(0)
