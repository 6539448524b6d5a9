import { existsSync, mkdirSync } from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DevServer, startDevServer } from '../../scripts/lib/dev-server.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SHOTS = 'test-results'

let server: DevServer
let browser: Browser

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`
    )
  }
  mkdirSync(SHOTS, { recursive: true })
  server = await startDevServer()
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Opens a page and records anything the browser complains about (CSP violations included). */
const open = async (path: string): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  const res = await page.goto(server.url + path)
  expect(res?.status()).toBe(200)
  return { page, problems }
}

describe('pages in Chromium', () => {
  it('shows the home page: stories with their outlets, feeds advertised, styled under the CSP', async () => {
    const { page, problems } = await open('/')
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true })
    expect(await page.title()).toBe('Edgewire')
    const stories = page.locator('ol.items > li')
    expect(await stories.count()).toBe(2)
    await expect.poll(() => stories.first().locator('h2 a').isVisible()).toBe(true)
    const sources = await page.locator('ol.items .sources').allInnerTexts()
    expect(sources.join(' ')).toContain('also reported by')
    expect(await page.locator('link[rel="alternate"]').count()).toBe(3)
    // The inline stylesheet is allowed by its CSP hash: the header is laid out as a flex row.
    expect(
      await page
        .locator('header.site')
        .evaluate(
          (el) =>
            (
              globalThis as unknown as { getComputedStyle: (e: unknown) => { display: string } }
            ).getComputedStyle(el).display
        )
    ).toBe('flex')
    expect(problems).toEqual([])
  })

  it('previews a feed as a page when the browser opens its URL', async () => {
    const { page, problems } = await open('/feed.xml')
    await page.screenshot({ path: `${SHOTS}/feed-preview.png`, fullPage: true })
    expect(await page.locator('h1').innerText()).toBe('Edgewire')
    expect(await page.locator('ol.items > li').count()).toBe(2)
    expect(problems).toEqual([])
  })

  it('follows a story to its page, which names every outlet', async () => {
    const { page, problems } = await open('/')
    await page.locator('ol.items > li h2 a').first().click()
    await page.waitForLoadState()
    await page.screenshot({ path: `${SHOTS}/story.png`, fullPage: true })
    expect(page.url()).toMatch(/\/stories\/[0-9a-f]{32}$/)
    expect(await page.locator('article .body p').count()).toBeGreaterThan(3)
    expect(problems).toEqual([])
  })
})
