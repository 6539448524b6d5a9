import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'

const app = createApp()
const TOKEN = 'test-ingest-token'

const call = async (path: string, init: RequestInit = {}, bindings: Partial<Env> = {}) => {
  const ctx = createExecutionContext()
  const res = await app.request(`http://localhost:8787${path}`, init, { ...env, ...bindings }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

const post = (bindings: Partial<Env> = {}, url = 'https://harbour-gazette.example/faults/1') =>
  call(
    '/api/articles',
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        url,
        source: 'Harbour Gazette',
        published: '2025-03-04',
        title: 'Harbour ferry adds a late crossing from April',
        text: 'The harbour ferry will run a 23:40 crossing on weekdays from 1 April, the operator said on Tuesday.\n\nTickets go on sale next week.',
      }),
    },
    bindings
  )

/** A D1 stand-in whose every query fails, or never answers. */
const brokenDb = (mode: 'fail' | 'hang'): D1Database => {
  const outcome = () =>
    mode === 'fail'
      ? Promise.reject(new Error('D1_ERROR: simulated outage'))
      : new Promise<never>(() => {})
  const statement = {
    bind: () => statement,
    first: outcome,
    all: outcome,
    run: outcome,
    raw: outcome,
  }
  return {
    prepare: () => statement,
    batch: outcome,
    exec: outcome,
    dump: outcome,
  } as unknown as D1Database
}

describe('when the store fails', () => {
  it.each(['fail', 'hang'] as const)(
    'keeps serving the last good feeds (%s)',
    async (mode) => {
      const good = await call('/feed.atom')
      expect(good.status).toBe(200)
      const stale = await call('/feed.atom', {}, { DB: brokenDb(mode) })
      expect(stale.status).toBe(200)
      expect(stale.headers.get('ETag')).toBe(good.headers.get('ETag'))
      expect(await stale.text()).toBe(await good.text())
    },
    20_000
  )

  it.each(['fail', 'hang'] as const)(
    'answers writes with 503 and Retry-After (%s)',
    async (mode) => {
      const res = await post(
        { DB: brokenDb(mode) },
        `https://harbour-gazette.example/faults/${mode}`
      )
      expect(res.status).toBe(503)
      expect(res.headers.get('Retry-After')).toBe('5')
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
      const problem = (await res.json()) as { detail: string }
      expect(problem.detail).not.toMatch(/D1_ERROR|simulated|stack/i)
    },
    20_000
  )

  it('stores the article when the same write is retried after the outage', async () => {
    expect(
      (await post({ DB: brokenDb('fail') }, 'https://harbour-gazette.example/faults/retry')).status
    ).toBe(503)
    const retried = await post({}, 'https://harbour-gazette.example/faults/retry')
    expect(retried.status).toBe(201)
  })
})

describe('rate limits', () => {
  const refusing = { limit: async () => ({ success: false }) } as unknown as RateLimit

  it('answers writes over the limit with 429 and Retry-After', async () => {
    const res = await post({ WRITE_LIMITER: refusing })
    expect(res.status).toBe(429)
    expect(res.headers.get('Retry-After')).toBe('60')
  })

  it('limits searches, not plain feed reads', async () => {
    expect((await call('/feed.xml?q=lavrov', {}, { SEARCH_LIMITER: refusing })).status).toBe(429)
    expect((await call('/feed.xml', {}, { SEARCH_LIMITER: refusing })).status).toBe(200)
    expect((await call('/api/articles', {}, { WRITE_LIMITER: refusing })).status).toBe(200)
  })

  it('counts each client address separately', async () => {
    const seen: string[] = []
    const recording = {
      limit: async ({ key }: { key: string }) => {
        seen.push(key)
        return { success: true }
      },
    } as unknown as RateLimit
    await call(
      '/feed.xml?q=x',
      { headers: { 'CF-Connecting-IP': '203.0.113.7' } },
      { SEARCH_LIMITER: recording }
    )
    expect(seen).toEqual(['203.0.113.7'])
  })
})

describe('rebuilds after a write', () => {
  it('load the store once for many concurrent readers', async () => {
    await post({}, 'https://harbour-gazette.example/faults/single-flight')
    let loads = 0
    const counting = new Proxy(env.DB, {
      get(target, prop, receiver) {
        if (prop !== 'prepare') return Reflect.get(target, prop, receiver)
        return (sql: string) => {
          if (sql.startsWith('SELECT id, record, origin FROM articles')) loads++
          return target.prepare(sql)
        }
      },
    })
    // A write from elsewhere moves the version; then twenty readers arrive at once.
    await env.DB.prepare(
      "UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'"
    ).run()
    const { forgetStoreCheck } = await import('../../src/http/publication-context.ts')
    forgetStoreCheck()
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('/feed.json', {}, {
          DB: counting,
          STORE_CHECK_INTERVAL_MS: '0',
        } as unknown as Partial<Env>)
      )
    )
    expect(answers.every((r) => r.status === 200)).toBe(true)
    expect(loads).toBe(1)
  })
})
