/**
 * @module
 * Bounded HTTP load on loopback: wrk (Debian's `wrk`) when it is installed,
 * else a small keep-alive loader in Node. Each run is fixed in connections and
 * seconds and stops by itself.
 */
import { execFileSync, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import { quantile } from './measure.ts'

export type LoadResult = {
  rps: number
  p50Ms: number
  p99Ms: number
  requests: number
  errors: number
}

export type LoadSpec = {
  url: string
  headers?: Record<string, string>
  /** Append `?bench=<n>` (or `&bench=<n>`) with a new n per request: every request a cache miss. */
  uniqueQuery?: boolean
  /** Status every answer must have. */
  expectStatus: number
  seconds: number
  connections: number
}

export const wrkVersion = (): string | null => {
  try {
    const out = execFileSync('wrk', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    return /wrk \S+/.exec(out)?.[0] ?? 'wrk'
  } catch (error) {
    const out = String((error as { stdout?: string }).stdout ?? '')
    return /wrk \S+/.exec(out)?.[0] ?? null
  }
}

const toMs = (value: string, unit: string) =>
  Number(value) * (unit === 'us' ? 0.001 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 1)

/** wrk prints its own report; a Lua script counts statuses other than the expected one. */
const runWrk = (spec: LoadSpec, tmp: string): Promise<LoadResult> => {
  const script = join(tmp, `wrk-${Math.random().toString(36).slice(2)}.lua`)
  const headerLines = Object.entries(spec.headers ?? {})
    .map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join('\n')
  const base = new URL(spec.url)
  const path = base.pathname + base.search
  const sep = base.search ? '&' : '?'
  writeFileSync(
    script,
    `${headerLines}
local counter = 0
local bad = 0
${spec.uniqueQuery ? `request = function()\n  counter = counter + 1\n  return wrk.format("GET", ${JSON.stringify(path + sep)} .. "bench=" .. counter)\nend` : ''}
response = function(status, headers, body)
  if status ~= ${spec.expectStatus} then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("BENCH %d %d %d\\n", summary.requests, bad, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
`
  )
  return new Promise((resolve, reject) => {
    const child = spawn(
      'wrk',
      ['-t1', `-c${spec.connections}`, `-d${spec.seconds}s`, '--latency', '-s', script, spec.url],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.stderr.on('data', (d) => {
      out += d
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), (spec.seconds + 15) * 1000)
    child.on('close', () => {
      clearTimeout(timer)
      const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)
      const p50 = /\s50%\s+([\d.]+)(us|ms|s|m)\b/.exec(out)
      const p99 = /\s99%\s+([\d.]+)(us|ms|s|m)\b/.exec(out)
      const counts = /BENCH (\d+) (\d+) (\d+)/.exec(out)
      if (!rps || !p50 || !p99 || !counts) {
        reject(new Error(`could not read wrk's report:\n${out.slice(-1500)}`))
        return
      }
      resolve({
        rps: Number(rps[1]),
        p50Ms: toMs(p50[1] as string, p50[2] as string),
        p99Ms: toMs(p99[1] as string, p99[2] as string),
        requests: Number(counts[1]),
        errors: Number(counts[2]) + Number(counts[3]),
      })
    })
  })
}

/** Keep-alive loader: `connections` request loops for `seconds`. Slower than wrk, same for both sides. */
const runNode = async (spec: LoadSpec): Promise<LoadResult> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections })
  const base = new URL(spec.url)
  const path = base.pathname + base.search
  const sep = base.search ? '&' : '?'
  const latencies: number[] = []
  let errors = 0
  let counter = 0
  const end = performance.now() + spec.seconds * 1000
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now()
      const req = http.request(
        {
          host: base.hostname,
          port: base.port,
          path: spec.uniqueQuery ? `${path}${sep}bench=${++counter}` : path,
          headers: spec.headers,
          agent,
        },
        (res) => {
          res.on('data', () => undefined)
          res.on('end', () => {
            if (res.statusCode !== spec.expectStatus) errors++
            latencies.push(performance.now() - t0)
            resolve()
          })
        }
      )
      req.on('error', () => {
        errors++
        resolve()
      })
      req.end()
    })
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: spec.connections }, async () => {
      while (performance.now() < end) await one()
    })
  )
  const took = (performance.now() - t0) / 1000
  agent.destroy()
  return {
    rps: latencies.length / took,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    requests: latencies.length,
    errors,
  }
}

export const runLoad = (spec: LoadSpec, tmp: string, useWrk: boolean): Promise<LoadResult> =>
  useWrk ? runWrk(spec, tmp) : runNode(spec)
