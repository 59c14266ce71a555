/**
 * The demo, end to end in a real browser: a sample article loads with its
 * quotations highlighted; a dropped file is parsed; a diagnostic leads to its
 * place in the text; the CSV downloads with its header; a large file parses
 * while the page stays responsive, a hostile one is shown or listed with its
 * reason, and the files after it are added; a cancel lists what it stopped;
 * page furniture is set apart, labelled with its role.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { parse } from '@corpus/core'
import { toCsv } from '@corpus/csv'
import { createService } from '../src/service.js'
import type { Cursor } from '../src/view.js'
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
const DROPPED = 'Le maire Jean Dupont a déclaré : « Le pont rouvrira le 12 mars 2024. » Puis il est parti.\n\nIl fait beau , ajoute-t-il.\n'

describe.skipIf(browser === null)('the demo', () => {
  it('lists the sample articles, and shows one with its quotations highlighted', async () => {
    await expect.poll(() => page.locator('#documents option').count()).toBe(10)
    const names = await optionNames()
    const documents = names.map((name) => parse(readFileSync(new URL(name, SAMPLE)), { file: name }))
    const index = documents.findIndex((document) => document.quotes.length > 0)
    const document = documents[index]
    await page.selectOption('#documents', String(index))
    await expect.poll(() => page.locator('#blocks .block').count()).toBe(document?.children.length)
    await idle()
    const quote = document?.quotes[0]
    const marked = (await page.locator('#blocks mark.quote').allTextContents()).join('')
    expect(marked).toContain(document?.text.slice(quote?.position.start.offset, quote?.position.end.offset))
    // `pnpm screenshot` keeps this view for the README.
    if (process.env.DEMO_SCREENSHOT) await page.screenshot({ path: process.env.DEMO_SCREENSHOT, fullPage: false })
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
})
