/**
 * The demo, end to end in a real browser: a sample article loads with its
 * quotations highlighted; a dropped file is parsed; a diagnostic leads to its
 * place in the text; the CSV downloads with its header.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { parse } from '@corpus/core'
import { toCsv } from '@corpus/csv'
import { chromiumPath, openDemo } from './browser.js'

// Without a browser the end-to-end test cannot run: it says so and is skipped, unless CI requires it (`.ci/run` installs Chromium).
const browser = chromiumPath()
if (browser === null && process.env.CORPUS_REQUIRE_BROWSER) throw new Error('CORPUS_REQUIRE_BROWSER is set, and there is no Chromium')
if (browser === null) console.warn('The demo’s end-to-end test is skipped: no Chromium (install Debian’s `chromium` package, or set CHROMIUM_PATH).')

let demo: Awaited<ReturnType<typeof openDemo>>
let page: Page

beforeAll(async () => {
  if (browser === null) return
  demo = await openDemo()
  page = await demo.browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } })
  await page.goto(demo.url)
})

afterAll(async () => {
  await demo?.close()
})

const SAMPLE = new URL('../../../sample/', import.meta.url)
const DROPPED = 'Le maire Jean Dupont a déclaré : « Le pont rouvrira le 12 mars 2024. » Puis il est parti.\n\nIl fait beau , ajoute-t-il.\n'

describe.skipIf(browser === null)('the demo', () => {
  it('lists the sample articles, and shows one with its quotations highlighted', async () => {
    const names = await page.locator('#documents option').allTextContents()
    expect(names).toHaveLength(10)
    const documents = names.map((name) => parse(readFileSync(new URL(name, SAMPLE)), { file: name }))
    const index = documents.findIndex((document) => document.quotes.length > 0)
    const document = documents[index]
    await page.selectOption('#documents', String(index))
    expect(await page.locator('#blocks .block').count()).toBe(document?.children.length)
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
    expect(await page.locator('#blocks mark.quote').allTextContents()).toEqual(['« Le pont rouvrira le ', '12 mars 2024', '. »'])
    expect(await page.locator('#blocks mark.person').allTextContents()).toEqual(['Jean Dupont'])

    const diagnostic = page.locator('#diagnostics button[data-rule="space-before-punctuation"]')
    expect(await diagnostic.textContent()).toBe('depeche.txt:3:9 warning: Unexpected space before `,` in `beau ,`, expected `beau,`')
    await diagnostic.click()
    expect((await page.locator('#blocks mark.current').allTextContents()).join('')).toBe('beau ,')
  })

  it('downloads the CSV tables, each with its header', async () => {
    await page.click('[role=tab][data-format=csv]')
    await page.selectOption('#table', 'documents')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')])
    expect(download.suggestedFilename()).toBe('depeche-documents.csv')
    const path = await download.path()
    const csv = readFileSync(path, 'utf8')
    const expected = toCsv([parse(new TextEncoder().encode(DROPPED), { file: 'depeche.txt' })]).documents ?? ''
    expect(csv.split('\r\n')[0]).toBe(expected.split('\r\n')[0])
    expect(csv.split('\r\n')[0]?.startsWith('doc_id,source_file,ordinal,source_id,sha256')).toBe(true)
    expect(csv).toBe(expected)
  })
})
