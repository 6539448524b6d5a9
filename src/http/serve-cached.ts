/**
 * @module
 * Ties a route's render function to the render cache: the key is the deployed
 * version, the publication's content version, the representation and the URL.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
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

export const serveCached = (
  c: Context<AppEnv>,
  representation: string,
  policy: CachePolicy,
  render: () => Rendered
): Promise<Response> => {
  const key = `${c.env.CF_VERSION_METADATA?.id ?? 'local'}|${c.var.publication.version}|${representation}|${c.req.url}`
  markRendered(c.req.raw, c.var.publication.version, key)
  return serveRendered(c.req.raw, key, policy, render, waitUntilOf(c))
}
