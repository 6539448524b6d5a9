/**
 * Starts the Worker under `wrangler dev` on a free loopback port with its own
 * fresh local D1 (migrated first), and stops it again. Used by the browser
 * tests and the soak; nothing here listens beyond 127.0.0.1.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const WRANGLER = join(process.cwd(), 'node_modules', '.bin', 'wrangler')

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port'))
      )
    })
  })

export type DevServer = {
  url: string
  child: ChildProcess
  /** The local state directory (D1 lives here); removed by `stop` unless kept. */
  persist: string
  /** The last 20,000 characters wrangler printed. */
  output: () => string
  /** Stops wrangler and workerd; `keepState` leaves the D1 files to inspect (then remove `persist`). */
  stop: (options?: { keepState?: boolean }) => Promise<void>
}

export type DevServerOptions = {
  /** Extra `--var NAME:value` bindings (e.g. a test token). */
  vars?: Record<string, string>
  logLevel?: 'debug' | 'info' | 'log' | 'warn' | 'error' | 'none'
  readyWithinMs?: number
}

export const startDevServer = async (options: DevServerOptions = {}): Promise<DevServer> => {
  const persist = mkdtempSync(join(tmpdir(), 'edgewire-dev-'))
  const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' }
  const migrate = spawnSync(
    WRANGLER,
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    {
      env,
      encoding: 'utf8',
    }
  )
  if (migrate.status !== 0)
    throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`)
  const port = await freePort()
  const vars = Object.entries(options.vars ?? {}).flatMap(([name, value]) => [
    '--var',
    `${name}:${value}`,
  ])
  const child = spawn(
    WRANGLER,
    [
      'dev',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persist,
      ...vars,
      '--show-interactive-dev-session=false',
      '--log-level',
      options.logLevel ?? 'warn',
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }
  )
  let output = ''
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const url = `http://127.0.0.1:${port}`
  const stop = async ({ keepState = false }: { keepState?: boolean } = {}) => {
    if (child.pid && child.exitCode === null) {
      signal(child.pid, 'SIGTERM')
      const until = Date.now() + 10_000
      while (child.exitCode === null && Date.now() < until)
        await new Promise((r) => setTimeout(r, 100))
      if (child.exitCode === null) signal(child.pid, 'SIGKILL')
    }
    if (!keepState) rmSync(persist, { recursive: true, force: true })
  }
  const deadline = Date.now() + (options.readyWithinMs ?? 120_000)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`)
    try {
      if ((await fetch(`${url}/`)).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not answer in time:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { url, child, persist, output: () => output, stop }
}

/** Signals the whole process group (wrangler and its workerd). */
const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(-pid, name)
  } catch {
    // Already gone.
  }
}
