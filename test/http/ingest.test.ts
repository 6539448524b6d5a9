import { env } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { type Article, textOnlyArticleId } from '../../src/schema/index.ts'
import { deleteArticle, insertArticles, readStoreVersion } from '../../src/storage/article-store.ts'
import { parseRss } from '../helpers/parse-feed.ts'

const BASE = 'http://localhost:8787'
const TOKEN = 'test-ingest-token'

const send = (
  method: string,
  path: string,
  body: BodyInit | null,
  headers: Record<string, string> = {}
) =>
  exports.default.fetch(`${BASE}${path}`, {
    method,
    body,
    headers: { Authorization: `Bearer ${TOKEN}`, ...headers },
  })

const postJson = (value: unknown, headers: Record<string, string> = {}) =>
  send('POST', '/api/articles', JSON.stringify(value), {
    'Content-Type': 'application/json',
    ...headers,
  })

type Result = {
  created: boolean
  article: { id: string; article: { title: string; source: { name: string } } }
  story: { story: { id: string; memberIds: string[] } } | null
}

// An invented follow-up to the seeds' first story, as a scraper would send it.
const FOLLOW_UP = {
  url: 'https://harbour-gazette.example/world/lavrov-putin-zelensky-meeting-agenda?utm_source=feed',
  title: 'Lavrov says Putin-Zelensky meeting agenda "not ready at all"',
  source: { name: 'Harbour Gazette', homepage: 'https://harbour-gazette.example/' },
  published: '2025-08-22T16:40:00Z',
  text: [
    'Russian Foreign Minister Sergei Lavrov said on Friday there are no plans for a meeting between President Vladimir Putin and Ukrainian President Volodymyr Zelensky, telling NBC News that the agenda for such a summit "is not ready at all".',
    'Lavrov said Putin was ready to meet Zelensky once an agenda was prepared, and accused Zelensky of saying no to every principle discussed in Washington, including NATO membership and territorial issues.',
    'The remarks cast doubt on efforts by U.S. President Donald Trump, who met Putin in Alaska and later hosted Zelensky and European leaders at the White House, to broker a direct meeting between the two leaders.',
  ].join('\n\n'),
}

const siteFeedItems = async () =>
  parseRss(await (await exports.default.fetch(`${BASE}/feed.xml`)).text())

describe('POST /api/articles', () => {
  it('stores a new article, answers 201 with it and its story, and joins the existing story', async () => {
    const before = await siteFeedItems()
    const beforeEtag = (await exports.default.fetch(`${BASE}/feed.xml`)).headers.get('ETag')
    const res = await postJson(FOLLOW_UP)
    expect(res.status).toBe(201)
    const result = (await res.json()) as Result
    expect(result.created).toBe(true)
    expect(result.article.article.source.name).toBe('Harbour Gazette')
    expect(res.headers.get('Location')).toBe(`${BASE}/api/articles/${result.article.id}`)
    // The follow-up joins the seeds' Putin–Zelensky story: no new item in the story feed.
    expect(result.story?.story.memberIds).toHaveLength(4)
    const after = await siteFeedItems()
    expect(after).toHaveLength(before.length)
    const afterRes = await exports.default.fetch(`${BASE}/feed.xml`)
    expect(afterRes.headers.get('ETag')).not.toBe(beforeEtag)
    expect(await afterRes.text()).toContain('Harbour Gazette')
    // The article feed shows it at once.
    const articles = parseRss(
      await (await exports.default.fetch(`${BASE}/articles/feed.xml`)).text()
    )
    expect(articles.map((i) => i.sourceNames[0])).toContain('Harbour Gazette')
  })

  it('is idempotent: the same article again answers 200 with the same id and adds no row', async () => {
    const first = (await (await postJson(FOLLOW_UP)).json()) as Result
    const count = async () =>
      (await env.DB.prepare('SELECT COUNT(*) AS n FROM articles').first<number>('n')) ?? 0
    const rows = await count()
    // A tracking parameter and a fragment do not make it another article.
    const again = await postJson({ ...FOLLOW_UP, url: `${FOLLOW_UP.url.split('?')[0]}#comments` })
    expect(again.status).toBe(200)
    const second = (await again.json()) as Result
    expect(second.created).toBe(false)
    expect(second.article.id).toBe(first.article.id)
    expect(await count()).toBe(rows)
  })

  it('stores one row when the same article arrives concurrently', async () => {
    const article = { ...FOLLOW_UP, url: 'https://harbour-gazette.example/world/concurrent-copy' }
    const answers = await Promise.all([postJson(article), postJson(article), postJson(article)])
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses).toEqual([200, 200, 201])
    const n = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles WHERE canonical_url = ?')
      .bind('https://harbour-gazette.example/world/concurrent-copy')
      .first<number>('n')
    expect(n).toBe(1)
  })

  it('accepts a raw text body with metadata in the query', async () => {
    const res = await send(
      'POST',
      '/api/articles?source=Harbour%20Gazette&published=2025-03-04&url=https%3A%2F%2Fharbour-gazette.example%2Fferry',
      'Harbour ferry adds a late crossing\n\nThe harbour ferry will run a 23:40 crossing on weekdays from 1 April, the operator said on Tuesday.\n\nTickets go on sale next week at the terminal and online.',
      { 'Content-Type': 'text/plain; charset=utf-8' }
    )
    expect(res.status).toBe(201)
    const result = (await res.json()) as Result
    expect(result.article.article.title).toBe('Harbour ferry adds a late crossing')
  })

  it('takes a JSON Feed 1.0 item’s author object, and refuses a whole feed naming why', async () => {
    const item = {
      id: 'https://harbour-gazette.example/ferry-dawn',
      url: 'https://harbour-gazette.example/ferry-dawn',
      title: 'Harbour ferry adds a dawn crossing',
      content_text:
        'The harbour ferry will run a 04:40 crossing on Mondays from 1 July, the operator said on Friday.',
      author: { name: 'Ines Lund' },
    }
    expect((await postJson(item)).status).toBe(201)
    const feed = await postJson({
      version: 'https://jsonfeed.org/version/1.1',
      items: [item, item],
    })
    expect(feed.status).toBe(422)
    expect(((await feed.json()) as { detail: string }).detail).toContain('one per request')
  })

  it('accepts a JSON Feed item, its body in content_html', async () => {
    const res = await postJson({
      id: 'https://harbour-gazette.example/ferry-night',
      url: 'https://harbour-gazette.example/ferry-night',
      title: 'Harbour ferry adds a night crossing',
      content_html:
        '<p>The harbour ferry will run a 01:40 crossing on Fridays from 1 June, the operator said on Thursday.</p><p>Tickets go on sale next week.</p>',
      date_published: '2025-04-03T10:00:00Z',
    })
    expect(res.status).toBe(201)
  })

  it('accepts a crawler’s record as it comes (news-please’s field names)', async () => {
    const res = await postJson({
      title: 'Harbour ferry adds an early crossing',
      maintext:
        'The harbour ferry will run a 05:40 crossing on weekdays from 1 May, the operator said on Wednesday.\nTickets go on sale next week at the terminal and online.',
      date_publish: '2025-04-02 09:15:00',
      // news-please writes `text: null`; Trafilatura writes tags as one string.
      text: null,
      tags: 'ferry;harbour',
      source_domain: 'harbour-gazette.example',
      url: 'https://harbour-gazette.example/ferry-early',
      authors: ['Ines Lund'],
    })
    expect(res.status).toBe(201)
    const result = (await res.json()) as Result & {
      article: { article: { published: { value: string } | null } }
    }
    expect(result.article.article.title).toBe('Harbour ferry adds an early crossing')
    expect(result.article.article.published?.value).toBe('2025-04-02')
  })
})

describe('write errors', () => {
  it('asks for a token (401), refuses a wrong one (403)', async () => {
    const none = await exports.default.fetch(`${BASE}/api/articles`, {
      method: 'POST',
      body: JSON.stringify(FOLLOW_UP),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(none.status).toBe(401)
    expect(none.headers.get('WWW-Authenticate')).toBe('Bearer realm="edgewire"')
    const wrong = await postJson(FOLLOW_UP, { Authorization: 'Bearer not-the-token' })
    expect(wrong.status).toBe(403)
    // The scheme name is case-insensitive (RFC 9110 §11.1).
    const lower = await postJson(FOLLOW_UP, { Authorization: `bearer ${TOKEN}` })
    expect([200, 201]).toContain(lower.status)
    expect(lower.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(wrong.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
  })

  it.each([
    [{ ...FOLLOW_UP, url: 'ftp://x' }, 'url'],
    [{ ...FOLLOW_UP, source: { homepage: 'https://x.example/' } }, 'source'],
    [{ ...FOLLOW_UP, text: '  ' }, 'text'],
    // One string is a list separated by commas or semicolons, as crawlers write it; a number is no list.
    [{ ...FOLLOW_UP, tags: 42 }, 'tags'],
    [{ ...FOLLOW_UP, published: 20250822 }, 'published'],
  ])('answers 422 naming the field (%#)', async (body, field) => {
    const res = await postJson(body)
    expect(res.status).toBe(422)
    const problem = (await res.json()) as { detail: string; 'invalid-params': { name: string }[] }
    expect(problem['invalid-params'].map((p) => p.name.split('.')[0])).toContain(field)
    expect(problem.detail).toContain(`"${field}`)
  })

  it('takes null for what is not known, as the API itself writes it', async () => {
    const res = await postJson({
      ...FOLLOW_UP,
      url: null,
      published: null,
      author: null,
      tags: null,
      text: `${FOLLOW_UP.text}\n\nCaptured without its address or date.`,
    })
    expect(res.status).toBe(201)
    const { article } = (await res.json()) as {
      article: { article: { url: string | null; published: unknown } }
    }
    expect(article.article.url).toBeNull()
    expect(article.article.published).toBeNull()
  })

  it('refuses a stated date it cannot read, naming the field, in JSON and in metadata headers', async () => {
    const version = async () =>
      (await exports.default.fetch(`${BASE}/feed.xml`)).headers.get('ETag')
    const before = await version()
    const cases: [Response, string][] = [
      [await postJson({ ...FOLLOW_UP, published: '2025-13-45' }), 'published'],
      [
        await send('POST', '/api/articles', FOLLOW_UP.text, {
          'Content-Type': 'text/plain',
          'X-Article-Published': 'yesterday',
        }),
        'published',
      ],
      [await postJson({ ...FOLLOW_UP, updated: '1850-01-01' }), 'updated'],
    ]
    for (const [res, field] of cases) {
      expect(res.status).toBe(422)
      const problem = (await res.json()) as {
        detail: string
        'invalid-params': { name: string }[]
      }
      expect(problem['invalid-params'].map((p) => p.name)).toEqual([field])
      expect(problem.detail).toContain(`"${field}" is not a date this can read: "`)
    }
    // Nothing was stored: the site's feed is byte for byte what it was.
    expect(await version()).toBe(before)
  })

  it('answers 400 for broken JSON, 415 for other media types and bad encodings, 413 for large bodies', async () => {
    expect(
      (await send('POST', '/api/articles', '{"url": ', { 'Content-Type': 'application/json' }))
        .status
    ).toBe(400)
    expect((await send('POST', '/api/articles', 'x', { 'Content-Type': 'image/png' })).status).toBe(
      415
    )
    const latin1 = new Uint8Array([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68])
    expect(
      (await send('POST', '/api/articles', latin1, { 'Content-Type': 'text/plain' })).status
    ).toBe(415)
    const huge = 'a'.repeat(Number(env.MAX_INGEST_BYTES) + 1)
    expect(
      (await send('POST', '/api/articles', huge, { 'Content-Type': 'text/plain' })).status
    ).toBe(413)
  })

  it('leaves the store as it was after a failed write', async () => {
    const version = async () =>
      (await exports.default.fetch(`${BASE}/feed.xml`)).headers.get('ETag')
    const before = await version()
    await postJson({ ...FOLLOW_UP, url: 'not a url' })
    await send('POST', '/api/articles', 'x', { 'Content-Type': 'image/png' })
    expect(await version()).toBe(before)
  })
})

describe('PUT and DELETE /api/articles/:id', () => {
  it('replaces an article under the same id, then deletes it', async () => {
    const toEdit = {
      ...FOLLOW_UP,
      url: 'https://harbour-gazette.example/world/to-edit',
      text: `${FOLLOW_UP.text}\n\nThis version of the report was later corrected.`,
    }
    const created = (await (await postJson(toEdit)).json()) as Result
    const id = created.article.id
    const putJson = (value: unknown) =>
      send('PUT', `/api/articles/${id}`, JSON.stringify(value), {
        'Content-Type': 'application/json',
      })
    const put = await putJson({ ...toEdit, title: 'Corrected headline about the Lavrov interview' })
    expect(put.status).toBe(200)
    const replaced = (await put.json()) as Result
    expect(replaced.article.id).toBe(id)
    expect(replaced.article.article.title).toBe('Corrected headline about the Lavrov interview')
    // The id comes from the address: a record at another address is another article.
    const moved = await putJson({ ...toEdit, url: 'https://harbour-gazette.example/world/moved' })
    expect(moved.status).toBe(422)
    expect(
      ((await moved.json()) as { 'invalid-params': { name: string }[] })['invalid-params']
    ).toEqual([expect.objectContaining({ name: 'url' })])
    const del = await send('DELETE', `/api/articles/${id}`, null)
    expect(del.status).toBe(204)
    expect((await exports.default.fetch(`${BASE}/api/articles/${id}`)).status).toBe(404)
    expect((await send('DELETE', `/api/articles/${id}`, null)).status).toBe(404)
  })

  it('answers 405 with Allow for methods a resource does not have', async () => {
    const res = await send('PATCH', '/api/articles', null)
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('GET, HEAD, POST')
    expect((await send('TRACE', '/feed.xml', null)).status).toBe(405)
  })
})

describe('outlet profiles from config/sources.json', () => {
  it('names the outlet of an article from a domain only the config knows', async () => {
    const res = await postJson({
      url: 'https://ireport247news.com/2025/09/02/new-bridge-opens',
      title: 'New bridge opens to traffic after two years of work',
      published: '2025-09-02',
      text: 'The new bridge across the river opened to traffic on Tuesday morning after two years of construction, the regional transport office said.\n\nOfficials expect it to cut journey times across the city by a quarter.',
    })
    expect(res.status).toBe(201)
    const result = (await res.json()) as Result
    expect(result.article.article.source.name).toBe('iReport247 News')
  })
})

describe('what a write states must be usable, and its outlets credited', () => {
  const report = (n: string) => ({
    source: 'Valley Courier',
    title: `Valley bridge report ${n}`,
    published: '2025-08-20T09:00:00Z',
    text: `The valley bridge inspection ${n} found corrosion in two of the steel supports, the roads office said on Wednesday.\n\nEngineers will return next month.`,
  })
  const problemOf = async (res: Response) =>
    (await res.json()) as { detail: string; 'invalid-params': { name: string }[] }

  it.each([
    [{ ...report('a'), published: '2999-01-01T00:00:00Z' }, 'published'],
    [{ ...report('b'), language: 'not a lang!!' }, 'language'],
    [{ content: report('c').text, form: 'pdf' }, 'form'],
    [{ content: report('d').text, form: 'text', metadata: { url: 'nope' } }, 'metadata.url'],
  ])('refuses a value it would have dropped (%#), naming the field', async (body, field) => {
    const res = await postJson(body)
    expect(res.status).toBe(422)
    expect((await problemOf(res))['invalid-params'].map((p) => p.name)).toContain(field)
  })

  it('credits every outlet that ran one text without an address, once each in feeds', async () => {
    const text = report('wire').text
    const first = await postJson({ source: 'Wire One', published: '2025-08-20', text })
    const second = await postJson({ source: 'Wire Two', published: '2025-08-20', text })
    expect([first.status, second.status]).toEqual([201, 201])
    // The same outlet again is the same capture: nothing is added.
    expect((await postJson({ source: 'Wire Two', published: '2025-08-20', text })).status).toBe(200)
    const { article } = (await second.json()) as Result & {
      article: { sightings: { source: { name: string } }[] }
    }
    expect(article.sightings.map((s) => s.source.name).sort()).toEqual(['Wire One', 'Wire Two'])
    const feed = (await (
      await exports.default.fetch(`${BASE}/articles/feed.json?limit=100`)
    ).json()) as {
      items: { content_html: string; _edgewire: { sources: { name: string; role: string }[] } }[]
    }
    const item = feed.items.find((i) => i.content_html.includes('valley bridge inspection wire'))
    // Both outlets, each once: the lead (one of the two, by the lead rule) and the other.
    const sources = item?._edgewire.sources ?? []
    expect(sources.map((s) => s.name).sort()).toEqual(['Wire One', 'Wire Two'])
    expect(sources.map((s) => s.role)).toEqual(['lead', 'also'])
    expect(item?.content_html).toContain(`Also reported by ${sources[1]?.name}.`)
  })

  it('gives outlets named in other scripts their own ids', async () => {
    const ids = []
    for (const name of ['Новая газета', '日本経済新聞'])
      ids.push(
        (
          (await (await postJson({ ...report(name), source: name })).json()) as {
            article: { article: { source: { id: string } } }
          }
        ).article.article.source.id
      )
    expect(ids[0]).not.toBe(ids[1])
    expect(ids).not.toContain('unknown')
  })

  it('moves Last-Modified with a backdated write, never past now', async () => {
    const lastModified = async () =>
      (await exports.default.fetch(`${BASE}/feed.xml`)).headers.get('Last-Modified') as string
    const written = Date.now()
    // Older than everything shown: the newest item's date does not move, the feed does.
    expect((await postJson({ ...report('backdated'), published: '2001-05-01' })).status).toBe(201)
    const after = Date.parse(await lastModified())
    expect(after).toBeGreaterThanOrEqual(Math.floor(written / 1000) * 1000)
    expect(after).toBeLessThanOrEqual(Date.now())
    // A client holding the feed from before the write must not be told it is current.
    const revalidated = await exports.default.fetch(`${BASE}/feed.xml`, {
      headers: { 'If-Modified-Since': new Date(written - 1000).toUTCString() },
    })
    expect(revalidated.status).toBe(200)
  })
})

describe('a story whose id moves', () => {
  it('sends links to the old id on to the story, page and API', async () => {
    const stories = (await (
      await exports.default.fetch(`${BASE}/api/stories?limit=100`)
    ).json()) as {
      items: { story: { id: string; leadArticleId: string; memberIds: string[] } }[]
    }
    const before = stories.items.find((s) => s.story.memberIds.length >= 2)?.story
    if (!before) throw new Error('no story of several texts')
    const lead = (await (
      await exports.default.fetch(`${BASE}/api/articles/${before.leadArticleId}`)
    ).json()) as {
      article: { text: string; published: { value: string } }
    }
    // The same report, republished elsewhere and dated a day earlier: it founds the story now.
    const day = new Date(Date.parse(lead.article.published.value.slice(0, 10)) - 86_400_000)
    const res = await postJson({
      url: 'https://backdate-wire.example/2025/earlier-copy',
      source: 'Backdate Wire',
      published: day.toISOString().slice(0, 10),
      text: lead.article.text,
    })
    expect(res.status).toBe(201)
    const { story } = (await res.json()) as Result
    const now = story?.story.id as string
    expect(now).not.toBe(before.id)
    // The old lead is now a sighting of the earlier copy, which leads; the others stay members.
    const others = before.memberIds.filter((id) => id !== before.leadArticleId)
    expect(story?.story.memberIds).toEqual(expect.arrayContaining(others))
    expect(story?.story.memberIds).toHaveLength(before.memberIds.length)
    for (const [path, to] of [
      [`/api/stories/${before.id}`, `/api/stories/${now}`],
      [`/stories/${before.id}`, `/stories/${now}`],
    ]) {
      const moved = await exports.default.fetch(`${BASE}${path}`, { redirect: 'manual' })
      expect(moved.status, path).toBe(302)
      expect(moved.headers.get('Cache-Control')).toBe('no-store')
      expect(new URL(moved.headers.get('Location') ?? '', BASE).pathname).toBe(to)
    }
    expect((await exports.default.fetch(`${BASE}/api/stories/${'f'.repeat(32)}`)).status).toBe(404)
  })
})

describe('a store written before ids took in the outlet', () => {
  it('still knows a URL-less capture sent again, and counts only real writes', async () => {
    const body = {
      source: 'Legacy Ledger',
      published: '2025-08-19',
      text: 'The harbour authority said on Tuesday that the old ferry pier would close for repairs.\n\nThe works are due to take six weeks.',
    }
    const first = await postJson(body)
    expect(first.status).toBe(201)
    const { article } = (await first.json()) as { article: { id: string; article: Article } }
    // As an older deployment stored it: the same record under the text-only id.
    const legacy = textOnlyArticleId(article.article.matchingText)
    expect(legacy).not.toBe(article.id)
    await insertArticles(env.DB, [{ ...article.article, id: legacy }], 'api')
    expect(await deleteArticle(env.DB, article.id)).toBe(true)

    const before = await readStoreVersion(env.DB)
    const again = await postJson(body)
    expect(again.status).toBe(200)
    expect(again.headers.get('Location')).toMatch(new RegExp(`/api/articles/${legacy}$`))
    expect(await readStoreVersion(env.DB)).toEqual(before)
    // A deletion of nothing moves neither the version nor the write time; a real one both.
    expect(await deleteArticle(env.DB, '0'.repeat(32), (before.writtenAt ?? 0) + 60_000)).toBe(
      false
    )
    expect(await readStoreVersion(env.DB)).toEqual(before)
    expect(await deleteArticle(env.DB, legacy, (before.writtenAt ?? 0) + 60_000)).toBe(true)
    const after = await readStoreVersion(env.DB)
    expect(after.version).not.toBe(before.version)
    expect(after.writtenAt).toBe((before.writtenAt ?? 0) + 60_000)
  })
})
