/**
 * @module
 * 4. HTTP on loopback against the Worker in workerd (miniflare's API, the
 * bundle wrangler would upload), each scenario beside the constant-body
 * baseline Worker (bench/baseline-worker.js) answering with as many bytes.
 * 5. Bundle size (raw, gzipped) against the plan limits, and startup time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { type LoadResult, type LoadSpec, runLoad, wrkVersion } from './lib/load.ts'
import { fmtBytes, fmtInt, fmtRatio, summarize } from './lib/measure.ts'
import type { RunOptions, SectionResult, Table, Target } from './lib/report.ts'
import {
  type Build,
  buildWorker,
  disposeAll,
  ROOT,
  type Server,
  startWorker,
  workerOptionsFromConfig,
} from './lib/servers.ts'

const BASELINE = join(ROOT, 'bench/baseline-worker.js')

type Probe = {
  status: number
  bytes: number
  etag: string | null
  type: string
  /** The answer's headers, for a baseline that answers with the same ones. */
  headers: [string, string][]
  ms: number
}
/** Headers the server writes per connection or per answer, not the Worker. */
const TRANSPORT_HEADERS = new Set([
  'content-length',
  'date',
  'transfer-encoding',
  'connection',
  'keep-alive',
])
const probe = async (url: string, headers: Record<string, string> = {}): Promise<Probe> => {
  const t0 = performance.now()
  const res = await fetch(url, { headers })
  const body = await res.arrayBuffer()
  return {
    status: res.status,
    bytes: body.byteLength,
    etag: res.headers.get('ETag'),
    type: res.headers.get('Content-Type') ?? 'text/plain',
    headers: [...res.headers].filter(([name]) => !TRANSPORT_HEADERS.has(name)),
    ms: performance.now() - t0,
  }
}

type Scenario = {
  name: string
  spec: Omit<LoadSpec, 'seconds' | 'connections'>
  baseline: Omit<LoadSpec, 'seconds' | 'connections'>
  /** Throughput ours/baseline required, when this scenario has a target. */
  min?: number
}

export type ServeResults = {
  cpu: SectionResult | Error
  http: SectionResult
  bundle: SectionResult
}

export const runServe = async (options: RunOptions): Promise<ServeResults> => {
  const tmp = mkdtempSync(join(tmpdir(), 'edgewire-bench-'))
  try {
    options.log('build: wrangler deploy --dry-run --outdir')
    const build = await buildWorker(join(tmp, 'dist'))
    const bundle = bundleFigures(build)
    let cpu: SectionResult | Error
    try {
      options.log('cpu: fetch handler in-process')
      cpu = await (await import('./worker-cpu.ts')).runWorkerCpu(options, build.script)
    } catch (error) {
      cpu = error instanceof Error ? error : new Error(String(error))
    }
    const http = await httpFigures(options, build, tmp, bundle)
    return { cpu, http: http.section, bundle: bundleSection(options, bundle, http.startup) }
  } finally {
    await disposeAll()
    rmSync(tmp, { recursive: true, force: true })
  }
}

type BundleFigures = { raw: number; gzip: number; wranglerLine: string | null; buildMs: number }

const bundleFigures = (build: Build): BundleFigures => {
  const code = readFileSync(build.script)
  return {
    raw: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    wranglerLine: /Total Upload:[^\n]*/.exec(build.log)?.[0] ?? null,
    buildMs: build.buildMs,
  }
}

type Startup = {
  workerReadyMs: number[]
  baselineReadyMs: number[]
  firstRequestMs: number[]
  baselineFirstMs: number[]
}

const httpFigures = async (
  options: RunOptions,
  build: Build,
  tmp: string,
  _bundle: BundleFigures
): Promise<{ section: SectionResult; startup: Startup }> => {
  const base = await workerOptionsFromConfig()
  const hasStore = Boolean(base.d1Databases && Object.keys(base.d1Databases).length > 0)
  const useWrk = wrkVersion() !== null
  const tool = useWrk
    ? `${wrkVersion()} (-t1)`
    : 'built-in Node keep-alive loader (wrk not installed)'
  const seconds = options.quick ? 1 : 5
  const rounds = options.quick ? 1 : 3
  const connections = 8

  // Startup: isolate ready, then the first request (which builds the publication).
  const startup: Startup = {
    workerReadyMs: [],
    baselineReadyMs: [],
    firstRequestMs: [],
    baselineFirstMs: [],
  }
  const startRuns = options.quick ? 1 : 3
  for (let i = 0; i < startRuns; i++) {
    options.log(`startup: run ${i + 1}/${startRuns}`)
    const w = await startWorker(build.script, { base })
    startup.workerReadyMs.push(w.startMs)
    startup.firstRequestMs.push((await probe(new URL('/feed.xml', w.url).href)).ms)
    await w.dispose()
    const b = await startWorker(BASELINE, {
      bindings: {
        BODIES: JSON.stringify({
          '/': { status: 200, size: 10, headers: [['content-type', 'text/plain']] },
        }),
      },
    })
    startup.baselineReadyMs.push(b.startMs)
    startup.baselineFirstMs.push((await probe(new URL('/', b.url).href)).ms)
    await b.dispose()
  }

  options.log(
    `http: starting Edgewire${hasStore ? ' (D1 in a fresh folder, migrations applied)' : ''} and the baseline in workerd`
  )
  const servers: Server[] = []
  const worker = await startWorker(build.script, { base })
  servers.push(worker)
  const at = (path: string, server: Server = worker) => new URL(path, server.url).href
  // Warm: the first request seeds the store and builds the publication.
  const feed = await probe(at('/feed.xml'))
  if (feed.status !== 200 || !feed.etag) throw new Error(`GET /feed.xml answered ${feed.status}`)
  const revalidated = await probe(at('/feed.xml'), { 'If-None-Match': feed.etag })
  if (revalidated.status !== 304)
    throw new Error(`conditional GET answered ${revalidated.status}, not 304`)
  const cold = await probe(at('/articles/feed.xml?bench=probe'))
  if (cold.status !== 200) throw new Error(`GET /articles/feed.xml?bench= answered ${cold.status}`)
  const api = await probe(at('/api/stories'))
  if (api.status !== 200) throw new Error(`GET /api/stories answered ${api.status}`)

  // Each baseline answer has the status, headers and body byte count of ours: the
  // ratio then measures the Worker's work, not how many header bytes either writes.
  const bodies = {
    '/cached': { status: 200, size: feed.bytes, headers: feed.headers },
    '/not-modified': { status: 304, size: 0, headers: revalidated.headers },
    '/cold': { status: 200, size: cold.bytes, headers: cold.headers },
    '/api': { status: 200, size: api.bytes, headers: api.headers },
  }
  const baseline = await startWorker(BASELINE, { bindings: { BODIES: JSON.stringify(bodies) } })
  servers.push(baseline)
  let bundled: Server | null = null
  if (hasStore) {
    bundled = await startWorker(build.script, { base, withStore: false })
    servers.push(bundled)
    const p = await probe(at('/feed.xml', bundled))
    if (p.status !== 200) throw new Error(`bundled-mode GET /feed.xml answered ${p.status}`)
  }

  const scenarios: Scenario[] = [
    {
      name: `cached feed (GET /feed.xml, ${fmtBytes(feed.bytes)})`,
      spec: { url: at('/feed.xml'), expectStatus: 200 },
      baseline: { url: at('/cached', baseline), expectStatus: 200 },
      min: 0.8,
    },
    {
      name: '304 revalidation (If-None-Match)',
      spec: { url: at('/feed.xml'), headers: { 'If-None-Match': feed.etag }, expectStatus: 304 },
      baseline: {
        url: at('/not-modified', baseline),
        headers: { 'If-None-Match': feed.etag },
        expectStatus: 304,
      },
      min: 0.9,
    },
    {
      name: `cold render (GET /articles/feed.xml?bench=<unique>, ${fmtBytes(cold.bytes)})`,
      spec: { url: at('/articles/feed.xml'), uniqueQuery: true, expectStatus: 200 },
      baseline: { url: at('/cold', baseline), expectStatus: 200 },
    },
    {
      name: `JSON API (GET /api/stories, ${fmtBytes(api.bytes)})`,
      spec: { url: at('/api/stories'), expectStatus: 200 },
      baseline: { url: at('/api', baseline), expectStatus: 200 },
    },
  ]
  if (bundled) {
    scenarios.push({
      name: 'cached feed, no D1 binding (bundled corpus)',
      spec: { url: at('/feed.xml', bundled), expectStatus: 200 },
      baseline: { url: at('/cached', baseline), expectStatus: 200 },
    })
  }

  const rows: string[][] = []
  const targets: Target[] = []
  const notes: string[] = []
  const failures: string[] = []
  for (const s of scenarios) {
    const ours: LoadResult[] = []
    const base_: LoadResult[] = []
    try {
      for (let r = 0; r < rounds; r++) {
        options.log(`http: ${s.name}, round ${r + 1}/${rounds}`)
        const load = (spec: Scenario['spec']) =>
          runLoad({ ...spec, seconds, connections }, tmp, useWrk)
        // ABBA order across rounds, so neither side always runs on a warmer machine.
        if (r % 2 === 0) {
          ours.push(await load(s.spec))
          base_.push(await load(s.baseline))
        } else {
          base_.push(await load(s.baseline))
          ours.push(await load(s.spec))
        }
      }
    } catch (error) {
      // One scenario failing (a server gone, the load tool unreadable) must not hide the others.
      const message = (error instanceof Error ? error.message : String(error))
        .split('\n')
        .slice(0, 2)
        .join(' ')
      failures.push(`${s.name}: ${message}`)
      rows.push([s.name, `failed: ${message}`, '', '', '', ''])
      if (s.min !== undefined) {
        targets.push({
          name: `HTTP ${s.name.replace(/ \(.*/, '')} throughput vs constant body`,
          target: `≥ ${s.min}x`,
          measured: 'failed',
          pass: null,
        })
      }
      continue
    }
    const errors = ours.reduce((n, x) => n + x.errors, 0)
    if (errors > 0)
      notes.push(`${s.name}: ${errors} answers with another status or failed connections.`)
    const ratio = summarize(ours.map((o, i) => o.rps / (base_[i]?.rps ?? Number.NaN)))
    const med = (xs: LoadResult[], f: (x: LoadResult) => number) => summarize(xs.map(f)).median
    rows.push([
      s.name,
      fmtInt(med(ours, (x) => x.rps)),
      `${med(ours, (x) => x.p50Ms).toFixed(2)} / ${med(ours, (x) => x.p99Ms).toFixed(2)}`,
      fmtInt(med(base_, (x) => x.rps)),
      `${med(base_, (x) => x.p50Ms).toFixed(2)} / ${med(base_, (x) => x.p99Ms).toFixed(2)}`,
      fmtRatio(ratio.median),
    ])
    if (s.min !== undefined) {
      targets.push({
        name: `HTTP ${s.name.replace(/ \(.*/, '')} throughput vs constant body`,
        target: `≥ ${s.min}x`,
        measured: fmtRatio(ratio.median),
        pass: options.quick ? null : errors === 0 && ratio.median >= s.min,
      })
    }
  }
  for (const s of servers) await s.dispose()
  if (failures.length > 0) notes.push(...failures.map((f) => `BROKEN: ${f}`))

  return {
    startup,
    section: {
      id: 'http',
      title: 'HTTP (loopback, workerd)',
      method:
        `The bundle from \`wrangler deploy --dry-run\` runs in workerd through miniflare's API on 127.0.0.1 (free port), with the bindings wrangler.toml declares${hasStore ? ' (D1 in a fresh folder removed afterwards, migrations applied before the first request, which seeds it from the bundled corpus)' : ''}; the Cache API is miniflare's, in the same folder. ` +
        `Load: ${tool}, ${connections} keep-alive connections, ${seconds} s per run, ${rounds} round(s) per scenario alternating Edgewire and baseline (ABBA), median of rounds. ` +
        "The baseline is bench/baseline-worker.js in its own workerd, answering each scenario with a constant answer of the same status, headers and body byte count as Edgewire's (a constant 304 with Edgewire's 304 headers for revalidation, asked with the same If-None-Match). Load generator and both servers share this machine's cores, so absolute figures are loopback ceilings; the ratios are the result.",
      tables: [
        {
          headers: [
            'scenario',
            'Edgewire req/s',
            'p50 / p99 ms',
            'baseline req/s',
            'p50 / p99 ms',
            'throughput ratio',
          ],
          rows,
        },
      ],
      targets,
      notes,
      broken: failures,
    },
  }
}

const bundleSection = (options: RunOptions, b: BundleFigures, startup: Startup): SectionResult => {
  const KiB = 1024
  const med = (xs: number[]) => summarize(xs).median
  const table: Table = {
    headers: ['figure', 'Edgewire', 'baseline Worker', 'limit'],
    rows: [
      ['bundle, raw', fmtBytes(b.raw), '—', 'Worker size 64 MiB (uncompressed)'],
      [
        'bundle, gzip -9',
        fmtBytes(b.gzip),
        '—',
        'Free 3 MB, Paid 10 MB compressed; target 250 KiB',
      ],
      ['wrangler says', b.wranglerLine ?? '—', '—', ''],
      [
        'workerd ready (new Miniflare → ready)',
        `${med(startup.workerReadyMs).toFixed(0)} ms`,
        `${med(startup.baselineReadyMs).toFixed(0)} ms`,
        'startup (global scope) 1 s',
      ],
      [
        'first request, fresh isolate',
        `${med(startup.firstRequestMs).toFixed(0)} ms`,
        `${med(startup.baselineFirstMs).toFixed(1)} ms`,
        'CPU per request: Free 10 ms',
      ],
    ],
  }
  const targets: Target[] = [
    {
      name: 'gzipped bundle',
      target: '≤ 250 KiB',
      measured: fmtBytes(b.gzip),
      pass: options.quick ? null : b.gzip <= 250 * KiB,
    },
  ]
  return {
    id: 'bundle',
    title: 'Bundle and startup',
    method:
      'Size of index.js from `wrangler deploy --dry-run --outdir` (what wrangler uploads; source map excluded), gzipped here at level 9 and as wrangler reports it. ' +
      `Startup: time from creating the Miniflare instance to ready (workerd start + parsing and running the global scope), and the first GET /feed.xml on the new isolate, which normalizes and clusters the bundled corpus; median of ${startup.workerReadyMs.length} run(s), beside the baseline Worker.`,
    tables: [table],
    targets,
    notes: [],
  }
}
