/**
 * @module
 * The Worker as deployed: built with `wrangler deploy --dry-run --outdir`,
 * run in workerd through miniflare's API on 127.0.0.1 with the bindings
 * wrangler.toml declares (D1 and the Cache API in a fresh folder, migrations
 * applied), beside the
 * constant-body baseline Worker. Every server started here is disposed on
 * exit, failure included.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js')

type Disposable = { dispose: () => Promise<void> }
const open = new Set<Disposable>()
let hooked = false

/** Disposes every server still open; safe to call more than once. */
export const disposeAll = async () => {
  const all = [...open]
  open.clear()
  await Promise.allSettled(all.map((d) => d.dispose()))
}

const hookExit = () => {
  if (hooked) return
  hooked = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void disposeAll().finally(() => process.exit(130))
    })
  }
}

export type Build = { outdir: string; script: string; log: string; buildMs: number }

/** `wrangler deploy --dry-run --outdir`: the bundle exactly as it would be uploaded. */
export const buildWorker = (outdir: string): Promise<Build> =>
  new Promise((resolve, reject) => {
    const t0 = performance.now()
    // This Node first on PATH: wrangler's custom build runs `node scripts/….ts`.
    const child = spawn(process.execPath, [WRANGLER, 'deploy', '--dry-run', '--outdir', outdir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
        WRANGLER_SEND_METRICS: 'false',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    })
    let log = ''
    child.stdout.on('data', (d) => {
      log += d
    })
    child.stderr.on('data', (d) => {
      log += d
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const script = join(outdir, 'index.js')
      if (code !== 0 || !existsSync(script)) {
        reject(new Error(`wrangler deploy --dry-run failed (exit ${code}):\n${log.slice(-2000)}`))
        return
      }
      resolve({ outdir, script, log, buildMs: performance.now() - t0 })
    })
  })

type WorkerOptions = Record<string, unknown> & {
  bindings?: Record<string, unknown>
  d1Databases?: Record<string, unknown>
}

/** wrangler.toml → miniflare worker options, as `wrangler dev` derives them. */
export const workerOptionsFromConfig = async (): Promise<WorkerOptions> => {
  const wrangler = (await import('wrangler')) as unknown as {
    unstable_getMiniflareWorkerOptions: (path: string) => { workerOptions: WorkerOptions }
  }
  const { workerOptions } = wrangler.unstable_getMiniflareWorkerOptions(join(ROOT, 'wrangler.toml'))
  return workerOptions
}

/** The SQL statements of every migration in wrangler.toml's migrations_dir, in order. */
export const migrationStatements = (): string[] => {
  const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')
  const dir = join(ROOT, /migrations_dir\s*=\s*"([^"]+)"/.exec(toml)?.[1] ?? 'migrations')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .replace(/--[^\n]*/g, '')
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean)
    )
}

export type Server = { url: URL; startMs: number; dispose: () => Promise<void> }

type MiniflareLike = {
  ready: Promise<URL>
  dispose: () => Promise<void>
  getD1Database: (
    name: string
  ) => Promise<{ prepare: (sql: string) => { run: () => Promise<unknown> } }>
}

/**
 * Starts one Worker in workerd on 127.0.0.1 (a free port); resolves when it
 * answers. `withStore: false` drops the D1 binding (the bundled-corpus mode).
 */
export const startWorker = async (
  scriptPath: string,
  options: { base?: WorkerOptions; withStore?: boolean; bindings?: Record<string, unknown> } = {}
): Promise<Server> => {
  hookExit()
  const { Miniflare, convertV4MiniflareOptions } = (await import('miniflare')) as unknown as {
    Miniflare: new (options: unknown) => MiniflareLike
    /** Miniflare 5 takes a new options shape; wrangler's worker options are the v4 one. */
    convertV4MiniflareOptions?: (options: Record<string, unknown>) => unknown
  }
  const base: WorkerOptions = { ...(options.base ?? {}) }
  delete base.cronTriggers
  delete base.rootPath
  // One bundled file: no module rules to apply (and miniflare 5 cannot convert them).
  delete base.modulesRules
  if (options.withStore === false) delete base.d1Databases
  const d1 = base.d1Databases ? Object.keys(base.d1Databases) : []
  const t0 = performance.now()
  // Storage (D1, Cache API) lives in a fresh folder, removed when the server is disposed
  // or fails to start.
  const persist = mkdtempSync(join(tmpdir(), 'edgewire-bench-mf-'))
  const removePersist = () => rmSync(persist, { recursive: true, force: true })
  const v4 = {
    host: '127.0.0.1',
    port: 0,
    resourcePersistencePath: persist,
    workers: [
      {
        ...base,
        name: 'bench',
        // Module names are relative to rootPath; the bundle lives outside the repo.
        rootPath: dirname(scriptPath),
        modules: true,
        scriptPath,
        compatibilityDate: (base.compatibilityDate as string | undefined) ?? '2026-10-01',
        bindings: { ...(base.bindings ?? {}), ...(options.bindings ?? {}) },
      },
    ],
  }
  let mf: MiniflareLike
  try {
    mf = new Miniflare(convertV4MiniflareOptions ? convertV4MiniflareOptions(v4) : v4)
  } catch (error) {
    removePersist()
    throw error
  }
  const disposeAndRemove = async () => {
    try {
      await mf.dispose()
    } finally {
      removePersist()
    }
  }
  const entry: Disposable = { dispose: disposeAndRemove }
  open.add(entry)
  try {
    const url = await mf.ready
    const startMs = performance.now() - t0
    for (const name of d1) {
      const db = await mf.getD1Database(name)
      for (const sql of migrationStatements()) await db.prepare(sql).run()
    }
    return {
      url,
      startMs,
      dispose: async () => {
        open.delete(entry)
        await disposeAndRemove()
      },
    }
  } catch (error) {
    open.delete(entry)
    await disposeAndRemove().catch(() => undefined)
    throw error
  }
}
