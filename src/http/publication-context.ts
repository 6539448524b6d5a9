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

let seeded = false
let current: Publication | undefined

/** The publication for the store's current version, rebuilt only when the version moved. */
export const storePublication = async (db: D1Database): Promise<Publication> => {
  try {
    if (!seeded) {
      await seedOnce(db, bundledCorpus().articles)
      seeded = true
    }
    const version = await readStoreVersion(db)
    if (current?.version !== `d1:${version}`) {
      const stored = await loadArticles(db)
      current = publish(
        stored.map((s) => s.article),
        bundledCorpus().publication.problems,
        `d1:${version}`
      )
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

export const publicationContext = () =>
  createMiddleware<AppEnv>(async function publicationContext(c, next) {
    c.set('site', siteConfigFrom(c.env, c.req.url))
    c.set('publication', c.env.DB ? await storePublication(c.env.DB) : bundledCorpus().publication)
    await next()
  })
