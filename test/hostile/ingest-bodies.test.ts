/**
 * Hostile bodies for POST /api/articles: each gets a clear error (status plus
 * problem+json naming what is wrong) or a safe result, and after each one
 * every feed is still 200 and valid.
 */
import { env } from 'cloudflare:test'
import { afterEach, describe, expect, it } from 'vitest'
import { HOSTILE_HTML_ARTICLES } from '../fixtures/hostile/html-articles.ts'
import { checkHtmlPage, expectSafeContentHtml } from '../fuzz/feed-checks.ts'
import { expectFeedsHealthy, expectProblem, get, postBody, postJson } from './worker-client.ts'

const ARTICLE_TEXT =
  'Harbour ferry adds a late crossing\n\nThe harbour ferry will run a 23:40 crossing on weekdays from 1 April, the operator said on Tuesday.\n\nTickets go on sale next week at the terminal and online.'

const rows = async () =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM articles').first<number>('n')) ?? 0

type Stored = {
  created: boolean
  article: { id: string; article: { title: string; text: string; html: string; summary: string } }
}

// A bad article never takes the feeds down.
afterEach(async () => {
  await expectFeedsHealthy()
})

describe('bodies that are not article text', () => {
  it('empty bodies answer 422 "The body is empty."', async () => {
    for (const type of ['application/json', 'text/plain', 'text/html']) {
      expectProblem(await postBody('', type), 422, /body is empty/)
      expectProblem(await postBody(' \n\t ', type), 422, /body is empty/)
    }
    expectProblem(await postBody(null, 'application/json'), 422, /body is empty/)
  })

  it('no Content-Type or a binary one answers 415 listing what is accepted', async () => {
    expectProblem(
      await postBody(new Uint8Array([0x41, 0x42]), null),
      415,
      /no Content-Type.*text\/plain/
    )
    expectProblem(
      await postBody(new Uint8Array([1, 2, 3]), 'application/octet-stream'),
      415,
      /"application\/octet-stream" is not accepted; send one of: .*application\/json/
    )
    expectProblem(
      await postBody('x', 'multipart/form-data; boundary=x'),
      415,
      /multipart\/form-data/
    )
  })

  it('binary bytes sent as text answer 415 naming binary content', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    ])
    expectProblem(await postBody(png, 'text/plain'), 415, /binary content \(NUL bytes\)/)
    expectProblem(await postBody(png, 'application/json'), 415, /binary/)
    const random = crypto.getRandomValues(new Uint8Array(4096))
    random[7] = 0
    expectProblem(await postBody(random, 'text/html'), 415, /binary/)
  })

  it('Latin-1 answers 415 naming UTF-8, whatever charset the header claims', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Z'),
      0xfc,
      ...new TextEncoder().encode('rich news\n\nMore text here.'),
    ])
    for (const type of ['text/plain', 'text/plain; charset=iso-8859-1', 'application/json']) {
      expectProblem(await postBody(latin1, type), 415, /not valid UTF-8/)
    }
  })

  it('UTF-16 with a BOM is decoded (LE and BE); without a BOM it is refused as binary', async () => {
    const units = Array.from(ARTICLE_TEXT.replace('Harbour ferry', 'Utf16 harbour ferry'), (c) =>
      c.charCodeAt(0)
    )
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 255, u >> 8])])
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 255])])
    const first = await postBody(le, 'text/plain; charset=utf-16')
    expect(first.status).toBe(201)
    expect((first.json() as Stored).article.article.title).toBe(
      'Utf16 harbour ferry adds a late crossing'
    )
    // The same text big-endian is the same article: no second row.
    const before = await rows()
    const second = await postBody(be, 'text/plain')
    expect(second.status).toBe(200)
    expect(await rows()).toBe(before)
    expectProblem(await postBody(le.subarray(2), 'text/plain'), 415, /binary/)
    // An odd byte count is not UTF-16.
    expectProblem(
      await postBody(le.subarray(0, le.length - 1), 'text/plain'),
      415,
      /not valid UTF-16/
    )
  })

  it('10 MB answers 413 with the limit, declared or streamed, and stores nothing', async () => {
    const before = await rows()
    const limit = Number(env.MAX_INGEST_BYTES)
    expectProblem(
      await postBody('a'.repeat(10_000_000), 'text/plain'),
      413,
      new RegExp(`larger than ${limit} bytes`)
    )
    const chunk = new Uint8Array(1_000_000).fill(0x61)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(chunk)
        controller.close()
      },
    })
    expectProblem(await postBody(stream, 'text/plain'), 413, /larger than/)
    expect(await rows()).toBe(before)
  })
})

describe('JSON bodies', () => {
  it('deeply nested JSON answers 422 (not an object) or is stored with the extra field ignored', async () => {
    expectProblem(
      await postBody(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'application/json'),
      422,
      /one JSON object/
    )
    expectProblem(
      await postBody(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, 'application/json'),
      422,
      /./
    )
    const nested = await postBody(
      `{"title":"Nested extras stay out","url":"https://hostile.example/nested","text":${JSON.stringify(`${ARTICLE_TEXT} Nested.`)},"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      'application/json'
    )
    expect(nested.status).toBe(201)
    expect((nested.json() as Stored).article.article.title).toBe('Nested extras stay out')
  })

  it('broken JSON answers 400 with the parser message; non-objects 422', async () => {
    expectProblem(await postBody('{"title": "x",', 'application/json'), 400, /not valid JSON/)
    expectProblem(await postBody('\uFEFF{"title": 1', 'application/json'), 400, /not valid JSON/)
    for (const body of ['[1]', 'null', '"text"', '42', 'true'])
      expectProblem(await postBody(body, 'application/json'), 422, /one JSON object/)
  })

  it('fields of the wrong type or with unsafe URLs answer 422 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 5, text: ARTICLE_TEXT }, 'title'],
      [{ title: 'x', text: ARTICLE_TEXT, url: 'javascript:alert(1)' }, 'url'],
      [{ title: 'x', text: ARTICLE_TEXT, url: 'data:text/html,<script>alert(1)</script>' }, 'url'],
      [
        { title: 'x', text: ARTICLE_TEXT, source: { name: 'X', homepage: 'javascript:alert(1)' } },
        'source.homepage',
      ],
      [
        { title: 'x', text: ARTICLE_TEXT, source: { name: 'X', feedUrl: 'file:///etc/passwd' } },
        'source.feedUrl',
      ],
      // One string is a list separated by commas or semicolons, as crawlers write it.
      [{ title: 'x', text: ARTICLE_TEXT, tags: 42 }, 'tags'],
      [{ title: 'x', text: { nested: true } }, 'text'],
    ]
    for (const [body, field] of cases) {
      const problem = expectProblem(
        await postJson(body),
        422,
        new RegExp(`"${field.replace('.', '\\.')}`)
      )
      expect(problem['invalid-params']?.map((p) => p.name)).toContain(field)
    }
  })

  it('__proto__ and constructor keys neither pollute prototypes nor break the write', async () => {
    const body = `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"title":"Prototype keys are data","url":"https://hostile.example/proto","text":${JSON.stringify(`${ARTICLE_TEXT} Prototype.`)}}`
    const res = await postBody(body, 'application/json')
    expect([200, 201]).toContain(res.status)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((res.json() as Stored).article.article.title).toBe('Prototype keys are data')
  })
})

describe('hostile HTML articles', () => {
  it.each(HOSTILE_HTML_ARTICLES)(
    '$name: stored without the markup, served safely everywhere',
    async (hostile) => {
      const url = (via: string) =>
        `https://hostile.example/${encodeURIComponent(hostile.name)}/${via}`
      for (const [body, type, path] of [
        [hostile.html, 'text/html', `/api/articles?url=${encodeURIComponent(url('raw'))}`],
        [
          JSON.stringify({ html: hostile.html, source: 'Hostile Herald', url: url('json') }),
          'application/json',
          '/api/articles',
        ],
      ] as const) {
        const res = await postBody(body, type, path)
        expect([200, 201], res.text.slice(0, 300)).toContain(res.status)
        const { article } = (res.json() as Stored).article
        expect(article.title).toBe(hostile.title)
        expect(article.text).toContain('late crossing on weekdays')
        expectSafeContentHtml(article.html, 'stored article.html')
        for (const poison of hostile.absent) {
          for (const [field, value] of Object.entries({
            title: article.title,
            text: article.text,
            html: article.html,
          }))
            expect(value, `${field} holds ${poison}`).not.toContain(poison)
        }
        const id = (res.json() as Stored).article.id
        const page = await get(`/articles/${id}`, { Accept: 'text/html' })
        expect(page.status).toBe(200)
        checkHtmlPage(page.text, `/articles/${id}`)
      }
      // Nothing the article carried reaches any feed or page: trackers, script text, handlers.
      const { bodies } = await expectFeedsHealthy()
      for (const poison of hostile.absent.filter((p) => !p.startsWith('<'))) {
        for (const { path, body } of bodies)
          expect(body, `${path} holds ${poison}`).not.toContain(poison)
      }
    }
  )

  it('a near-limit HTML page (1.9 MB of paragraphs with script and pixels) is stored or refused in time', async () => {
    const paragraph = `<p>${ARTICLE_TEXT.split('\n\n')[1]} <script>alert(1)</script><img src="https://pixel.tracker.example/x.gif" width="1" height="1" onerror="alert(1)"><a href="javascript:alert(1)">more</a></p>`
    const html = `<html><head><title>Huge page of ferry news</title></head><body><article><h1>Huge page of ferry news</h1>${paragraph.repeat(Math.floor(1_900_000 / paragraph.length))}</article></body></html>`
    const started = Date.now()
    const res = await postBody(
      html,
      'text/html',
      '/api/articles?url=https%3A%2F%2Fhostile.example%2Fhuge'
    )
    expect(Date.now() - started).toBeLessThan(15_000)
    expect([201, 200, 422]).toContain(res.status)
    if (res.status !== 422) {
      const { article } = (res.json() as Stored).article
      expectSafeContentHtml(article.html, 'huge article.html')
      expect(article.html).not.toContain('pixel.tracker.example')
    }
  }, 30_000)
})
