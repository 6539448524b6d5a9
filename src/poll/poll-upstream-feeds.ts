/**
 * @module
 * One cron run over the upstream feeds: conditional GET with the validators
 * kept per feed, a timeout and a body limit, one request at a time per host
 * (hosts in parallel), exponential backoff after failures (and Retry-After
 * when a server asks for it). New items are normalized and stored; the
 * publication dedups and clusters them with everything else.
 */
import { NormalizeError, splitFeedItems } from '../normalize/index.ts'
import { normalizeCaptured } from '../pipeline/normalize-captured.ts'
import type { Article } from '../schema/index.ts'
import { insertArticles } from '../storage/article-store.ts'
import {
  readUpstreamStates,
  saveUpstreamState,
  type UpstreamState,
} from '../storage/upstream-state.ts'
import type { UpstreamFeed } from './upstream-config.ts'

export const DEFAULT_INTERVAL_MINUTES = 10
/** Backoff never waits longer than this. */
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000
export const FETCH_TIMEOUT_MS = 10_000
export const MAX_FEED_BYTES = 5_000_000

export type PollOutcome = 'skipped' | 'not-modified' | 'updated' | 'failed'
export type PollReport = {
  url: string
  outcome: PollOutcome
  added: number
  items: number
  rejected: number
  detail?: string
}

export type PollOptions = {
  db: D1Database
  feeds: readonly UpstreamFeed[]
  fetcher?: typeof fetch
  now?: () => number
  userAgent?: string
}

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1'

const intervalMs = (feed: UpstreamFeed) => (feed.everyMinutes ?? DEFAULT_INTERVAL_MINUTES) * 60_000

/** Seconds or an HTTP date, as Retry-After allows; null when absent or unreadable. */
const retryAfterMs = (value: string | null, now: number): number | null => {
  if (!value) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

class PollFailure extends Error {
  readonly status: number | null
  readonly retryAfter: number | null
  constructor(message: string, status: number | null = null, retryAfter: number | null = null) {
    super(message)
    this.status = status
    this.retryAfter = retryAfter
  }
}

const readBody = async (res: Response): Promise<string> => {
  if (Number(res.headers.get('Content-Length') ?? 0) > MAX_FEED_BYTES) {
    throw new PollFailure(`the feed is larger than ${MAX_FEED_BYTES} bytes`, res.status)
  }
  const text = await res.text()
  if (text.length > MAX_FEED_BYTES)
    throw new PollFailure(`the feed is larger than ${MAX_FEED_BYTES} bytes`, res.status)
  return text
}

/** The feed's items, normalized; items that cannot be normalized are counted, not fatal. */
const normalizeItems = (body: string, feed: UpstreamFeed) => {
  let items: string[]
  try {
    items = splitFeedItems(body)
  } catch (error) {
    throw new PollFailure(`the feed could not be read: ${(error as Error).message}`)
  }
  const articles: Article[] = []
  const reasons: string[] = []
  for (const item of items) {
    try {
      articles.push(
        normalizeCaptured({
          content: item,
          form: 'feed-item',
          file: feed.url,
          metadata: feed.source ? { source: feed.source } : {},
        })
      )
    } catch (error) {
      if (!(error instanceof NormalizeError)) throw error
      reasons.push(error.message)
    }
  }
  if (articles.length === 0 && reasons.length > 0) {
    throw new PollFailure(`no item could be read (${reasons[0]})`)
  }
  return { articles, items: items.length, rejected: reasons.length }
}

const pollOne = async (
  feed: UpstreamFeed,
  previous: UpstreamState | undefined,
  options: Required<Omit<PollOptions, 'feeds'>>
): Promise<PollReport> => {
  const now = options.now()
  if (previous && previous.nextPollAt > now)
    return { url: feed.url, outcome: 'skipped', added: 0, items: 0, rejected: 0 }
  const state: UpstreamState = previous ?? {
    url: feed.url,
    etag: null,
    lastModified: null,
    nextPollAt: 0,
    failures: 0,
    lastStatus: null,
    lastError: null,
    lastPolledAt: null,
  }
  const headers: Record<string, string> = { Accept: ACCEPT, 'User-Agent': options.userAgent }
  if (state.etag) headers['If-None-Match'] = state.etag
  if (state.lastModified) headers['If-Modified-Since'] = state.lastModified
  try {
    let res: Response
    try {
      res = await options.fetcher(feed.url, {
        headers,
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        redirect: 'follow',
      })
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError'
      throw new PollFailure(
        timedOut
          ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
          : `request failed: ${(error as Error).message}`
      )
    }
    if (res.status === 304) {
      await saveUpstreamState(options.db, {
        ...state,
        failures: 0,
        lastStatus: 304,
        lastError: null,
        lastPolledAt: now,
        nextPollAt: now + intervalMs(feed),
      })
      return { url: feed.url, outcome: 'not-modified', added: 0, items: 0, rejected: 0 }
    }
    if (!res.ok) {
      await res.body?.cancel()
      throw new PollFailure(
        `HTTP ${res.status}`,
        res.status,
        retryAfterMs(res.headers.get('Retry-After'), now)
      )
    }
    const { articles, items, rejected } = normalizeItems(await readBody(res), feed)
    const added = (await insertArticles(options.db, articles, `upstream:${feed.url}`)).size
    await saveUpstreamState(options.db, {
      ...state,
      etag: res.headers.get('ETag'),
      lastModified: res.headers.get('Last-Modified'),
      failures: 0,
      lastStatus: res.status,
      lastError: null,
      lastPolledAt: now,
      nextPollAt: now + intervalMs(feed),
    })
    return { url: feed.url, outcome: 'updated', added, items, rejected }
  } catch (error) {
    if (!(error instanceof PollFailure)) throw error
    const failures = state.failures + 1
    const backoff = Math.min(intervalMs(feed) * 2 ** (failures - 1), MAX_BACKOFF_MS)
    await saveUpstreamState(options.db, {
      ...state,
      failures,
      lastStatus: error.status,
      lastError: error.message,
      lastPolledAt: now,
      nextPollAt: now + Math.max(backoff, error.retryAfter ?? 0),
    })
    return {
      url: feed.url,
      outcome: 'failed',
      added: 0,
      items: 0,
      rejected: 0,
      detail: error.message,
    }
  }
}

/** Polls every feed that is due; one host's feeds one after another, hosts in parallel. */
export const pollUpstreamFeeds = async (options: PollOptions): Promise<PollReport[]> => {
  const resolved = {
    db: options.db,
    fetcher: options.fetcher ?? fetch,
    now: options.now ?? Date.now,
    userAgent: options.userAgent ?? 'Edgewire feed poller',
  }
  const states = await readUpstreamStates(options.db)
  const byHost = new Map<string, UpstreamFeed[]>()
  for (const feed of options.feeds) {
    const host = new URL(feed.url).host
    byHost.set(host, [...(byHost.get(host) ?? []), feed])
  }
  const perHost = await Promise.all(
    [...byHost.values()].map(async (feeds) => {
      const reports: PollReport[] = []
      for (const feed of feeds) {
        try {
          reports.push(await pollOne(feed, states.get(feed.url), resolved))
        } catch (error) {
          // One broken feed (or a failed state write) never stops the others.
          reports.push({
            url: feed.url,
            outcome: 'failed',
            added: 0,
            items: 0,
            rejected: 0,
            detail: (error as Error).message,
          })
        }
      }
      return reports
    })
  )
  return perHost.flat()
}
