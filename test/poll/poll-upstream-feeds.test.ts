import { env } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { MAX_BACKOFF_MS, pollUpstreamFeeds } from '../../src/poll/poll-upstream-feeds.ts'
import { readUpstreamConfig } from '../../src/poll/upstream-config.ts'
import { readUpstreamStates } from '../../src/storage/upstream-state.ts'
import HARBOUR_RSS from '../fixtures/upstream/harbour-gazette.rss.xml?raw'

const FEED = 'https://harbour-gazette.example/rss'
const OTHER = 'https://other-outlet.example/feed.json'
const MINUTE = 60_000

type Served =
  | { status?: number; body?: string; headers?: Record<string, string> }
  | 'hang'
  | 'network-error'

/** A fake upstream: answers per URL, records every request it gets. */
const upstream = (routes: Record<string, (req: Request) => Served>) => {
  const requests: Request[] = []
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init)
    requests.push(req)
    const served = routes[req.url]?.(req) ?? { status: 404, body: 'not found' }
    if (served === 'network-error') throw new TypeError('Network connection lost.')
    if (served === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        req.signal.addEventListener('abort', () => reject(req.signal.reason))
      })
    }
    return new Response(served.body ?? '', {
      status: served.status ?? 200,
      headers: served.headers ?? {},
    })
  }) as typeof fetch
  return { fetcher, requests }
}

const articleCount = async (origin: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM articles WHERE origin = ?')
    .bind(origin)
    .first<number>('n')) ?? 0

describe('pollUpstreamFeeds', () => {
  it('stores new items, then revalidates with the validators it kept', async () => {
    let clock = 1_000_000
    const { fetcher, requests } = upstream({
      [FEED]: (req) =>
        req.headers.get('If-None-Match') === '"v1"'
          ? { status: 304 }
          : {
              body: HARBOUR_RSS,
              headers: {
                ETag: '"v1"',
                'Last-Modified': 'Tue, 04 Mar 2025 09:15:00 GMT',
                'Content-Type': 'application/rss+xml',
              },
            },
    })
    const feeds = [{ url: FEED }]
    const first = await pollUpstreamFeeds({ db: env.DB, feeds, fetcher, now: () => clock })
    expect(first).toEqual([{ url: FEED, outcome: 'updated', added: 2, items: 2, rejected: 0 }])
    expect(await articleCount(`upstream:${FEED}`)).toBe(2)

    // Not due yet: no request at all.
    clock += 5 * MINUTE
    expect(
      (await pollUpstreamFeeds({ db: env.DB, feeds, fetcher, now: () => clock }))[0]?.outcome
    ).toBe('skipped')
    expect(requests).toHaveLength(1)

    clock += 6 * MINUTE
    const second = await pollUpstreamFeeds({ db: env.DB, feeds, fetcher, now: () => clock })
    expect(second[0]?.outcome).toBe('not-modified')
    expect(requests[1]?.headers.get('If-None-Match')).toBe('"v1"')
    expect(requests[1]?.headers.get('If-Modified-Since')).toBe('Tue, 04 Mar 2025 09:15:00 GMT')
    expect(await articleCount(`upstream:${FEED}`)).toBe(2)
  })

  it('shows polled items in the feeds on the next request', async () => {
    const { fetcher } = upstream({ [FEED]: () => ({ body: HARBOUR_RSS }) })
    await pollUpstreamFeeds({
      db: env.DB,
      feeds: [
        {
          url: FEED,
          source: { name: 'Harbour Gazette', homepage: 'https://harbour-gazette.example/' },
        },
      ],
      fetcher,
    })
    const body = await (
      await exports.default.fetch('http://localhost:8787/articles/feed.xml')
    ).text()
    expect(body).toContain('Harbour ferry adds a late crossing from April')
    expect(body).toContain('Council approves the market square plan after a long debate')
  })

  it('backs off after errors, honours Retry-After, and keeps other feeds going', async () => {
    // Tests in a file share one database: each uses its own feed URL.
    const FEED = 'https://harbour-gazette.example/rss?edition=backoff'
    let clock = 50_000_000
    let answer: Served = { status: 500, body: 'oops' }
    const { fetcher } = upstream({
      [FEED]: () => answer,
      [OTHER]: () => ({
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Other Outlet',
          home_page_url: 'https://other-outlet.example/',
          items: [
            {
              id: '1',
              url: 'https://other-outlet.example/a',
              title: 'Bridge repairs finish a month early',
              content_text:
                'Repairs to the old stone bridge finished a month ahead of schedule, the county engineer said on Friday.\n\nThe bridge reopens to traffic on Monday morning.',
              date_published: '2025-03-07T10:00:00Z',
            },
          ],
        }),
      }),
    })
    const feeds = [{ url: FEED }, { url: OTHER }]
    const run = () => pollUpstreamFeeds({ db: env.DB, feeds, fetcher, now: () => clock })

    const first = await run()
    expect(first.find((r) => r.url === FEED)).toMatchObject({
      outcome: 'failed',
      detail: 'HTTP 500',
    })
    expect(first.find((r) => r.url === OTHER)).toMatchObject({ outcome: 'updated', added: 1 })
    let state = (await readUpstreamStates(env.DB)).get(FEED)
    expect(state?.failures).toBe(1)
    expect(state?.nextPollAt).toBe(clock + 10 * MINUTE)

    clock += 10 * MINUTE
    answer = 'network-error'
    await run()
    state = (await readUpstreamStates(env.DB)).get(FEED)
    expect(state?.failures).toBe(2)
    expect(state?.nextPollAt).toBe(clock + 20 * MINUTE)
    expect(state?.lastError).toMatch(/^request failed/)

    clock += 20 * MINUTE
    answer = { status: 429, headers: { 'Retry-After': '7200' } }
    await run()
    state = (await readUpstreamStates(env.DB)).get(FEED)
    expect(state?.nextPollAt).toBe(clock + 2 * 60 * MINUTE)

    clock += 2 * 60 * MINUTE
    answer = { body: '<html><body>Not a feed at all</body></html>' }
    expect((await run()).find((r) => r.url === FEED)?.outcome).toBe('failed')
    state = (await readUpstreamStates(env.DB)).get(FEED)
    expect(state?.failures).toBe(4)
    expect((state?.nextPollAt ?? Number.POSITIVE_INFINITY) - clock).toBeLessThanOrEqual(
      MAX_BACKOFF_MS
    )

    clock += MAX_BACKOFF_MS
    answer = { body: HARBOUR_RSS }
    expect((await run()).find((r) => r.url === FEED)?.outcome).toBe('updated')
    expect((await readUpstreamStates(env.DB)).get(FEED)?.failures).toBe(0)
  })

  it('gives up on a server that hangs, without stopping the run', async () => {
    const FEED = 'https://harbour-gazette.example/rss?edition=hang'
    const { fetcher } = upstream({ [FEED]: () => 'hang' })
    const started = Date.now()
    const [report] = await pollUpstreamFeeds({ db: env.DB, feeds: [{ url: FEED }], fetcher })
    expect(report?.outcome).toBe('failed')
    expect(report?.detail).toMatch(/no answer within 10 s|request failed/)
    expect(Date.now() - started).toBeLessThan(30_000)
  }, 40_000)

  it('polls one host at a time', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const slow = () => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      return { status: 304 }
    }
    const base = upstream({
      'https://same-host.example/a': slow,
      'https://same-host.example/b': slow,
    })
    const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await base.fetcher(input, init)
      await new Promise((r) => setTimeout(r, 20))
      inFlight--
      return res
    }) as typeof fetch
    await pollUpstreamFeeds({
      db: env.DB,
      feeds: [{ url: 'https://same-host.example/a' }, { url: 'https://same-host.example/b' }],
      fetcher,
    })
    expect(maxInFlight).toBe(1)
  })
})

describe('readUpstreamConfig', () => {
  it('keeps valid entries and names each bad one', () => {
    const config = readUpstreamConfig(
      JSON.stringify([{ url: FEED }, { url: 'ftp://x' }, { source: 'x' }])
    )
    expect(config.feeds).toEqual([{ url: FEED }])
    expect(config.problems).toHaveLength(2)
    expect(config.problems[0]).toMatch(/^UPSTREAM_FEEDS\[1\]: url /)
    expect(readUpstreamConfig('{nope').problems[0]).toMatch(/^UPSTREAM_FEEDS is not valid JSON/)
  })
})

describe('scheduled handler', () => {
  it('polls the feeds configured in UPSTREAM_FEEDS', async () => {
    const { createExecutionContext, createScheduledController, waitOnExecutionContext } =
      await import('cloudflare:test')
    const { default: worker } = await import('../../src/index.ts')
    const url = 'https://harbour-gazette.example/rss?edition=cron'
    const spy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response(HARBOUR_RSS, { status: 200 }))
    try {
      const ctx = createExecutionContext()
      await worker.scheduled(
        createScheduledController({ cron: '*/10 * * * *' }),
        { ...env, UPSTREAM_FEEDS: JSON.stringify([{ url }]) } as Env,
        ctx
      )
      await waitOnExecutionContext(ctx)
      expect(spy).toHaveBeenCalledTimes(1)
      expect((await readUpstreamStates(env.DB)).get(url)?.lastStatus).toBe(200)
    } finally {
      spy.mockRestore()
    }
  })
})
