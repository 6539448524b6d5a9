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
 * counter. A no-op write (a duplicate) leaves it as it was.
 */
export const readStoreVersion = async (db: D1Database): Promise<string> => {
  const row = await db
    .prepare(
      "SELECT COUNT(*) AS n, COALESCE(MAX(seq), 0) AS s, (SELECT value FROM store_meta WHERE key = 'version') AS e FROM articles"
    )
    .first<{ n: number; s: number; e: string }>()
  return row ? `${row.n}.${row.s}.${row.e}` : '0.0.0'
}

const BUMP_VERSION =
  "UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'"

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
  origin: string
): Promise<Set<string>> => {
  if (articles.length === 0) return new Set()
  const results = await db.batch(articles.map((a) => insertStatement(db, a, origin)))
  const created = new Set<string>()
  articles.forEach((article, i) => {
    if ((results[i]?.meta.changes ?? 0) > 0) created.add(article.id)
  })
  return created
}

/** Replaces a stored article's record; false when there is no such article. */
export const replaceArticle = async (
  db: D1Database,
  id: string,
  article: Article
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
  ])
  return (update?.meta.changes ?? 0) > 0
}

export const deleteArticle = async (db: D1Database, id: string): Promise<boolean> => {
  const [deleted] = await db.batch([
    db.prepare('DELETE FROM articles WHERE id = ?').bind(id),
    db.prepare(BUMP_VERSION),
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
