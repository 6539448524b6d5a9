import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { articleIdFor, feedItemUrn } from '../../src/schema/index.ts'
import { parseAtom, parseJsonFeed, parseRss } from '../helpers/parse-feed.ts'

const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(`http://localhost:8787${path}`, init)

const SEED_OUTLETS = [
  'Moneycontrol',
  'The Hill',
  'World News (world-news.tech)',
  'The Moscow Times',
  'iReport247 News',
]

describe('GET /articles/feed.*', () => {
  it.each([
    ['/articles/feed.xml', 'application/rss+xml; charset=utf-8', parseRss],
    ['/articles/feed.atom', 'application/atom+xml; charset=utf-8', parseAtom],
    ['/articles/feed.json', 'application/feed+json; charset=utf-8', parseJsonFeed],
  ])('%s lists every seed article once with its outlet', async (path, type, parse) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe(type)
    const items = parse(await res.text())
    expect(items).toHaveLength(5)
    expect(items.flatMap((i) => i.sourceNames).sort()).toEqual([...SEED_OUTLETS].sort())
    expect(new Set(items.map((i) => i.id)).size).toBe(5)
    for (const item of items) expect(item.title.length).toBeGreaterThan(10)
  })

  it('gives every item the same id, title and link in all three formats', async () => {
    const [rss, atom, json] = await Promise.all([
      get('/articles/feed.xml').then(async (r) => parseRss(await r.text())),
      get('/articles/feed.atom').then(async (r) => parseAtom(await r.text())),
      get('/articles/feed.json').then(async (r) => parseJsonFeed(await r.text())),
    ])
    expect(atom).toEqual(rss)
    expect(json).toEqual(rss)
  })

  it('derives ids from the canonical URL, and links to the outlet where the URL is known', async () => {
    const items = parseRss(await (await get('/articles/feed.xml')).text())
    const url =
      'https://www.themoscowtimes.com/2025/08/20/lavrov-says-ukraine-security-talks-road-to-nowhere-without-russian-involvement-a90297'
    const moscow = items.find((i) => i.sourceNames[0] === 'The Moscow Times')
    expect(moscow?.id).toBe(feedItemUrn(articleIdFor({ url, matchingText: '' })))
    expect(moscow?.link).toBe(url)
    expect(moscow?.title).toBe(
      'Lavrov Says Ukraine Security Talks ‘Road to Nowhere’ Without Russian Involvement'
    )
    const hill = items.find((i) => i.sourceNames[0] === 'The Hill')
    expect(hill?.link).toMatch(/^http:\/\/localhost:8787\/articles\/[0-9a-f]{32}$/)
  })

  it('keeps the day precision of seed dates', async () => {
    const feed = JSON.parse(await (await get('/articles/feed.json')).text())
    const dates = feed.items.map((i: { date_published: string }) => i.date_published).sort()
    expect(dates).toEqual([
      '2025-08-20T00:00:00.000Z',
      '2025-08-21T00:00:00.000Z',
      '2025-08-22T00:00:00.000Z',
      '2025-08-22T00:00:00.000Z',
      '2025-08-22T00:00:00.000Z',
    ])
    for (const item of feed.items) expect(item._edgewire.date_precision).toBe('day')
  })
})

describe('GET /feed.*', () => {
  it.each(['/feed.xml', '/feed.atom', '/feed.json'])(
    '%s answers with a feed that names the outlets',
    async (path) => {
      const res = await get(path)
      expect(res.status).toBe(200)
      const body = await res.text()
      for (const outlet of ['Moneycontrol', 'The Moscow Times']) expect(body).toContain(outlet)
    }
  )

  it('gives the same bytes and ETag twice, and 304 to a matching If-None-Match', async () => {
    const first = await get('/feed.atom')
    const second = await get('/feed.atom')
    const etag = first.headers.get('ETag')
    expect(etag).toMatch(/^"[0-9a-f]+"$/)
    expect(second.headers.get('ETag')).toBe(etag)
    expect(await first.text()).toBe(await second.text())
    const conditional = await get('/feed.atom', { headers: { 'If-None-Match': etag ?? '' } })
    expect(conditional.status).toBe(304)
    expect(await conditional.text()).toBe('')
  })

  it('dates a page that matches nothing as the feed it filters, not to 1970', async () => {
    const whole = await (await get('/feed.atom')).text()
    const updated = /<updated>([^<]+)<\/updated>/.exec(whole)?.[1]
    expect(updated).toMatch(/^2025-/)
    const none = await get('/feed.atom?q=nothing-matches-this-query')
    const body = await none.text()
    expect(parseAtom(body)).toHaveLength(0)
    expect(/<updated>([^<]+)<\/updated>/.exec(body)?.[1]).toBe(updated)
    const rss = await (await get('/feed.xml?since=2030-01-01')).text()
    expect(rss).not.toContain('1970')
    expect(none.headers.get('Last-Modified')).not.toContain('1970')
  })

  it('links self to the URL that was requested', async () => {
    const body = await (await exports.default.fetch('http://127.0.0.1:8787/feed.xml')).text()
    expect(body).toContain('<atom:link href="http://127.0.0.1:8787/feed.xml" rel="self"')
  })
})

describe('GET /sources/:sourceId/feed.*', () => {
  it('lists one outlet only', async () => {
    const sources = await (await get('/articles/feed.json')).json<{
      items: { _edgewire: { sources: { source_id: string; name: string }[] } }[]
    }>()
    const hill = sources.items
      .flatMap((i) => i._edgewire.sources)
      .find((s) => s.name === 'The Hill')
    expect(hill?.source_id).toBe('thehill-com')
    const items = parseRss(await (await get(`/sources/${hill?.source_id}/feed.xml`)).text())
    expect(items.map((i) => i.sourceNames[0])).toEqual(['The Hill'])
  })

  it('answers 404 for an unknown outlet', async () => {
    expect((await get('/sources/no-such-outlet/feed.xml')).status).toBe(404)
  })
})

describe('HTML pages', () => {
  it('GET / lists the items and advertises the three feeds', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"')
    expect(html).toContain('href="http://localhost:8787/feed.xml"')
    expect(html).toContain('href="http://localhost:8787/feed.atom"')
    expect(html).toContain('href="http://localhost:8787/feed.json"')
    // One entry per story: the seeds are two stories.
    expect(html.match(/<li>\n<h2>/g)).toHaveLength(2)
  })

  it('GET /articles/:id shows the article with its outlet', async () => {
    const items = parseRss(await (await get('/articles/feed.xml')).text())
    const hill = items.find((i) => i.sourceNames[0] === 'The Hill')
    const res = await get(new URL(hill?.link ?? '').pathname)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('The Hill')
    expect(html).toContain('Lavrov')
  })

  it('answers 404 for an unknown article and an unknown path', async () => {
    expect((await get(`/articles/${'0'.repeat(32)}`)).status).toBe(404)
    expect((await get('/no/such/page')).status).toBe(404)
  })
})
