/**
 * @module
 * Ties a route's render function to the render cache: the key is the deployed
 * version, the publication's content version, the representation and the URL
 * as far as the body depends on it (`renderedUrl`).
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { ItemQuerySchema } from '../schema/index.ts'
import { markRendered } from './answer-memory.ts'
import { type CachePolicy, type Rendered, serveRendered } from './render-cache.ts'

const waitUntilOf = (c: Context<AppEnv>) => (promise: Promise<unknown>) => {
  // app.request() in unit tests has no execution context; the cache write then simply runs unawaited.
  let ctx: ExecutionContext | undefined
  try {
    ctx = c.executionCtx as ExecutionContext
  } catch {
    ctx = undefined
  }
  ctx?.waitUntil(promise)
}

/** The query parameters any rendered route reads (`parseItemQuery`). */
const QUERY_NAMES = Object.keys(ItemQuerySchema.shape)

/**
 * The URL a rendered body depends on: origin, path and the parameters routes
 * read, in one order. Others (`utm_source`, a reader's cache-buster) render
 * the same bytes, so they share one entry rather than each filling the
 * isolate's and the colo's caches with a copy.
 */
export const renderedUrl = (url: string): string => {
  const parsed = new URL(url)
  const read = new URLSearchParams()
  for (const name of QUERY_NAMES)
    for (const value of parsed.searchParams.getAll(name)) read.append(name, value)
  const query = read.toString()
  return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ''}`
}

export const serveCached = (
  c: Context<AppEnv>,
  representation: string,
  policy: CachePolicy,
  render: () => Rendered
): Promise<Response> => {
  const key = `${c.env.CF_VERSION_METADATA?.id ?? 'local'}|${c.var.publication.version}|${representation}|${renderedUrl(c.req.url)}`
  markRendered(c.req.raw, c.var.publication.version, key)
  return serveRendered(c.req.raw, key, policy, render, waitUntilOf(c))
}
