/**
 * @module
 * What the poller remembers per upstream feed: validators for conditional
 * GET, when it may be polled again, and how often it has failed in a row.
 */

export type UpstreamState = {
  url: string
  etag: string | null
  lastModified: string | null
  nextPollAt: number
  failures: number
  lastStatus: number | null
  lastError: string | null
  lastPolledAt: number | null
}

type Row = {
  url: string
  etag: string | null
  last_modified: string | null
  next_poll_at: number
  failures: number
  last_status: number | null
  last_error: string | null
  last_polled_at: number | null
}

const fromRow = (r: Row): UpstreamState => ({
  url: r.url,
  etag: r.etag,
  lastModified: r.last_modified,
  nextPollAt: r.next_poll_at,
  failures: r.failures,
  lastStatus: r.last_status,
  lastError: r.last_error,
  lastPolledAt: r.last_polled_at,
})

export const readUpstreamStates = async (db: D1Database): Promise<Map<string, UpstreamState>> => {
  const { results } = await db.prepare('SELECT * FROM upstream_feeds').all<Row>()
  return new Map(results.map((r) => [r.url, fromRow(r)]))
}

export const saveUpstreamState = async (db: D1Database, s: UpstreamState): Promise<void> => {
  await db
    .prepare(
      `INSERT INTO upstream_feeds (url, etag, last_modified, next_poll_at, failures, last_status, last_error, last_polled_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
       ON CONFLICT (url) DO UPDATE SET etag = ?2, last_modified = ?3, next_poll_at = ?4, failures = ?5,
         last_status = ?6, last_error = ?7, last_polled_at = ?8`
    )
    .bind(
      s.url,
      s.etag,
      s.lastModified,
      s.nextPollAt,
      s.failures,
      s.lastStatus,
      s.lastError,
      s.lastPolledAt
    )
    .run()
}
