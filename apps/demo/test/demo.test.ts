/**
 * The demo, end to end in a real browser: it opens on the sample article that
 * shows best what the parser finds, its quotations, dates and diagnostics
 * marked; a sample with no diagnostics says so; a dropped file is parsed; a diagnostic leads to its
 * place in the text; the CSV downloads with its header; a large file parses
 * while the page stays responsive, a hostile one is shown or listed with its
 * reason, and the files after it are added; a cancel lists what it stopped;
 * page furniture is set apart, labelled with its role. At a desktop and a
 * phone width the page fits the screen, its screenshots are saved, and each
 * export is made once, when its tab is first shown.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { parse } from '@corpus/core'
import { toCsv } from '@corpus/csv'
import { plural } from '../src/plural.js'
import { createService } from '../src/service.js'
import { documentView, showcase, type Cursor } from '../src/view.js'
import { frenchArticle } from './article.js'
import { chromiumPath, openDemo } from './browser.js'

// Without a browser the end-to-end test cannot run: it says so and is skipped, unless CI requires it (`.ci/run` installs Chromium).
const browser = chromiumPath()
if (browser === null && process.env.CORPUS_REQUIRE_BROWSER) throw new Error('CORPUS_REQUIRE_BROWSER is set, and there is no Chromium')
if (browser === null) console.warn('The demo’s end-to-end test is skipped: no Chromium (install Debian’s `chromium` package, or set CHROMIUM_PATH).')

let demo: Awaited<ReturnType<typeof openDemo>>
let page: Page
// Errors the page let through, uncaught: there must be none.
const pageErrors: string[] = []

beforeAll(async () => {
  if (browser === null) return
  demo = await openDemo()
  page = await demo.browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(demo.url)
})

const SCRATCH = mkdtempSync(join(tmpdir(), 'corpus-demo-'))

afterAll(async () => {
  await demo?.close()
  rmSync(SCRATCH, { recursive: true, force: true })
})

/** Writes the files into the scratch folder, and gives their paths. */
function write(files: Record<string, string | Uint8Array>): string[] {
  return Object.entries(files).map(([name, content]) => {
    const path = join(SCRATCH, name)
    writeFileSync(path, content)
    return path
  })
}

const optionNames = () => page.locator('#documents option').allTextContents()
const failures = () => page.locator('#failures li').allTextContents()
const busyLabel = () => page.locator('#busy-label').textContent()
const idle = () => expect.poll(() => page.locator('#busy').isHidden(), { timeout: 60_000 }).toBe(true)

const SAMPLE = new URL('../../../sample/', import.meta.url)
// The sample articles in the list's order, parsed here too.
const SAMPLES = readdirSync(SAMPLE)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, document: parse(readFileSync(new URL(name, SAMPLE)), { file: name }) }))
// The page opens on the one whose parse shows the most: quotations, dates and diagnostics.
const OPENING = SAMPLES[showcase(SAMPLES.map(({ name, document }) => documentView(name, document)))]
// Where the layout test saves its screenshots (ignored by git).
const SCREENSHOTS = process.env.DEMO_SCREENSHOTS ?? fileURLToPath(new URL('screenshots/', import.meta.url))
const DROPPED = 'Le maire Jean Dupont a déclaré : « Le pont rouvrira le 12 mars 2024. » Puis il est parti.\n\nIl fait beau , ajoute-t-il.\n'

describe.skipIf(browser === null)('the demo', () => {
  it('lists the sample articles, and opens on one with quotations, dates and diagnostics, all marked', async () => {
    await expect.poll(() => page.locator('#documents option').count()).toBe(10)
    expect(await optionNames()).toEqual(SAMPLES.map(({ name }) => name))
    // The article with a weekday that contradicts its date and a broken hyphenation (see sample/README.md).
    expect(OPENING?.name).toBe('005_1d7c5e0a9b34f2e6.txt')
    const document = OPENING?.document
    if (!document) throw new Error('No sample to open on')
    await expect.poll(() => page.locator('#documents option:checked').textContent()).toBe(OPENING.name)
    await expect.poll(() => page.locator('#blocks .block').count()).toBe(document.children.length)
    await idle()
    expect(document.quotes.length).toBeGreaterThan(0)
    expect(document.dates.length).toBeGreaterThan(0)
    expect(await page.locator('#facts').textContent()).toContain(`${plural(document.quotes.length, 'quote')}, ${plural(document.dates.length, 'date')}, `)
    const slice = ({ position }: { position: { start: { offset: number }; end: { offset: number } } }) => document.text.slice(position.start.offset, position.end.offset)
    const quotes = (await page.locator('#blocks mark.quote').allTextContents()).join('')
    for (const quote of document.quotes) expect(quotes).toContain(slice(quote))
    const dates = await page.locator('#blocks mark.date').allTextContents()
    expect(dates.join('')).toBe(document.dates.map(slice).join(''))
    expect(await page.locator('#diagnostics button').evaluateAll((buttons) => buttons.map((button) => button.dataset.rule))).toEqual(['weekday-mismatch', 'broken-hyphenation'])
    expect(await page.locator('#diagnostics button').count()).toBe(document.diagnostics.length)
    expect(await page.locator('#no-diagnostics').isHidden()).toBe(true)
    // `pnpm screenshot` keeps this view for the README.
    if (process.env.DEMO_SCREENSHOT) await page.screenshot({ path: process.env.DEMO_SCREENSHOT, fullPage: false })
  })

  it('says when a document has no diagnostics, with no numbered item', async () => {
    const index = SAMPLES.findIndex(({ document }) => document.diagnostics.length === 0)
    await page.selectOption('#documents', String(index))
    await expect.poll(() => page.locator('#no-diagnostics').isVisible()).toBe(true)
    expect(await page.locator('#no-diagnostics').textContent()).toBe('No diagnostics.')
    expect(await page.locator('#diagnostics li').count()).toBe(0)
    expect(await page.locator('#diagnostics').isHidden()).toBe(true)
    await idle()
  })

  it('parses a dropped file, and its diagnostic leads to its place', async () => {
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'depeche.txt', { type: 'text/plain' }))
      return transfer
    }, DROPPED)
    await page.dispatchEvent('#drop', 'drop', { dataTransfer })
    await expect.poll(() => page.locator('#documents').inputValue()).toBe('10')
    expect(await page.locator('#documents option:checked').textContent()).toBe('depeche.txt')
    await expect.poll(() => page.locator('#blocks mark.quote').allTextContents()).toEqual(['« Le pont rouvrira le ', '12 mars 2024', '. »'])
    expect(await page.locator('#blocks mark.person').allTextContents()).toEqual(['Jean Dupont'])

    const diagnostic = page.locator('#diagnostics button[data-rule="space-before-punctuation"]')
    expect(await diagnostic.textContent()).toBe('depeche.txt:3:9 warning: Unexpected space before `,` in `beau ,`, expected `beau,`')
    await diagnostic.click()
    expect((await page.locator('#blocks mark.current').allTextContents()).join('')).toBe('beau ,')
  })

  it('downloads the CSV tables, each with its header', async () => {
    await page.click('[role=tab][data-format=csv]')
    await page.selectOption('#table', 'documents')
    await expect.poll(() => page.locator('#download').textContent()).toBe('Download depeche-documents.csv')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')])
    expect(download.suggestedFilename()).toBe('depeche-documents.csv')
    const path = await download.path()
    const csv = readFileSync(path, 'utf8')
    const expected = toCsv([parse(new TextEncoder().encode(DROPPED), { file: 'depeche.txt' })]).documents ?? ''
    expect(csv.split('\r\n')[0]).toBe(expected.split('\r\n')[0])
    expect(csv.split('\r\n')[0]?.startsWith('doc_id,source_file,title,title_devised,ordinal,sha256')).toBe(true)
    expect(csv).toBe(expected)
  })

  it('parses a large file, shows a binary one, lists one that cannot be read, and adds the one after them', async () => {
    const article = frenchArticle(3_000_000)
    const binary = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)
    const stack = `M. Jean Dupont a parlé. ${'Dupont parle. '.repeat(150_000)}`
    const paths = write({ 'grand.txt': article, 'binaire.txt': binary, 'pile.txt': stack, 'parti.txt': 'Ce fichier disparaît avant d’être lu.\n', 'suite.txt': 'La suite : « Tout va bien. »\n' })
    await page.setInputFiles('#files', paths)
    // Gone once picked: reading it fails.
    rmSync(paths[3] ?? '')
    await idle()

    // Every file is added or listed with its reason; the files after the failure are added.
    const added = (await optionNames()).slice(11)
    const failed = await failures()
    expect(added.filter((name) => name !== 'pile.txt')).toEqual(['grand.txt', 'binaire.txt', 'suite.txt'])
    expect(failed.filter((line) => !line.startsWith('pile.txt: '))).toEqual([expect.stringMatching(/^parti\.txt: \S/)])
    expect([...added, ...failed.map((line) => line.slice(0, line.indexOf(':')))].sort()).toEqual(['binaire.txt', 'grand.txt', 'parti.txt', 'pile.txt', 'suite.txt'])

    // The large file is shown, its facts and its first page of blocks, and more on demand.
    expect(await page.locator('#documents option:checked').textContent()).toBe('grand.txt')
    const respond = createService()
    const file = new Blob([article])
    const opened = await respond({ kind: 'open', id: 0, name: 'grand.txt', file })
    if (!opened.ok || !('facts' in opened.value)) throw new Error('The large file has no view')
    expect(await page.locator('#facts').textContent()).toBe(opened.value.facts.flat().join(''))
    const pages: string[] = []
    for (let from: Cursor | null = { block: 0, segment: 0 }; pages.length < 2 && from; ) {
      const next = await respond({ kind: 'blocks', id: 0, name: 'grand.txt', file, from })
      if (!next.ok || !('pieces' in next.value)) throw new Error('The large file has no blocks')
      pages.push(next.value.pieces.flatMap((piece) => piece.segments.map((segment) => segment.text)).join(''))
      from = next.value.next
    }
    expect(await page.locator('#blocks').textContent()).toBe(pages[0])
    await page.click('#more')
    await expect.poll(() => page.locator('#blocks').textContent()).toBe(pages.join(''))

    // The binary file is shown with its fatal diagnostic, and no text.
    await page.selectOption('#documents', { label: 'binaire.txt' })
    await expect.poll(() => page.locator('#diagnostics button').allTextContents()).toEqual([expect.stringMatching(/^binaire\.txt error: /)])
    expect(await page.locator('#diagnostics button').getAttribute('data-rule')).toBe('binary-input')
    expect(await page.locator('#blocks .block').count()).toBe(0)
    expect(pageErrors).toEqual([])
  })

  it('answers while a large file parses, and cancels: the files it stopped are listed, and the next ones are parsed by a fresh worker', async () => {
    const paths = write({ 'annule.txt': frenchArticle(10_000_000), 'apres.txt': 'Après : « Tout reprend. »\n' })
    const before = await failures()
    await page.setInputFiles('#files', paths)
    await expect.poll(busyLabel).toBe('Parsing annule.txt…')
    // The page shows another document at once, while the large file parses.
    const during = await page.evaluate(() => {
      const picker = document.querySelector<HTMLSelectElement>('#documents')
      if (picker) picker.value = '0'
      picker?.dispatchEvent(new Event('change'))
      return { busy: document.querySelector('#busy-label')?.textContent, facts: document.querySelector('#facts')?.textContent, output: document.querySelector('#output')?.textContent }
    })
    const first = readFileSync(new URL((await optionNames())[0] ?? '', SAMPLE))
    expect(during.busy).toBe('Parsing annule.txt…')
    expect(during.facts).toContain(parse(first).source.sha256)
    // Its export waits behind the parse: the pane is empty, not the last document's.
    expect(during.output).toBe('')
    await page.click('#cancel')
    await idle()
    expect((await failures()).slice(before.length)).toEqual(['annule.txt: cancelled', 'apres.txt: cancelled'])
    await page.setInputFiles('#files', paths.slice(1))
    await expect.poll(() => page.locator('#documents option:checked').textContent()).toBe('apres.txt')
    await expect.poll(() => page.locator('#blocks mark.quote').allTextContents()).toEqual(['« Tout reprend. »'])
    expect(pageErrors).toEqual([])
  })

  it('sets page furniture apart from the article text, labelled with its role', async () => {
    const [path] = write({ 'page-web.txt': 'Le pont rouvre\nPublié le 30/10/2023 à 14h24\nPartager\nLe maire a parlé.\n' })
    await page.setInputFiles('#files', path ? [path] : [])
    await expect.poll(() => page.locator('#documents option:checked').textContent()).toBe('page-web.txt')
    await expect.poll(() => page.locator('#blocks .block').count()).toBe(4)
    const furniture = page.locator('#blocks .block.furniture')
    expect(await furniture.evaluateAll((items) => items.map((item) => [item.dataset.role, item.textContent, getComputedStyle(item, '::before').content]))).toEqual([
      ['publication', 'Publié le 30/10/2023 à 14h24', '"publication"'],
      ['interface', 'Partager', '"interface"']
    ])
    const style = (selector: string) => page.locator(selector).evaluate((item) => getComputedStyle(item).borderLeftStyle)
    expect([await style('#blocks .block.furniture >> nth=0'), await style('#blocks .block.paragraph')]).toEqual(['solid', 'none'])
    expect(await page.locator('#facts').textContent()).toContain('Date2023-10-30 (day, from a publication line)')
    expect(await page.locator('#facts').textContent()).toContain('Page furniturepublication (1), interface (1)')
    expect(pageErrors).toEqual([])
  })

  it('fits a desktop and a phone screen, and makes each export once, when it is first shown', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    const article = OPENING?.document
    for (const { name, width, height } of [
      { name: 'desktop', width: 1280, height: 900 },
      { name: 'phone', width: 420, height: 844 }
    ]) {
      const view = await demo.browser.newPage({ viewport: { width, height } })
      const errors: string[] = []
      view.on('pageerror', (error) => errors.push(error.message))
      // Every export the page asks of its worker, as `format` or `csv table`.
      await view.addInitScript(() => {
        const made: string[] = []
        Object.assign(window, { made })
        const post = Worker.prototype.postMessage
        Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
          if (typeof message === 'object' && message !== null && 'kind' in message && message.kind === 'export' && 'format' in message) {
            made.push(`${String(message.format)}${'table' in message ? ` ${String(message.table)}` : ''}`)
          }
          return post.call(this, message, options as StructuredSerializeOptions)
        }
      })
      const made = () => view.evaluate(() => (window as unknown as { made: string[] }).made)
      await view.goto(demo.url)
      await expect.poll(() => view.locator('#documents option:checked').textContent()).toBe(OPENING?.name)
      await expect.poll(() => view.locator('#blocks .block').count()).toBe(article?.children.length)
      await expect.poll(() => view.locator('#busy').isHidden()).toBe(true)

      if (name === 'phone') {
        // The export pane stands below the text: nothing is exported until it comes near the screen.
        expect(await view.locator('#exports').evaluate((pane) => pane.getBoundingClientRect().top > innerHeight + 200)).toBe(true)
        expect(await made()).toEqual([])
        await view.locator('#exports').scrollIntoViewIfNeeded()
      }
      await expect.poll(() => view.locator('#download').textContent()).toMatch(/\.jsonld$/)
      expect(await made()).toEqual(['jsonld'])
      await view.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })

      // Each tab shows its export, made once: shown again, it is not made again.
      for (const format of ['csv', 'jsonld', 'csv', 'markdown', 'csv']) {
        await view.click(`[role=tab][data-format=${format}]`)
        await expect.poll(() => view.locator('#download').textContent()).toMatch(format === 'csv' ? /-documents\.csv$/ : format === 'jsonld' ? /\.jsonld$/ : /\.md$/)
      }
      await view.selectOption('#table', 'quotes')
      await expect.poll(() => view.locator('#download').textContent()).toMatch(/-quotes\.csv$/)
      await view.selectOption('#table', 'documents')
      await expect.poll(() => view.locator('#download').textContent()).toMatch(/-documents\.csv$/)
      expect(await made()).toEqual(['jsonld', 'csv documents', 'markdown', 'csv quotes'])
      const path = join(SCREENSHOTS, `${name}-csv.png`)
      await view.screenshot({ path, fullPage: true })
      console.log(`The demo at ${width}×${height}: ${join(SCREENSHOTS, `${name}.png`)}, and on the CSV tab: ${path}`)

      const layout = await view.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? new DOMRect()
        const output = document.querySelector('#output')
        const hash = document.querySelector('#sha256')
        const rangeOf = (node: Node) => {
          const range = document.createRange()
          range.selectNodeContents(node)
          return range
        }
        return {
          pageWidth: document.documentElement.scrollWidth,
          screenWidth: innerWidth,
          // From the end of the diagnostics to the start of the exports.
          gap: box('#exports').top - box('section[aria-labelledby=diagnostics-title]').bottom,
          outputOverflow: output ? output.scrollWidth - output.clientWidth : NaN,
          outputLines: document.querySelectorAll('#output .line').length,
          // The lines its text stands on: the tops of its boxes.
          hashLines: hash ? new Set([...rangeOf(hash).getClientRects()].map((rect) => Math.round(rect.top))).size : NaN,
          hashWidth: box('#sha256').width
        }
      })
      // No sideways scroll, no empty space between the sections, the CSV lines whole (they wrap), the SHA-256 on a line or two.
      expect(layout.pageWidth).toBeLessThanOrEqual(layout.screenWidth)
      expect(layout.gap).toBeGreaterThanOrEqual(0)
      expect(layout.gap).toBeLessThan(40)
      expect(layout.outputOverflow).toBe(0)
      expect(layout.outputLines).toBe((toCsv(article ? [article] : [], { tables: ['documents'] }).documents ?? '').split(/(?<=\n)/).length)
      expect(layout.hashLines).toBeGreaterThanOrEqual(1)
      expect(layout.hashLines).toBeLessThanOrEqual(name === 'phone' ? 2 : 1)
      expect(layout.hashWidth).toBeGreaterThan(200)
      expect(errors).toEqual([])
      await view.close()
    }
  })
})
