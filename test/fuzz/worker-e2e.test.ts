/**
 * Property-based, end to end inside workerd: hostile articles POSTed to the
 * Worker in every body form, then every feed, page and API answer fetched and
 * checked strictly. A write answers 2xx or a clear 4xx problem, never 5xx, and
 * whatever was stored, every feed stays 200 and valid.
 */
import { exports } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkFeedsAgree, checkServedBody } from './feed-checks.ts'
import { hostileDate, hostileLine, hostileText, hostileUrl } from './hostile-text.ts'

const BASE = 'http://localhost:8787'
const TOKEN = 'test-ingest-token'

type Sent = { status: number; body: string; contentType: string }

const fetchText = async (path: string, init: RequestInit = {}): Promise<Sent> => {
  const res = await exports.default.fetch(`${BASE}${path}`, init)
  return {
    status: res.status,
    body: await res.text(),
    contentType: res.headers.get('Content-Type') ?? '',
  }
}

const post = (
  path: string,
  body: BodyInit,
  contentType: string,
  headers: Record<string, string> = {}
) =>
  fetchText(path, {
    method: 'POST',
    body,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': contentType, ...headers },
  })

/** One hostile write, in one of the body forms the API accepts. */
const write = fc.record({
  kind: fc.constantFrom('json-text', 'json-html', 'json-raw', 'text', 'html', 'markdown'),
  title: fc.option(hostileLine(), { nil: undefined }),
  text: hostileText,
  url: fc.option(hostileUrl, { nil: undefined }),
  source: fc.option(hostileLine(3), { nil: undefined }),
  published: fc.option(hostileDate, { nil: undefined }),
  author: fc.option(hostileLine(2), { nil: undefined }),
})
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never

const query = (w: Write) => {
  const params = new URLSearchParams()
  if (w.url) params.set('url', w.url)
  if (w.source) params.set('source', w.source)
  if (w.published) params.set('published', w.published)
  if (w.author) params.set('author', w.author)
  const q = params.toString()
  return q ? `?${q}` : ''
}

const htmlBody = (w: Write) =>
  `<!doctype html><html><head><title>${w.title ?? ''}</title></head><body><article>${w.title ? `<h1>${w.title}</h1>` : ''}${w.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p}</p>`)
    .join(
      ''
    )}<img src="https://t.example/pixel.gif" width="1" height="1"><script>alert(1)</script></article></body></html>`

const send = (w: Write): Promise<Sent> => {
  const fields = {
    title: w.title,
    url: w.url,
    source: w.source,
    published: w.published,
    author: w.author,
  }
  switch (w.kind) {
    case 'json-text':
      return post('/api/articles', JSON.stringify({ ...fields, text: w.text }), 'application/json')
    case 'json-html':
      return post(
        '/api/articles',
        JSON.stringify({ ...fields, html: htmlBody(w) }),
        'application/json'
      )
    case 'json-raw':
      return post(
        '/api/articles',
        JSON.stringify({ content: htmlBody(w), form: 'html', metadata: fields }),
        'application/json'
      )
    case 'text':
      return post(
        `/api/articles${query(w)}`,
        `${w.title ?? ''}\n\n${w.text}`,
        'text/plain; charset=utf-8'
      )
    case 'markdown':
      return post(`/api/articles${query(w)}`, `# ${w.title ?? ''}\n\n${w.text}`, 'text/markdown')
    default:
      return post(`/api/articles${query(w)}`, htmlBody(w), 'text/html')
  }
}

const FEED_BASES = ['', '/articles']

/** Fetches every feed (three formats, both site views) and checks each strictly and against the others. */
const checkAllFeeds = async (extraBases: readonly string[]) => {
  for (const base of [...FEED_BASES, ...extraBases]) {
    for (const view of base === '' ? ['', '?view=articles'] : ['']) {
      const [rss, atom, json] = await Promise.all(
        ['xml', 'atom', 'json'].map((ext) => fetchText(`${base}/feed.${ext}${view}`))
      )
      for (const [name, res] of [
        ['rss', rss],
        ['atom', atom],
        ['json', json],
      ] as const) {
        if (res?.status !== 200)
          throw new Error(`${base}/feed ${name}${view} answered ${res?.status}`)
      }
      checkFeedsAgree(rss?.body ?? '', atom?.body ?? '', json?.body ?? '', {
        allowBlankTitles: true,
      })
    }
  }
}

/** Pages and API answers: 200 and strict for what each content type is. */
const checkPagesAndApi = async (paths: readonly string[]) => {
  for (const path of paths) {
    const res = await fetchText(path, { headers: { Accept: 'text/html,application/json;q=0.9' } })
    if (res.status !== 200)
      throw new Error(`${path} answered ${res.status}: ${res.body.slice(0, 300)}`)
    checkServedBody(res.contentType, res.body, path)
  }
}

const COMMON_PATHS = [
  '/',
  '/articles',
  '/api/articles',
  '/api/stories',
  '/api/sources',
  '/sources.opml',
  '/feed.xml',
  '/openapi.json',
]

describe('hostile writes through the Worker', () => {
  it('every write answers 2xx or a named 4xx problem; every feed, page and API answer stays valid', async () => {
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 2 }), async (writes) => {
        const extraBases: string[] = []
        const paths: string[] = []
        for (const w of writes) {
          const res = await send(w)
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
          if (res.status >= 500)
            throw new Error(`${w.kind} answered ${res.status}: ${res.body.slice(0, 300)}`)
          if (res.status >= 400) {
            expect(res.contentType).toContain('application/problem+json')
            const problem = JSON.parse(res.body) as { status: number; detail: string }
            expect(problem.status).toBe(res.status)
            expect(problem.detail.length).toBeGreaterThan(10)
            continue
          }
          expect([200, 201]).toContain(res.status)
          const result = JSON.parse(res.body) as {
            article: { id: string; article: { source: { id: string } } }
            story: { story: { id: string } } | null
          }
          const id = result.article.id
          extraBases.push(`/sources/${result.article.article.source.id}`)
          paths.push(
            `/articles/${id}`,
            `/api/articles/${id}`,
            `/sources/${result.article.article.source.id}`
          )
          if (result.story) paths.push(`/api/stories/${result.story.story.id}`)
        }
        await checkAllFeeds(extraBases)
        await checkPagesAndApi([...COMMON_PATHS, ...paths])
      }),
      // A fixed seed: many hostile bodies are rightly refused (lone surrogates
      // and NUL bytes answer 415), so with a random seed the count published
      // below swung between 5 and 16 and the check failed CI by chance.
      { numRuns: 16, seed: 20261122 }
    )
    // Some hostile writes must have been published, or the property proved little.
    // A quarter: besides bad bytes and URLs, a stated date that cannot be read is refused.
    const published = (statuses.get(201) ?? 0) + (statuses.get(200) ?? 0)
    const sent = [...statuses.values()].reduce((sum, n) => sum + n, 0)
    expect(published).toBeGreaterThanOrEqual(sent / 4)
  }, 60_000)
})
