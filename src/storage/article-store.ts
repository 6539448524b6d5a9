/**
 * @module
 * The D1 store: captured articles (normalized, in the shared schema) and the
 * store version that every cache key includes. Only this module speaks SQL;
 * every function takes the binding as a parameter. Schema: migrations/.
 */
import { type Article, ArticleSchema, canonicalizeUrl } from '../schema/index.ts'

export type StoredArticle = { article: Article; origin: string }

/**
 * The store's version: row count, newest arrival and an edit counter. Inserts
 * move the first two by themselves; replacements and deletions bump the
 * counter. A no-op write (a duplicate, a deletion of nothing) leaves it as it
 * was. With it, when the store was last written (epoch ms; null before any
 * write since seeding): a feed may change without any of its items' dates
 * moving (a backdated article, a deletion), so its Last-Modified must move
 * with the writes too.
 */
export const readStoreVersion = async (
  db: D1Database
): Promise<{ version: string; writtenAt: number | null }> => {
  const row = await db
    .prepare(
      `SELECT COUNT(*) AS n, COALESCE(MAX(seq), 0) AS s,
         (SELECT value FROM store_meta WHERE key = 'version') AS e,
         (SELECT value FROM store_meta WHERE key = 'written_at') AS w
       FROM articles`
    )
    .first<{ n: number; s: number; e: string; w: string | null }>()
  const writtenAt = row?.w ? Number(row.w) : null
  return {
    version: row ? `${row.n}.${row.s}.${row.e}` : '0.0.0',
    writtenAt: writtenAt !== null && Number.isFinite(writtenAt) ? writtenAt : null,
  }
}

/** Bumps the edit counter when the statement before it in the batch changed a row. */
const BUMP_VERSION =
  "UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version' AND changes() > 0"

/**
 * Records the write time when the statement before it in the batch changed a
 * row; never moves it back (writers race).
 */
const markWritten = (db: D1Database, now: number) =>
  db
    .prepare(
      `INSERT INTO store_meta (key, value) SELECT 'written_at', ?1 WHERE changes() > 0
       ON CONFLICT (key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))`
    )
    .bind(String(now))

/** Every stored article, in arrival order. A row that no longer parses is skipped and logged, never fatal. */
export const loadArticles = async (db: D1Database): Promise<StoredArticle[]> => {
  const { results } = await db
    .prepare('SELECT id, record, origin FROM articles ORDER BY seq')
    .all<{ id: string; record: string; origin: string }>()
  const articles: StoredArticle[] = []
  for (const row of results) {
    const parsed = ArticleSchema.safeParse(JSON.parse(row.record))
    if (parsed.success) articles.push({ article: parsed.data, origin: row.origin })
    else console.error(`[edgewire] stored article ${row.id} does not match the schema; skipped`)
  }
  return articles
}

export const getArticle = async (db: D1Database, id: string): Promise<StoredArticle | null> => {
  const row = await db
    .prepare('SELECT record, origin FROM articles WHERE id = ?')
    .bind(id)
    .first<{ record: string; origin: string }>()
  return row ? { article: ArticleSchema.parse(JSON.parse(row.record)), origin: row.origin } : null
}

const insertStatement = (db: D1Database, article: Article, origin: string) =>
  db
    .prepare(
      `INSERT INTO articles (id, seq, source_id, canonical_url, published, record, origin)
       VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (id) DO NOTHING`
    )
    .bind(
      article.id,
      article.source.id,
      article.url ? canonicalizeUrl(article.url) : null,
      article.published?.value ?? null,
      JSON.stringify(article),
      origin
    )

/**
 * Stores articles that are not stored yet, in one transaction (a D1 batch is
 * atomic). Returns the ids that were new. The same article sent twice, even
 * concurrently, is one row: the id is the primary key and a conflict inserts nothing.
 */
export const insertArticles = async (
  db: D1Database,
  articles: readonly Article[],
  origin: string,
  now: number = Date.now()
): Promise<Set<string>> => {
  if (articles.length === 0) return new Set()
  // Each insert with its write time, in one batch: readers see both or neither.
  const results = await db.batch(
    articles.flatMap((a) => [insertStatement(db, a, origin), markWritten(db, now)])
  )
  const created = new Set<string>()
  articles.forEach((article, i) => {
    if ((results[2 * i]?.meta.changes ?? 0) > 0) created.add(article.id)
  })
  return created
}

/** Replaces a stored article's record; false when there is no such article. */
export const replaceArticle = async (
  db: D1Database,
  id: string,
  article: Article,
  now: number = Date.now()
): Promise<boolean> => {
  const [update] = await db.batch([
    db
      .prepare(
        'UPDATE articles SET source_id = ?2, canonical_url = ?3, published = ?4, record = ?5 WHERE id = ?1'
      )
      .bind(
        id,
        article.source.id,
        article.url ? canonicalizeUrl(article.url) : null,
        article.published?.value ?? null,
        JSON.stringify(article)
      ),
    db.prepare(BUMP_VERSION),
    markWritten(db, now),
  ])
  return (update?.meta.changes ?? 0) > 0
}

export const deleteArticle = async (
  db: D1Database,
  id: string,
  now: number = Date.now()
): Promise<boolean> => {
  const [deleted] = await db.batch([
    db.prepare('DELETE FROM articles WHERE id = ?').bind(id),
    db.prepare(BUMP_VERSION),
    markWritten(db, now),
  ])
  return (deleted?.meta.changes ?? 0) > 0
}

export const countArticles = async (db: D1Database): Promise<number> =>
  (await db.prepare('SELECT COUNT(*) AS n FROM articles').first<number>('n')) ?? 0

/**
 * Seeds an empty store once with the bundled articles. The flag is set in the
 * same transaction, so articles a user later deletes do not come back.
 */
export const seedOnce = async (db: D1Database, articles: readonly Article[]): Promise<boolean> => {
  const seeded = await db
    .prepare("SELECT 1 AS yes FROM store_meta WHERE key = 'seeded'")
    .first('yes')
  if (seeded) return false
  await db.batch([
    ...articles.map((a) => insertStatement(db, a, 'bundled')),
    db.prepare(
      "INSERT INTO store_meta (key, value) VALUES ('seeded', '1') ON CONFLICT (key) DO NOTHING"
    ),
  ])
  return true
}
