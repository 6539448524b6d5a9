/**
 * @module
 * Writes: POST /api/articles, PUT and DELETE /api/articles/:id. Each write is
 * normalize → store (one D1 transaction) → the publication is rebuilt from the
 * store, which dedups and clusters it; the answer carries the article and its
 * story. The same article again answers 200 with the existing id and adds no row.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { dateInstant, NormalizeError } from '../normalize/index.ts'
import { normalizeCaptured } from '../pipeline/normalize-captured.ts'
import {
  type Article,
  canonicalizeUrl,
  type IngestResult,
  type RawArticle,
  textOnlyArticleId,
} from '../schema/index.ts'
import {
  deleteArticle,
  getArticle,
  insertArticles,
  replaceArticle,
} from '../storage/article-store.ts'
import { withTimeout } from '../storage/with-timeout.ts'
import { apiArticle, apiStory } from './api-representations.ts'
import { ProblemError } from './handle-errors.ts'
import { forgetStoreCheck, storePublication } from './publication-context.ts'
import { readIngestRequest } from './read-ingest-body.ts'

const storeOf = (c: Context<AppEnv>): D1Database => {
  if (!c.env.DB)
    throw new ProblemError(503, 'Writes need a D1 database bound as DB; none is configured.')
  return c.env.DB
}

const maxBytes = (c: Context<AppEnv>) => {
  const n = Number.parseInt(c.env.MAX_INGEST_BYTES, 10)
  return Number.isFinite(n) && n > 0 ? n : 2_000_000
}

/** How long a write may wait for the store before the client is told to retry. */
export const STORE_WRITE_TIMEOUT_MS = 5_000

/**
 * Runs store work for a write. A failing or hanging store becomes 503 with
 * Retry-After; writes are idempotent, so retrying is always safe.
 */
const inStore = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
  try {
    return await withTimeout(work(), STORE_WRITE_TIMEOUT_MS, what)
  } catch (error) {
    if (error instanceof ProblemError) throw error
    console.error(`[edgewire] store failed during ${what}:`, (error as Error).message)
    throw new ProblemError(
      503,
      'The store did not confirm this write. Retry it: sending the same article again is safe.',
      {},
      { 'Retry-After': '5' }
    )
  }
}

/** How far ahead of the request a stated date may be (time zones, an embargo lifting today). */
const FUTURE_SLACK_MS = 86_400_000

/** A 422 naming one field, as the ingest schema's own refusals do. */
const invalidField = (name: string, reason: string) =>
  new ProblemError(422, `"${name}" ${reason}.`, { 'invalid-params': [{ name, reason }] })

const normalizeOrExplain = (raw: RawArticle): Article => {
  const article = normalizeOrRefuse(raw)
  // An article dated days ahead would top every feed until then: a typo or a clock gone wrong.
  for (const field of ['published', 'updated'] as const) {
    const date = article[field]
    if (date && dateInstant(date) > Date.now() + FUTURE_SLACK_MS)
      throw invalidField(field, `is in the future (${date.value}); give the date it was published`)
  }
  return article
}

const normalizeOrRefuse = (raw: RawArticle): Article => {
  try {
    return normalizeCaptured(raw)
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error
    throw new ProblemError(
      422,
      `The article could not be normalized: ${error.message}.`,
      error.field ? { 'invalid-params': [{ name: error.field, reason: error.reason }] } : {}
    )
  }
}

/** The stored article as the API shows it, with the story it now belongs to. */
const resultFor = async (
  c: Context<AppEnv>,
  db: D1Database,
  id: string,
  created: boolean
): Promise<IngestResult> => {
  // Fresh: the writer sees its write at once, whatever the check interval.
  const publication = await storePublication(db, { fresh: true })
  const distinct = publication.articleById.get(id)
  if (!distinct) {
    // Stored, but the store stopped answering before the publication caught up.
    throw new ProblemError(
      503,
      'The article was stored but could not be published yet; it appears on the next request.',
      {},
      { 'Retry-After': '5' }
    )
  }
  const story = publication.storyByArticleId.get(distinct.id)
  return {
    created,
    article: apiArticle(c.var.site, publication, distinct),
    story: story ? apiStory(c.var.site, story) : null,
  }
}

/**
 * The id this URL-less article is stored under from before ids took in the
 * outlet, when the same outlet's capture is stored there: sending it again
 * adds nothing, as before. Undefined when it is new.
 */
const storedBefore = async (db: D1Database, article: Article): Promise<string | undefined> => {
  if (article.url) return undefined
  const legacy = textOnlyArticleId(article.matchingText)
  if (legacy === article.id) return undefined
  const stored = await getArticle(db, legacy)
  return stored?.article.source.id === article.source.id ? legacy : undefined
}

export const postArticle = async (c: Context<AppEnv>) => {
  const db = storeOf(c)
  const article = normalizeOrExplain(await readIngestRequest(c.req.raw, maxBytes(c)))
  const { created, id, result } = await inStore('the insert', async () => {
    const stored = await storedBefore(db, article)
    if (stored) return { created: false, id: stored, result: await resultFor(c, db, stored, false) }
    const created = (await insertArticles(db, [article], 'api')).has(article.id)
    return { created, id: article.id, result: await resultFor(c, db, article.id, created) }
  })
  return c.json(result, created ? 201 : 200, {
    'Content-Type': 'application/json; charset=utf-8',
    Location: `${c.var.site.siteUrl}/api/articles/${id}`,
    'Cache-Control': 'no-store',
  })
}

export const putArticle = async (c: Context<AppEnv>) => {
  const db = storeOf(c)
  const id = c.req.param('id') ?? ''
  const article = normalizeOrExplain(await readIngestRequest(c.req.raw, maxBytes(c)))
  const result = await inStore('the replacement', async () => {
    const stored = await getArticle(db, id)
    if (!stored) throw new ProblemError(404, `No stored article with id "${id}".`)
    // The id is derived from the address: a record at another address is another article,
    // and keeping this id for it would hide the old address from duplicate checks.
    const address = (a: Article) => (a.url ? canonicalizeUrl(a.url) : null)
    if (address(stored.article) !== address(article))
      throw invalidField(
        'url',
        `cannot change: article "${id}" is the one at ${stored.article.url ?? 'no address'}, and its id comes from that; DELETE it and POST the article at its new address`
      )
    // An article's id never changes: the new record takes the id it replaces.
    await replaceArticle(db, id, { ...article, id })
    return resultFor(c, db, id, false)
  })
  return c.json(result, 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
}

export const deleteArticleById = async (c: Context<AppEnv>) => {
  const db = storeOf(c)
  const id = c.req.param('id') ?? ''
  const deleted = await inStore('the deletion', () => deleteArticle(db, id))
  if (!deleted) throw new ProblemError(404, `No stored article with id "${id}".`)
  // The deleting isolate shows the deletion on its next read.
  forgetStoreCheck()
  return c.body(null, 204)
}
