/**
 * Starts the Worker under `wrangler dev` on a free loopback port with its own
 * local D1 (migrated first), and stops it again.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const WRANGLER = join(process.cwd(), 'node_modules', '.bin', 'wrangler')

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

export type DevServer = { url: string; stop: () => Promise<void> }

export const startDevServer = async (): Promise<DevServer> => {
  const persist = mkdtempSync(join(tmpdir(), 'edgewire-e2e-'))
  const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' }
  const migrate = spawnSync(
    WRANGLER,
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { env, encoding: 'utf8' }
  )
  if (migrate.status !== 0)
    throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`)
  const port = await freePort()
  const child: ChildProcess = spawn(
    WRANGLER,
    [
      'dev',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persist,
      '--show-interactive-dev-session=false',
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }
  )
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`)
    try {
      if ((await fetch(`${url}/`)).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`wrangler dev did not answer within 90 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
      await new Promise((r) => setTimeout(r, 500))
      rmSync(persist, { recursive: true, force: true })
    },
  }
}
