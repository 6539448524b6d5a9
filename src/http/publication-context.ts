/**
 * @module
 * Middleware that puts the site settings and the current publication on the
 * context. With a D1 store bound, the publication is rebuilt when the store's
 * version moves (and only then); without one, the bundled corpus is published.
 * If the store fails, the last good publication keeps being served.
 */
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { normalizeAll, type Publication, publish } from '../pipeline/build-publication.ts'
import type { Article } from '../schema/index.ts'
import { loadArticles, readStoreVersion, seedOnce } from '../storage/article-store.ts'
import { loadBundledCorpus } from '../storage/bundled-corpus.ts'
import { withTimeout } from '../storage/with-timeout.ts'
import { siteConfigFrom } from './site-config.ts'

type Bundled = { articles: Article[]; publication: Publication }

let bundled: Bundled | undefined

/** The bundled corpus, normalized once per isolate; its problems reported once, by file. */
export const bundledCorpus = (): Bundled => {
  if (!bundled) {
    const corpus = loadBundledCorpus()
    const normalized = normalizeAll(corpus.articles)
    const problems = [...corpus.problems, ...normalized.problems]
    for (const p of problems) console.warn(`[edgewire] articles/${p.file}: ${p.reason}`)
    bundled = { articles: normalized.articles, publication: publish(normalized.articles, problems) }
  }
  return bundled
}

/** Readers never wait longer than this for the store; past it they get the last good publication. */
export const STORE_READ_TIMEOUT_MS = 2_000
/** Loading every article may take longer than a version check. */
export const STORE_LOAD_TIMEOUT_MS = 10_000

let seeded = false
let current: Publication | undefined
/** When this isolate last asked the store for its version (epoch ms). */
let checkedAt = Number.NEGATIVE_INFINITY
/** Version reads in order, and the read the current publication answers. */
let asks = 0
let currentAsk = 0
/** The rebuild under way, shared by every request that needs that version (single flight). */
let rebuilding: { version: string; publication: Promise<Publication> } | undefined

const rebuild = (
  db: D1Database,
  version: string,
  writtenAt: number | null
): Promise<Publication> => {
  if (rebuilding?.version !== version) {
    const publication = withTimeout(
      loadArticles(db),
      STORE_LOAD_TIMEOUT_MS,
      'loading the articles'
    ).then((stored) =>
      publish(
        stored.map((s) => s.article),
        bundledCorpus().publication.problems,
        version,
        writtenAt === null ? null : new Date(writtenAt)
      )
    )
    const flight = { version, publication }
    rebuilding = flight
    const done = () => {
      if (rebuilding === flight) rebuilding = undefined
    }
    publication.then(done, done)
  }
  return (rebuilding as { publication: Promise<Publication> }).publication
}

/** The current publication, when the store's version was read less than `ms` ago. */
const checkedWithin = (ms: number): Publication | undefined =>
  current && Date.now() - checkedAt < ms ? current : undefined

/** The next read asks the store for its version, whatever the interval. */
export const forgetStoreCheck = () => {
  checkedAt = Number.NEGATIVE_INFINITY
}

/**
 * The publication for the store's current version, rebuilt only when the
 * version moved. The version is asked for at most once per `checkEveryMs`, so
 * a cached feed costs no store round trip; `fresh` asks now (after a write).
 */
export const storePublication = async (
  db: D1Database,
  { checkEveryMs = 0, fresh = false }: { checkEveryMs?: number; fresh?: boolean } = {}
): Promise<Publication> => {
  const checked = fresh ? undefined : checkedWithin(checkEveryMs)
  if (checked) return checked
  try {
    if (!seeded) {
      await withTimeout(
        seedOnce(db, bundledCorpus().articles),
        STORE_LOAD_TIMEOUT_MS,
        'seeding the store'
      )
      seeded = true
    }
    const { version, writtenAt } = await withTimeout(
      readStoreVersion(db),
      STORE_READ_TIMEOUT_MS,
      'reading the store version'
    )
    checkedAt = Date.now()
    const ask = ++asks
    if (current?.version !== `d1:${version}`) {
      const built = await rebuild(db, `d1:${version}`, writtenAt)
      // Rebuilds may finish out of order: the one whose version was read last wins.
      if (ask > currentAsk) {
        current = built
        currentAsk = ask
      }
      return current ?? built
    }
    return current
  } catch (error) {
    // stale-if-error: readers keep the last good publication while the store is down,
    // or the bundled corpus when the store has never answered (e.g. not migrated yet).
    console.error(
      `[edgewire] store unavailable (${(error as Error).message}); serving the ${current ? 'last good publication' : 'bundled corpus'}`
    )
    return current ?? bundledCorpus().publication
  }
}

/** STORE_CHECK_INTERVAL_MS: how stale another isolate's write may look to this one. */
const storeCheckInterval = (env: Env): number => {
  const ms = Number.parseInt(env.STORE_CHECK_INTERVAL_MS, 10)
  return Number.isFinite(ms) && ms >= 0 ? ms : 1_000
}

/**
 * The publication version a request would get right now, when that is known
 * without asking the store (the check is not due); undefined otherwise.
 */
export const knownCurrentVersion = (env: Env): string | undefined => {
  if (!env.DB) return bundled?.publication.version
  return checkedWithin(storeCheckInterval(env))?.version
}

export const publicationContext = () =>
  createMiddleware<AppEnv>(async function publicationContext(c, next) {
    c.set('site', siteConfigFrom(c.env, c.req.url))
    c.set(
      'publication',
      c.env.DB
        ? await storePublication(c.env.DB, { checkEveryMs: storeCheckInterval(c.env) })
        : bundledCorpus().publication
    )
    await next()
  })
