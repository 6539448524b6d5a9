/**
 * @module
 * CPU per request, in-process: the Worker's own fetch handler (the bundle
 * `wrangler deploy --dry-run` wrote, i.e. src/index.ts as deployed) called directly in Node's V8 over many requests after warm-up, against the
 * bundled corpus (no D1 binding: Node has none), beside a handler that
 * returns a constant body of the same size with the same headers. Measures
 * the JavaScript the Worker runs per request (Hono routing, middleware,
 * render-cache lookup, Headers/Response construction), not workerd's I/O.
 */
import { pathToFileURL } from 'node:url'
import { fmtRatio, summarize } from './lib/measure.ts'
import type { RunOptions, SectionResult, Target } from './lib/report.ts'
import { workerOptionsFromConfig } from './lib/servers.ts'

type Handler = (request: Request, env: unknown, ctx: unknown) => Response | Promise<Response>

const ctx = { waitUntil: () => undefined, passThroughOnException: () => undefined, props: {} }

/** CPU µs per request over `n` sequential requests. */
const cpuPerRequest = async (fn: () => Promise<Response>, n: number): Promise<number> => {
  const c0 = process.cpuUsage()
  for (let i = 0; i < n; i++) {
    const res = await fn()
    await res.arrayBuffer()
  }
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / n
}

export const runWorkerCpu = async (
  options: RunOptions,
  bundlePath: string
): Promise<SectionResult> => {
  const base = await workerOptionsFromConfig()
  const env = { ...(base.bindings ?? {}) }
  const worker = (await import(pathToFileURL(bundlePath).href)) as { default: { fetch: Handler } }
  const fetchWorker = worker.default.fetch
  const origin = 'http://127.0.0.1:8787'
  const first = await fetchWorker(new Request(`${origin}/feed.xml`), env, ctx)
  if (first.status !== 200) throw new Error(`in-process GET /feed.xml answered ${first.status}`)
  const body = await first.text()
  const etag = first.headers.get('ETag') ?? ''
  const headers = [...first.headers.entries()]

  const cases = {
    'cached feed': () => Promise.resolve(fetchWorker(new Request(`${origin}/feed.xml`), env, ctx)),
    '304 revalidation': () =>
      Promise.resolve(
        fetchWorker(
          new Request(`${origin}/feed.xml`, { headers: { 'If-None-Match': etag } }),
          env,
          ctx
        )
      ),
    'constant body (baseline)': () =>
      Promise.resolve(new Response(body, { status: 200, headers: new Headers(headers) })),
  }
  const n = options.quick ? 500 : 5000
  const repetitions = options.quick ? 3 : 9
  for (const fn of Object.values(cases)) await cpuPerRequest(fn, n) // warm-up
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(cases).map((k) => [k, []])
  )
  for (let r = 0; r < repetitions; r++) {
    for (const [name, fn] of Object.entries(cases)) samples[name]?.push(await cpuPerRequest(fn, n))
  }
  const med = (name: string) => summarize(samples[name] ?? []).median
  const baseline = med('constant body (baseline)')
  const rows = Object.keys(cases).map((name) => {
    const s = summarize(samples[name] ?? [])
    return [
      name,
      `${s.median.toFixed(1)} µs`,
      `±${((s.spread * 100) / 2).toFixed(0)}%`,
      fmtRatio(s.median / baseline),
    ]
  })
  const cached = med('cached feed')
  const targets: Target[] = [
    {
      name: 'CPU per cached feed request (in-process)',
      target: '≤ 0.2 ms',
      measured: `${(cached / 1000).toFixed(3)} ms`,
      pass: options.quick ? null : cached <= 200,
    },
  ]
  return {
    id: 'worker-cpu',
    title: 'CPU per request (in-process)',
    method:
      `The Worker's fetch handler (the bundle from wrangler deploy --dry-run) is called directly in this Node process (same V8 as workerd, but Node's undici Request/Response/Headers instead of workerd's native ones) with wrangler.toml's vars and no D1 binding (the bundled corpus). ` +
      `After one warm-up pass, ${repetitions} repetitions of ${n} sequential requests, each response body read; process.cpuUsage per request, median ± half the IQR. ` +
      'The baseline builds a Response with the same body and headers. With D1 bound, each request also awaits one D1 query (readStoreVersion), whose I/O is not CPU but whose bindings call is; see the HTTP table for its effect on throughput.',
    tables: [{ headers: ['request', 'CPU per request', 'spread', 'vs constant body'], rows }],
    targets,
    notes: [],
  }
}
