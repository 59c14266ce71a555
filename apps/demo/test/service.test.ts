import { describe, expect, it } from 'vitest'
import { parse } from '@corpus/core'
import { toCsv } from '@corpus/csv'
import { createService, PREVIEW_LENGTH, type Answers, type Request } from '../src/service.js'
import { PAGE_SEGMENTS, type BlocksPage, type Cursor } from '../src/view.js'
import { frenchArticle } from './article.js'

const DEPECHE = 'Le maire Jean Dupont a déclaré : « Le pont rouvrira le 12 mars 2024. » Puis il est parti.\n\nIl fait beau , ajoute-t-il.\n'
const file = (text: string) => new Blob([text])

/** The answer to `request`, which must be one. */
async function answer<K extends keyof Answers>(respond: ReturnType<typeof createService>, request: Extract<Request, { kind: K }>): Promise<Answers[K]> {
  const response = await respond(request)
  if (!response.ok) throw new Error(`No answer: ${response.reason}`)
  return response.value as Answers[K]
}

/** Every page of the document's blocks, from the first. */
async function allPages(respond: ReturnType<typeof createService>, name: string, blob: Blob): Promise<BlocksPage[]> {
  const pages: BlocksPage[] = []
  for (let from: Cursor | null = { block: 0, segment: 0 }; from; ) {
    const page: BlocksPage = await answer<'blocks'>(respond, { kind: 'blocks', id: 1, name, file: blob, from })
    pages.push(page)
    from = page.next
  }
  return pages
}

describe('the worker’s service', () => {
  it('opens a file: its facts, its block count, its diagnostics and the block each stands in', async () => {
    const view = await answer<'open'>(createService(), { kind: 'open', id: 1, name: 'depeche.txt', file: file(DEPECHE) })
    const document = parse(new TextEncoder().encode(DEPECHE), { file: 'depeche.txt' })
    expect([view.blocks, view.quotes, view.dates]).toEqual([2, 1, 1])
    expect(view.facts.find(([term]) => term === 'Counts')).toEqual(['Counts', '2 blocks, 3 sentences, 1 quote, 1 date, 1 entity'])
    expect(view.facts.find(([term]) => term === 'SHA-256')).toEqual(['SHA-256', document.source.sha256])
    expect(view.facts.find(([term]) => term === 'Title')).toEqual(['Title', '[Le maire Jean Dupont a déclaré : « Le pont rouvrira le 12 mars…] (devised)'])
    expect(view.facts.find(([term]) => term === 'Quoted')).toEqual(['Quoted', 'Le maire Jean Dupont (1)'])
    expect(view.diagnostics).toEqual([{ place: 'depeche.txt:3:9', severity: 'warning', message: 'Unexpected space before `,` in `beau ,`, expected `beau,`', ruleId: 'space-before-punctuation', index: 0, block: 1 }])
    expect(view.diagnosticCount).toBe(1)
  })

  it('counts in the plural all but one', async () => {
    const view = await answer<'open'>(createService(), { kind: 'open', id: 1, name: 'vide.txt', file: file('Rien.\n\nToujours rien.\n') })
    expect(view.facts.find(([term]) => term === 'Counts')).toEqual(['Counts', '2 blocks, 2 sentences, 0 quotes, 0 dates, 0 entities'])
    expect([view.quotes, view.dates, view.diagnosticCount]).toEqual([0, 0, 0])
  })

  it('lists the page furniture by role, says a publication line dates the article, and gives each line of furniture its role', async () => {
    const text = 'Le pont rouvre\nPublié le 30/10/2023 à 14h24\nPartager\nLe maire a parlé.\nPartager\nPublicité\n'
    const respond = createService()
    const view = await answer<'open'>(respond, { kind: 'open', id: 1, name: 'page.txt', file: file(text) })
    expect(view.facts.find(([term]) => term === 'Date')).toEqual(['Date', '2023-10-30 (day, from a publication line)'])
    expect(view.facts.find(([term]) => term === 'Page furniture')).toEqual(['Page furniture', 'publication (1), interface (2), advertising (1)'])
    const [page] = await allPages(respond, 'page.txt', file(text))
    expect(page?.pieces.map((piece) => [piece.type, piece.role])).toEqual([
      ['heading', null],
      ['furniture', 'publication'],
      ['furniture', 'interface'],
      ['paragraph', null],
      ['furniture', 'interface'],
      ['furniture', 'advertising']
    ])
  })

  it('says where the date comes from, and that there is no page furniture', async () => {
    const view = await answer<'open'>(createService(), { kind: 'open', id: 1, name: 'depeche.txt', file: file(` date 2024-03 ${DEPECHE}`) })
    expect(view.facts.find(([term]) => term === 'Date')).toEqual(['Date', '2024-03 (month, from the header)'])
    expect(view.facts.find(([term]) => term === 'Page furniture')).toEqual(['Page furniture', '—'])
  })

  it('gives the blocks highlighted, page by page, with every character once', async () => {
    const text = '« a » '.repeat(4_000)
    const pages = await allPages(createService(), 'guillemets.txt', file(text))
    expect(pages.map((page) => page.next)).toEqual([{ block: 0, segment: PAGE_SEGMENTS }, { block: 0, segment: 2 * PAGE_SEGMENTS }, null])
    const pieces = pages.flatMap((page) => page.pieces)
    expect(pieces.map((piece) => [piece.block, piece.type, piece.segments.length])).toEqual([
      [0, 'paragraph', PAGE_SEGMENTS],
      [0, 'paragraph', PAGE_SEGMENTS],
      [0, 'paragraph', 7_999 - 2 * PAGE_SEGMENTS]
    ])
    const segments = pieces.flatMap((piece) => piece.segments)
    expect(segments.map((segment) => segment.text).join('')).toBe(text.trimEnd())
    expect(segments.slice(0, 3)).toEqual([
      { text: '« a »', classes: ['quote'] },
      { text: ' ', classes: [] },
      { text: '« a »', classes: ['quote'] }
    ])
  })

  it('gives every block through the one asked for, whole', async () => {
    const text = frenchArticle(200_000)
    const document = parse(new TextEncoder().encode(text))
    const page = await answer<'blocks'>(createService(), { kind: 'blocks', id: 1, name: 'article.txt', file: file(text), from: { block: 2, segment: 1 }, through: 1_000 })
    expect(page.pieces.map((piece) => piece.block)).toEqual(Array.from({ length: 999 }, (_, index) => index + 2))
    const last = document.children[1_000]?.position
    expect(page.pieces.at(-1)?.segments.map((segment) => segment.text).join('')).toBe(text.slice(last?.start.offset, last?.end.offset))
    expect(page.next).toEqual({ block: 1_001, segment: 0 })
  })

  it('exports a CSV table as the exporter writes it', async () => {
    const output = await answer<'export'>(createService(), { kind: 'export', id: 1, name: 'depeche.txt', file: file(DEPECHE), format: 'csv', table: 'quotes' })
    const expected = toCsv([parse(new TextEncoder().encode(DEPECHE), { file: 'depeche.txt' })]).quotes
    expect({ name: output.name, preview: output.preview, length: output.length, whole: await output.blob.text(), type: output.blob.type }).toEqual({ name: 'depeche-quotes.csv', preview: expected, length: expected.length, whole: expected, type: 'text/csv' })
  })

  it('shows the start of a long export, and downloads all of it', async () => {
    const output = await answer<'export'>(createService(), { kind: 'export', id: 1, name: 'article.txt', file: file(frenchArticle(50_000)), format: 'jsonld' })
    const whole = await output.blob.text()
    expect(whole.length).toBeGreaterThan(PREVIEW_LENGTH)
    expect(output.length).toBe(whole.length)
    expect(output.preview).toBe(whole.slice(0, PREVIEW_LENGTH))
  })

  it('parses each file once', async () => {
    let parsed = 0
    const respond = createService((...args) => {
      parsed++
      return parse(...args)
    })
    await answer<'open'>(respond, { kind: 'open', id: 1, name: 'depeche.txt', file: file(DEPECHE) })
    await answer<'blocks'>(respond, { kind: 'blocks', id: 1, name: 'depeche.txt', file: file(DEPECHE), from: { block: 0, segment: 0 } })
    await answer<'export'>(respond, { kind: 'export', id: 1, name: 'depeche.txt', file: file(DEPECHE), format: 'markdown' })
    expect(parsed).toBe(1)
  })

  it('answers a parser that throws, or a file that cannot be read, with the reason', async () => {
    const respond = createService(() => {
      throw new RangeError('Maximum call stack size exceeded')
    })
    expect(await respond({ kind: 'open', id: 1, name: 'pile.txt', file: file('Texte.') })).toEqual({ ok: false, reason: 'Maximum call stack size exceeded' })
    const unreadable = Object.assign(file('Texte.'), { arrayBuffer: () => Promise.reject(new Error('The file could not be read')) })
    expect(await createService()({ kind: 'open', id: 2, name: 'parti.txt', file: unreadable })).toEqual({ ok: false, reason: 'The file could not be read' })
  })
})
