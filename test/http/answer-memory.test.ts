/**
 * The repeat-request fast path (src/http/answer-memory.ts) must answer
 * exactly as the full chain does, and never with an answer that is out of date.
 */
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { answerMemoryHits } from '../../src/http/answer-memory.ts'

const BASE = 'http://localhost:8787'
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
const fetchWorker = (path: string, init?: RequestInit) =>
  exports.default.fetch(`${BASE}${path}`, init)

/** Everything a client can observe of a response. */
const observe = async (res: Response) => ({
  status: res.status,
  headers: [...res.headers].sort(([a], [b]) => a.localeCompare(b)),
  body: new Uint8Array(await res.arrayBuffer()),
})

const PATHS = [
  '/',
  '/feed.xml',
  '/feed.atom',
  '/feed.json?limit=2',
  '/articles/feed.xml',
  '/sources.opml',
  '/api/stories',
  '/api/articles?limit=1',
  '/openapi.json',
]

describe('answers from memory', () => {
  it('are the chain’s own answers: status, headers and body, for GET, HEAD and conditionals', async () => {
    for (const path of PATHS) {
      const first = await fetchWorker(path)
      const etag = first.headers.get('ETag') ?? ''
      const lastModified = first.headers.get('Last-Modified')
      const variants: RequestInit[] = [
        {},
        { method: 'HEAD' },
        { headers: { Accept: BROWSER_ACCEPT } },
        { headers: { 'If-None-Match': etag } },
        { headers: { 'If-None-Match': '"something-else"' } },
        ...(lastModified ? [{ headers: { 'If-Modified-Since': lastModified } }] : []),
      ]
      for (const init of variants) {
        const chain = await observe(await fetchWorker(path, init))
        const before = answerMemoryHits()
        const repeat = await observe(await fetchWorker(path, init))
        expect(answerMemoryHits(), `${path} ${JSON.stringify(init)} from memory`).toBe(before + 1)
        expect(repeat, `${path} ${JSON.stringify(init)}`).toEqual(chain)
      }
    }
  })

  it('keep a feed and its HTML preview apart', async () => {
    const rss = await fetchWorker('/feed.xml')
    const preview = await fetchWorker('/feed.xml', { headers: { Accept: BROWSER_ACCEPT } })
    const rssAgain = await fetchWorker('/feed.xml')
    expect(rss.headers.get('Content-Type')).toMatch(/^application\/rss\+xml/)
    expect(preview.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(rssAgain.headers.get('ETag')).toBe(rss.headers.get('ETag'))
  })

  it('are never used for searches, which stay rate limited', async () => {
    await fetchWorker('/api/articles?q=ferry')
    const before = answerMemoryHits()
    const again = await fetchWorker('/api/articles?q=ferry')
    expect(again.status).toBe(200)
    expect(answerMemoryHits()).toBe(before)
  })

  it('are not used once a write changed the publication', async () => {
    const before = await fetchWorker('/articles/feed.json')
    await fetchWorker('/articles/feed.json') // remembered
    const write = await fetchWorker('/api/articles', {
      method: 'POST',
      headers: { Authorization: 'Bearer test-ingest-token', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        url: 'https://harbour-gazette.example/answer-memory/1',
        source: 'Harbour Gazette',
        published: '2025-08-23',
        title: 'Harbour ferry adds a second late crossing',
        text: 'The harbour ferry will add a second late crossing on Fridays, the operator said on Saturday.\n\nTickets go on sale on Monday.',
      }),
    })
    expect(write.status).toBe(201)
    const hits = answerMemoryHits()
    const after = await fetchWorker('/articles/feed.json')
    expect(answerMemoryHits()).toBe(hits)
    expect(after.headers.get('ETag')).not.toBe(before.headers.get('ETag'))
    const items = ((await after.json()) as { items: { url: string }[] }).items
    expect(items.map((i) => i.url)).toContain('https://harbour-gazette.example/answer-memory/1')
  })
})
