/** The demo, built and served, in Debian's headless Chromium (Playwright's own browser download does not work here). */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { build, preview, type PreviewServer } from 'vite'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Chromium's path: `CHROMIUM_PATH`, else Debian's; `null` when there is none. */
export function chromiumPath(): string | null {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => candidate && existsSync(candidate)) ?? null
}

/** Builds the demo, serves it, and opens a browser. */
export async function openDemo(): Promise<{ url: string; browser: Browser; close: () => Promise<void> }> {
  await build({ root: ROOT, logLevel: 'warn' })
  const server: PreviewServer = await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('The preview server has no address')
  const executablePath = chromiumPath()
  if (executablePath === null) throw new Error('No Chromium: install Debian’s `chromium` package, or set CHROMIUM_PATH')
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] })
  return {
    url,
    browser,
    close: async () => {
      await browser.close()
      await server.close()
    }
  }
}
