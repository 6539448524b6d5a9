/**
 * Soak test: `npm run soak [-- --requests N --concurrency C --max-seconds S]`.
 *
 * Starts the Worker under `wrangler dev` on a free loopback port with its own
 * fresh local D1 (migrated first), sends N mixed requests on 127.0.0.1 with
 * bounded concurrency (reads of feeds, pages and the API; conditional reads
 * with the ETag last seen; writes of new articles, re-sends and concurrent
 * duplicates), samples the workerd processes' RSS from /proc, and checks:
 * zero 5xx, every acknowledged new article stored exactly once and no row for
 * a duplicate, memory that does not keep growing. Prints a summary; exits 1
 * when a check fails. Stops by itself at N requests or --max-seconds.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type DevServer, startDevServer, WRANGLER } from './lib/dev-server.ts'

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '50000' },
    concurrency: { type: 'string', default: '32' },
    // 50,000 requests take about 7 minutes on a shared 2-core machine.
    'max-seconds': { type: 'string', default: '900' },
    // Also write the summary to bench/results/soak.md, which BENCHMARKS.md includes.
    write: { type: 'boolean', default: false },
    // Simulated client addresses (CF-Connecting-IP) the writes are spread over, so the
    // per-address write limit (600/min) is exercised but does not refuse most writes.
    clients: { type: 'string', default: '64' },
    // Percent of requests that write (new articles, re-sends, concurrent pairs).
    writes: { type: 'string', default: '2' },
    // Comma-separated paths the reads use instead of the default set (to isolate one route).
    'read-paths': { type: 'string' },
  },
})
const TOTAL = Number(args.requests)
const CONCURRENCY = Number(args.concurrency)
const MAX_MS = Number(args['max-seconds']) * 1000
const CLIENTS = Number(args.clients)
const REQUEST_TIMEOUT_MS = 30_000

const TOKEN = `soak-${randomBytes(12).toString('hex')}`

const log = (...parts: unknown[]) => console.error('[soak]', ...parts)

// ---------------------------------------------------------------- the server

type Server = DevServer

const startServer = (): Promise<Server> =>
  startDevServer({ vars: { INGEST_TOKEN: TOKEN }, logLevel: 'warn' })

// ------------------------------------------------------------------- memory

/** workerd processes in the server's process group, by pid. */
const workerdPids = (pgid: number): number[] => {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const close = stat.lastIndexOf(')')
      const comm = stat.slice(stat.indexOf('(') + 1, close)
      const fields = stat.slice(close + 2).split(' ')
      // fields[0] is state, [1] ppid, [2] pgrp.
      if (comm === 'workerd' && Number(fields[2]) === pgid) pids.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return pids
}

const rssKb = (pid: number): number => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

// ------------------------------------------------------------------ traffic

type Kind =
  | 'read'
  | 'conditional'
  | 'write-new'
  | 'write-duplicate'
  | 'write-concurrent-pair'
  | 'not-found'
  | 'head'

const WRITE_SHARE = Number(args.writes)
const MIX: [Kind, number][] = [
  ['read', (100 - WRITE_SHARE) * 0.6],
  ['conditional', (100 - WRITE_SHARE) * 0.3],
  ['write-new', WRITE_SHARE * 0.6],
  ['write-duplicate', WRITE_SHARE * 0.3],
  ['write-concurrent-pair', WRITE_SHARE * 0.1],
  ['not-found', (100 - WRITE_SHARE) * 0.05],
  ['head', (100 - WRITE_SHARE) * 0.05],
]
const MIX_TOTAL = MIX.reduce((n, [, w]) => n + w, 0)

const DEFAULT_READ_PATHS = [
  '/',
  '/feed.xml',
  '/feed.atom',
  '/feed.json',
  '/feed.xml?view=articles',
  '/feed.json?limit=5',
  '/articles',
  '/articles/feed.xml',
  '/articles/feed.atom',
  '/articles/feed.json',
  '/api/articles',
  '/api/articles?limit=100',
  '/api/stories',
  '/api/sources',
  '/sources.opml',
  '/sources/soak-wire-example/feed.xml',
  '/sources/soak-wire-example/feed.json',
]
const READ_PATHS = args['read-paths'] ? args['read-paths'].split(',') : DEFAULT_READ_PATHS

/** A deterministic pseudo-random stream, so a run can be repeated. */
let seed = 0x5eed
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff
  return seed / 0x7fffffff
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

const TOPICS = [
  'harbour ferry timetable',
  'council budget vote',
  'river bridge repairs',
  'school meals contract',
  'hospital night clinic',
  'tram line extension',
  'library opening hours',
  'storm flood defences',
]

/** A new article, unique by URL and by text. */
const newArticle = (n: number) => {
  const topic = pick(TOPICS)
  const token = `${n.toString(36)}-${randomBytes(4).toString('hex')}`
  return {
    url: `https://soak-wire.example/news/${token}`,
    title: `Soak report ${token}: ${topic}`,
    source: { name: 'Soak Wire', homepage: 'https://soak-wire.example/' },
    published: new Date(Date.UTC(2025, 7, 1) + n * 60_000).toISOString().replace(/\.\d+Z$/, 'Z'),
    text: [
      `The ${topic} was discussed on Tuesday in report ${token}, officials said, after residents asked for details of the plan and its cost.`,
      `Report ${token} notes that the ${topic} will be reviewed again next month, and that a public meeting is planned before any final decision.`,
    ].join('\n\n'),
  }
}

type Outcome = { kind: Kind; status: number; ms: number }

type State = {
  url: string
  etags: Map<string, string>
  /** New articles acknowledged with 201 (key: URL), and how often each was acknowledged so. */
  created: Map<string, number>
  /** Bodies of acknowledged articles, to re-send as duplicates. */
  sentBodies: string[]
  articleIds: string[]
  counter: number
  outcomes: Outcome[]
  duplicateViolations: string[]
  failures: string[]
}

const clientHeader = () => {
  const client = Math.floor(random() * CLIENTS)
  return { 'CF-Connecting-IP': `10.77.${client >> 8}.${client & 255}` }
}

const timed = async (
  state: State,
  kind: Kind,
  path: string,
  init: RequestInit = {}
): Promise<Response | null> => {
  const started = performance.now()
  try {
    const res = await fetch(`${state.url}${path}`, {
      ...init,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    // Read the body fully, so latency covers the whole answer.
    const body = await res.arrayBuffer()
    state.outcomes.push({ kind, status: res.status, ms: performance.now() - started })
    if (res.status >= 500)
      state.failures.push(
        `${init.method ?? 'GET'} ${path} → ${res.status}: ${new TextDecoder().decode(body).slice(0, 200)}`
      )
    return new Response(res.status === 204 || res.status === 304 ? null : body, {
      status: res.status,
      headers: res.headers,
    })
  } catch (error) {
    state.outcomes.push({ kind, status: 0, ms: performance.now() - started })
    state.failures.push(
      `${init.method ?? 'GET'} ${path} → ${(error as Error).name}: ${(error as Error).message}`
    )
    return null
  }
}

const postArticle = (state: State, kind: Kind, body: string) =>
  timed(state, kind, '/api/articles', {
    method: 'POST',
    body,
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
      ...clientHeader(),
    },
  })

const recordWrite = async (
  state: State,
  res: Response | null,
  body: string,
  expectNew: boolean
) => {
  if (!res) return
  const { url } = JSON.parse(body) as { url: string }
  if (res.status === 201) {
    state.created.set(url, (state.created.get(url) ?? 0) + 1)
    if (!expectNew) state.duplicateViolations.push(`duplicate of ${url} answered 201`)
    const result = (await res.json()) as { article: { id: string } }
    state.articleIds.push(result.article.id)
    state.sentBodies.push(body)
  } else if (res.status === 200) {
    const result = (await res.json()) as { created: boolean }
    if (result.created) state.duplicateViolations.push(`200 with created: true for ${url}`)
  } else if (res.status !== 429 && res.status < 500) {
    state.failures.push(`write ${url} → ${res.status}: ${(await res.text()).slice(0, 200)}`)
  }
}

const one = async (state: State, n: number) => {
  let r = random() * MIX_TOTAL
  let kind: Kind = 'read'
  for (const [k, w] of MIX) {
    if (r < w) {
      kind = k
      break
    }
    r -= w
  }
  if (kind === 'write-duplicate' && state.sentBodies.length === 0) kind = 'write-new'
  // The first requests write, so re-sends, the soak source's feeds and article pages exist.
  if (n < 20 && WRITE_SHARE > 0) kind = 'write-new'
  switch (kind) {
    case 'read': {
      const path =
        state.articleIds.length > 0 && random() < 0.2
          ? `/articles/${pick(state.articleIds)}`
          : pick(READ_PATHS)
      const res = await timed(state, kind, path)
      const etag = res?.headers.get('ETag')
      if (res?.status === 200 && etag) state.etags.set(path, etag)
      return
    }
    case 'conditional': {
      const known = [...state.etags.keys()]
      if (known.length === 0) return void (await timed(state, 'read', '/feed.xml'))
      const path = pick(known)
      const res = await timed(state, kind, path, {
        headers: { 'If-None-Match': state.etags.get(path) ?? '' },
      })
      const etag = res?.headers.get('ETag')
      if (res?.status === 200 && etag) state.etags.set(path, etag)
      else if (res && res.status !== 304 && res.status !== 200)
        state.failures.push(`conditional ${path} → ${res.status}`)
      return
    }
    case 'write-new': {
      const body = JSON.stringify(newArticle(n))
      return recordWrite(state, await postArticle(state, kind, body), body, true)
    }
    case 'write-duplicate': {
      const body = pick(state.sentBodies)
      const res = await postArticle(state, kind, body)
      if (res && res.status !== 200 && res.status !== 429 && res.status < 500)
        state.duplicateViolations.push(`re-send answered ${res.status}`)
      return recordWrite(state, res, body, false)
    }
    case 'write-concurrent-pair': {
      // The same new article twice at once: one 201 and one 200, one row.
      const body = JSON.stringify(newArticle(n))
      const answers = await Promise.all([
        postArticle(state, kind, body),
        postArticle(state, kind, body),
      ])
      const statuses = answers.map((a) => a?.status ?? 0).sort()
      const first = answers.findIndex((a) => a?.status === 201)
      for (const [i, a] of answers.entries())
        await recordWrite(state, a, body, i === first || first < 0)
      if (statuses.filter((s) => s === 201).length > 1)
        state.duplicateViolations.push(`concurrent pair answered ${statuses.join(', ')}`)
      return
    }
    case 'not-found': {
      const res = await timed(
        state,
        kind,
        `/api/articles/${'0'.repeat(31)}${Math.floor(random() * 10)}`
      )
      if (res && res.status !== 404) state.failures.push(`not-found answered ${res.status}`)
      return
    }
    case 'head': {
      const res = await timed(state, kind, pick(READ_PATHS), { method: 'HEAD' })
      if (res && res.status !== 200) state.failures.push(`HEAD answered ${res.status}`)
      return
    }
  }
}

// ------------------------------------------------------------------- checks

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0)

/** Every Soak Wire article the API lists, following next_url. */
const listSoakArticles = async (url: string): Promise<string[]> => {
  const urls: string[] = []
  let next: string | null = `${url}/api/articles?source=soak-wire-example&limit=100`
  while (next) {
    const res = await fetch(next.replace(/^https?:\/\/[^/]+/, url))
    if (!res.ok) throw new Error(`listing answered ${res.status}`)
    const page = (await res.json()) as {
      items: { article: { url: string | null }; sightings: { url: string | null }[] }[]
      next_url: string | null
    }
    for (const item of page.items) for (const s of item.sightings) if (s.url) urls.push(s.url)
    next = page.next_url
  }
  return urls
}

const countRows = (persist: string): number => {
  const result = spawnSync(
    WRANGLER,
    [
      'd1',
      'execute',
      'DB',
      '--local',
      '--persist-to',
      persist,
      '--json',
      '--command',
      "SELECT COUNT(*) AS n, SUM(source_id = 'soak-wire-example') AS soak FROM articles",
    ],
    { env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' }, encoding: 'utf8' }
  )
  if (result.status !== 0) throw new Error(`d1 execute failed:\n${result.stderr}\n${result.stdout}`)
  const parsed = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as {
    results: { n: number; soak: number | null }[]
  }[]
  return parsed[0]?.results[0]?.soak ?? 0
}

// --------------------------------------------------------------------- main

const main = async () => {
  log(`starting wrangler dev (fresh local D1) for ${TOTAL} requests, concurrency ${CONCURRENCY}`)
  const server = await startServer()
  const pgid = server.child.pid ?? 0
  const memory: { t: number; kb: number }[] = []
  const sample = () => {
    const kb = workerdPids(pgid).reduce((sum, pid) => sum + rssKb(pid), 0)
    if (kb > 0) memory.push({ t: Date.now(), kb })
  }
  const state: State = {
    url: server.url,
    etags: new Map(),
    created: new Map(),
    sentBodies: [],
    articleIds: [],
    counter: 0,
    outcomes: [],
    duplicateViolations: [],
    failures: [],
  }
  let ok = false
  try {
    // Warm up: seed the store from the bundle and render the main feeds once.
    for (const path of READ_PATHS.slice(0, 5)) await fetch(`${server.url}${path}`)
    sample()
    const sampler = setInterval(sample, 1000)
    const started = Date.now()
    const deadline = started + MAX_MS
    let lastReport = started
    const worker = async () => {
      for (;;) {
        const n = state.counter++
        if (n >= TOTAL || Date.now() > deadline) return
        await one(state, n)
        if (Date.now() - lastReport > 10_000) {
          lastReport = Date.now()
          const kb = memory.at(-1)?.kb ?? 0
          log(
            `${state.outcomes.length} requests, ${((Date.now() - started) / 1000).toFixed(0)} s, rss ${(kb / 1024).toFixed(0)} MB`
          )
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    const elapsed = (Date.now() - started) / 1000
    clearInterval(sampler)
    sample()
    const timedOut = state.counter < TOTAL

    // Every acknowledged new article is listed once; nothing else of ours is.
    const listed = await listSoakArticles(server.url)
    await server.stop({ keepState: true })
    const rows = countRows(server.persist)

    const statuses = new Map<number, number>()
    for (const o of state.outcomes) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1)
    const latencies = state.outcomes.map((o) => o.ms).sort((a, b) => a - b)
    const byKind = new Map<Kind, number[]>()
    for (const o of state.outcomes) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o.ms])
    const fivexx = state.outcomes.filter((o) => o.status >= 500 || o.status === 0).length
    const acknowledged = state.created.size
    const doubled = [...state.created.values()].filter((n) => n > 1).length
    const listedSet = new Set(listed)
    const lost = [...state.created.keys()].filter((u) => !listedSet.has(u)).length
    const unexpected = listed.filter((u) => !state.created.has(u)).length
    const listedTwice = listed.length - listedSet.size
    const mem = memory.map((m) => m.kb)
    const startKb = mem[0] ?? 0
    const peakKb = Math.max(0, ...mem)
    const endKb = mem.at(-1) ?? 0
    // Stable: the last quarter of the run does not sit far above the second quarter.
    const q = Math.floor(mem.length / 4)
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
    const secondQuarter = avg(mem.slice(q, 2 * q))
    const lastQuarter = avg(mem.slice(3 * q))
    const growth = secondQuarter > 0 ? lastQuarter / secondQuarter : 1
    const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`
    const ms = (x: number) => `${x.toFixed(1)} ms`

    const checks: [string, boolean, string][] = [
      ['zero 5xx (and no transport errors)', fivexx === 0, `${fivexx}`],
      ['every acknowledged write stored (API)', lost === 0, `${lost} lost of ${acknowledged}`],
      [
        'no write stored twice (201 once per article, listed once)',
        doubled === 0 && listedTwice === 0,
        `${doubled} doubled acks, ${listedTwice} listed twice`,
      ],
      ['no unacknowledged article stored', unexpected === 0, `${unexpected}`],
      [
        'D1 rows = acknowledged new articles (duplicates add none)',
        rows === acknowledged,
        `${rows} rows, ${acknowledged} acknowledged`,
      ],
      [
        'duplicates answered 200 created:false',
        state.duplicateViolations.length === 0,
        `${state.duplicateViolations.length} violations`,
      ],
      [
        'no other unexpected answers',
        state.failures.length === fivexx,
        `${state.failures.length - fivexx}`,
      ],
      [
        'finished within the time bound',
        !timedOut,
        timedOut ? `stopped at ${state.counter}` : 'yes',
      ],
      [
        'memory stable (last quarter ≤ 1.5 × second quarter)',
        growth <= 1.5,
        `×${growth.toFixed(2)}`,
      ],
    ]
    ok = checks.every(([, pass]) => pass)

    const lines = [
      '## Soak (scripts/soak.ts)',
      '',
      `wrangler dev (workerd), local D1, 127.0.0.1; ${CONCURRENCY} concurrent clients; ${WRITE_SHARE}% writes; node ${process.version}`,
      '',
      `| Requests | Duration | Throughput | p50 | p90 | p99 | max |`,
      `| --- | --- | --- | --- | --- | --- | --- |`,
      `| ${state.outcomes.length} | ${elapsed.toFixed(1)} s | ${(state.outcomes.length / elapsed).toFixed(0)} req/s | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 90))} | ${ms(percentile(latencies, 99))} | ${ms(latencies.at(-1) ?? 0)} |`,
      '',
      `Statuses: ${[...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s === 0 ? 'error' : s}: ${n}`)
        .join(', ')}`,
      '',
      '| Kind | Requests | p50 | p99 |',
      '| --- | --- | --- | --- |',
      ...[...byKind.entries()].map(([kind, xs]) => {
        const sorted = xs.sort((a, b) => a - b)
        return `| ${kind} | ${xs.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} |`
      }),
      '',
      `Writes: ${acknowledged} new articles acknowledged (201), ${rows} rows in D1 for the soak source, ${listed.length} listed by the API; ${statuses.get(429) ?? 0} answered 429 (write limit).`,
      `workerd RSS: start ${mb(startKb)}, peak ${mb(peakKb)}, end ${mb(endKb)} (${mem.length} samples, 1/s)`,
      '',
      '| Check | Result | |',
      '| --- | --- | --- |',
      ...checks.map(
        ([name, pass, detail]) => `| ${name} | ${pass ? 'pass' : 'FAIL'} | ${detail} |`
      ),
    ]
    console.log(lines.join('\n'))
    if (args.write) {
      const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'results', 'soak.md')
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, `${lines.join('\n')}\n`)
      log(`wrote ${out}`)
    }
    if (state.failures.length > 0) log('first failures:', state.failures.slice(0, 10))
    if (state.duplicateViolations.length > 0)
      log('duplicate violations:', state.duplicateViolations.slice(0, 10))
  } catch (error) {
    log('soak aborted:', error)
    log(server.output().slice(-3000))
  } finally {
    await server.stop()
  }
  process.exit(ok ? 0 : 1)
}

await main()
