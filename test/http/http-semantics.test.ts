import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(`http://localhost:8787${path}`, init)
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

type Problem = {
  status: number
  detail: string
  'invalid-params': { name: string; reason: string }[]
}

describe('conditional GET and caching', () => {
  it('answers If-Modified-Since with 304 when nothing changed since', async () => {
    const first = await get('/articles/feed.xml')
    const lastModified = first.headers.get('Last-Modified')
    expect(lastModified).toBe('Fri, 22 Aug 2025 00:00:00 GMT')
    const again = await get('/articles/feed.xml', {
      headers: { 'If-Modified-Since': lastModified ?? '' },
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'))
    const older = await get('/articles/feed.xml', {
      headers: { 'If-Modified-Since': 'Wed, 20 Aug 2025 00:00:00 GMT' },
    })
    expect(older.status).toBe(200)
  })

  it('lets If-None-Match win over If-Modified-Since', async () => {
    const res = await get('/feed.json', {
      headers: { 'If-None-Match': '"stale"', 'If-Modified-Since': 'Sat, 01 Jan 2050 00:00:00 GMT' },
    })
    expect(res.status).toBe(200)
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const getRes = await get('/feed.atom')
    const head = await get('/feed.atom', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('ETag')).toBe(getRes.headers.get('ETag'))
    expect(head.headers.get('Content-Type')).toBe(getRes.headers.get('Content-Type'))
    expect(await head.text()).toBe('')
  })

  it('sends Cache-Control from wrangler.toml and Vary: Accept on feeds', async () => {
    const res = await get('/feed.xml')
    expect(res.headers.get('Cache-Control')).toBe(
      'public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400'
    )
    expect(res.headers.get('Vary')).toBe('Accept')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('gives a different ETag to a different page of the same feed', async () => {
    const a = (await get('/articles/feed.json?limit=2')).headers.get('ETag')
    const b = (await get('/articles/feed.json?limit=3')).headers.get('ETag')
    expect(a).not.toBe(b)
  })
})

describe('query parameters', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['since=yesterday', 'since'],
    ['view=everything', 'view'],
    ['source=Not%20An%20Id', 'source'],
    ['cursor=%21%21', 'cursor'],
    ['cursor=bm90LW91cnM', 'cursor'],
  ])('rejects %s with a problem naming "%s"', async (query, name) => {
    for (const path of ['/feed.xml', '/api/articles']) {
      const res = await get(`${path}?${query}`)
      expect(res.status).toBe(400)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
      const problem = (await res.json()) as Problem
      expect(problem.status).toBe(400)
      expect(problem['invalid-params'].map((p) => p.name)).toEqual([name])
      expect(problem.detail).toContain(`"${name}"`)
    }
  })

  it('filters by source, tag, words and date', async () => {
    const count = async (query: string) =>
      ((await (await get(`/articles/feed.json?${query}`)).json()) as { items: unknown[] }).items
        .length
    expect(await count('source=thehill-com')).toBe(1)
    expect(await count('source=nobody-example')).toBe(0)
    expect(await count('q=lavrov')).toBeGreaterThanOrEqual(3)
    expect(await count('q=zzzunmatched')).toBe(0)
    expect(await count('since=2025-08-21')).toBe(4)
    expect(await count('since=2025-08-22T00:00:00Z')).toBe(3)
    expect(await count('tag=Sergey%20Lavrov')).toBeGreaterThanOrEqual(1)
  })

  it('pages with cursors that cover every item exactly once', async () => {
    const seen: string[] = []
    let url: string | undefined = 'http://localhost:8787/articles/feed.json?limit=2'
    let pages = 0
    while (url && pages < 10) {
      const page = (await (await exports.default.fetch(url)).json()) as {
        items: { id: string }[]
        next_url?: string
      }
      seen.push(...page.items.map((i) => i.id))
      url = page.next_url
      pages++
    }
    expect(pages).toBe(3)
    expect(seen).toHaveLength(5)
    expect(new Set(seen).size).toBe(5)
  })

  it('links each page to itself and to the previous page (RFC 5005), back to the first', async () => {
    const atomLinks = async (url: string) => {
      const body = await (await exports.default.fetch(url)).text()
      const head = body.split('<entry>')[0] ?? ''
      return Object.fromEntries(
        [...head.matchAll(/<link rel="(self|next|previous)" href="([^"]+)"/g)].map((m) => [
          m[1],
          (m[2] ?? '').replace(/&amp;/g, '&'),
        ])
      ) as Record<string, string>
    }
    const first = await atomLinks('http://localhost:8787/articles/feed.atom?limit=2')
    expect(first.self).toBe('http://localhost:8787/articles/feed.atom?limit=2')
    expect(first.previous).toBeUndefined()
    const second = await atomLinks(first.next ?? '')
    expect(second.self).toBe(first.next)
    expect(second.previous).toBe('http://localhost:8787/articles/feed.atom?limit=2')
    const third = await atomLinks(second.next ?? '')
    expect(third.previous).toBe(first.next)
    expect(third.next).toBeUndefined()
  })

  it('advertises the next page as rel="next" in RSS and Atom', async () => {
    const rss = await (await get('/articles/feed.xml?limit=2')).text()
    expect(rss).toMatch(
      /<atom:link href="http:\/\/localhost:8787\/articles\/feed\.xml\?limit=2&amp;cursor=[A-Za-z0-9_-]+" rel="next"/
    )
    const atom = await (await get('/articles/feed.atom?limit=2')).text()
    expect(atom).toMatch(
      /<link rel="next" href="http:\/\/localhost:8787\/articles\/feed\.atom\?limit=2&amp;cursor=/
    )
  })
})

describe('pages for people', () => {
  it('previews a feed as HTML when a browser asks for it', async () => {
    const res = await get('/feed.xml', { headers: { Accept: BROWSER_ACCEPT } })
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Vary')).toBe('Accept')
    const html = await res.text()
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"')
    const reader = await get('/feed.xml', { headers: { Accept: 'application/rss+xml, */*;q=0.1' } })
    expect(reader.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8')
    expect(reader.headers.get('ETag')).not.toBe(res.headers.get('ETag'))
  })

  it('sends security headers with pages', async () => {
    const res = await get('/')
    expect(res.headers.get('Content-Security-Policy')).toMatch(
      /^default-src 'none'; style-src 'sha256-/
    )
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
  })

  it('lists every outlet feed in /sources.opml', async () => {
    const res = await get('/sources.opml')
    expect(res.headers.get('Content-Type')).toBe('text/x-opml; charset=utf-8')
    const opml = await res.text()
    expect(opml.match(/<outline type="rss"/g)).toHaveLength(5)
    expect(opml).toContain('xmlUrl="http://localhost:8787/sources/thehill-com/feed.xml"')
  })
})

describe('errors', () => {
  it('answers a wrong method with 405 and Allow', async () => {
    const res = await get('/feed.xml', { method: 'POST' })
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('GET, HEAD')
  })

  it('answers unknown API paths with problem+json and no internals', async () => {
    const res = await get('/api/nothing-here')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    const problem = (await res.json()) as Problem
    expect(problem.detail).toBe('Nothing is published at /api/nothing-here.')
  })

  it('answers a browser with an HTML error page', async () => {
    const res = await get('/no/such/page', { headers: { Accept: BROWSER_ACCEPT } })
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
  })
})

describe('JSON API and OpenAPI', () => {
  it('serves articles, stories and sources with paging links', async () => {
    const articles = (await (await get('/api/articles?limit=2')).json()) as {
      items: { id: string; storyId: string }[]
      next_url: string
    }
    expect(articles.items).toHaveLength(2)
    expect(articles.next_url).toMatch(/^http:\/\/localhost:8787\/api\/articles\?limit=2&cursor=/)
    for (const a of articles.items) expect(a.storyId).toMatch(/^[0-9a-f]{32}$/)
    const one = await get(`/api/articles/${articles.items[0]?.id}`)
    expect(one.status).toBe(200)
    const sources = (await (await get('/api/sources')).json()) as {
      items: { id: string; articleCount: number }[]
    }
    expect(sources.items.map((s) => s.articleCount)).toEqual([1, 1, 1, 1, 1])
    expect((await get(`/api/articles/${'f'.repeat(32)}`)).status).toBe(404)
  })

  it('publishes an OpenAPI 3.1 document whose schemas come from the shared schema', async () => {
    const doc = (await (await get('/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, unknown>
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> }
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/articles',
        '/api/articles/{id}',
        '/api/stories',
        '/api/stories/{id}',
        '/api/sources',
      ])
    )
    expect(Object.keys(doc.components.schemas.Article?.properties ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'url',
        'title',
        'titleDerived',
        'summary',
        'source',
        'published',
        'wordCount',
      ])
    )
    const docs = await get('/api/docs')
    expect(docs.status).toBe(200)
    expect(await docs.text()).toContain('GET /api/stories/{id}')
  })

  it('answers CORS preflight', async () => {
    const res = await get('/api/articles', {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('lets a web app holding a token write across origins', async () => {
    const res = await get('/api/articles', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('POST')
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain(
      'authorization'
    )
  })
})

describe('icons', () => {
  it('revalidate like every other answer: weak forms, lists and "*"', async () => {
    const etag = (await get('/icon.png')).headers.get('ETag') as string
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, '*'])
      expect((await get('/icon.png', { headers: { 'If-None-Match': tag } })).status, tag).toBe(304)
  })

  it('serves the icon and favicon as PNG, advertised by feeds and pages', async () => {
    for (const path of ['/icon.png', '/favicon.png', '/favicon.ico']) {
      const res = await get(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toBe('image/png')
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 4)]).toEqual([
        0x89, 0x50, 0x4e, 0x47,
      ])
    }
    const feed = (await (await get('/feed.json')).json()) as { icon: string; favicon: string }
    expect(feed.icon).toBe('http://localhost:8787/icon.png')
    expect(feed.favicon).toBe('http://localhost:8787/favicon.png')
    expect(await (await get('/')).text()).toContain(
      '<link rel="icon" type="image/png" href="/favicon.png">'
    )
  })
})

describe('what a careful client sends', () => {
  it('reads limit as digits only, and since as RFC 3339 allows it', async () => {
    for (const limit of ['1e1', '0x10', '+2', '2.0'])
      expect((await get(`/api/stories?limit=${encodeURIComponent(limit)}`)).status, limit).toBe(400)
    for (const since of ['2025-08-20t00:00:00z', '2025-08-20 00:00:00Z', '2016-12-31T23:59:60Z'])
      expect((await get(`/api/stories?since=${encodeURIComponent(since)}`)).status, since).toBe(200)
    // Days that do not exist, and a leap second at any other time, are refused.
    for (const since of [
      '2025-02-30',
      '2023-02-29',
      '2025-08-20T24:00:00Z',
      '2025-08-20T10:00:60Z',
    ])
      expect((await get(`/api/stories?since=${encodeURIComponent(since)}`)).status, since).toBe(400)
    const bad = (await (await get('/api/stories?since=yesterday')).json()) as {
      'invalid-params': { name: string; reason: string }[]
    }
    expect(bad['invalid-params']).toEqual([
      { name: 'since', reason: expect.stringContaining('RFC 3339') },
    ])
  })

  it('ignores an If-Modified-Since that is not an HTTP-date', async () => {
    const res = await get('/feed.xml', { headers: { 'If-Modified-Since': '2030-01-01' } })
    expect(res.status).toBe(200)
  })

  it('sends a path with a trailing slash to the one without', async () => {
    const res = await get('/api/stories/', { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(new URL(res.headers.get('Location') ?? '').pathname).toBe('/api/stories')
    // An empty redirect, not a 404's problem document.
    expect(res.headers.get('Content-Type')).toBeNull()
    expect(await res.text()).toBe('')
    const feed = await get('/feed.xml/?limit=2', { redirect: 'manual' })
    expect(feed.status).toBe(301)
    expect(feed.headers.get('Location')).toMatch(/\/feed\.xml\?limit=2$/)
  })
})
