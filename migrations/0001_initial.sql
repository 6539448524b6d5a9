-- Edgewire store. Articles are the source of truth: each row is one captured
-- article, normalized, in the shared schema (JSON). Stories and distinct
-- articles are derived from them deterministically and cached per version.

CREATE TABLE articles (
  -- 32-hex id from the canonical URL, else the matching text (src/schema/ids.ts).
  id TEXT PRIMARY KEY NOT NULL,
  -- Arrival order; never shown, only used to list rows stably.
  seq INTEGER NOT NULL UNIQUE,
  source_id TEXT NOT NULL,
  canonical_url TEXT,
  published TEXT,
  -- The Article record (src/schema/article.ts) as JSON.
  record TEXT NOT NULL,
  -- Where it came from: 'bundled', 'api' or 'upstream:<feed url>'.
  origin TEXT NOT NULL
);
CREATE INDEX articles_source ON articles (source_id);
CREATE INDEX articles_canonical_url ON articles (canonical_url);

-- Every write bumps the version; every cache key includes it, so a reader
-- sees a write on the next request and unchanged content keeps its ETag.
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
INSERT INTO store_meta (key, value) VALUES ('version', '0');

-- Upstream feeds polled by the cron trigger: conditional GET state and backoff.
CREATE TABLE upstream_feeds (
  url TEXT PRIMARY KEY NOT NULL,
  etag TEXT,
  last_modified TEXT,
  -- Epoch ms before which the feed is not polled again (politeness, backoff).
  next_poll_at INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  last_status INTEGER,
  last_error TEXT,
  last_polled_at INTEGER
);
