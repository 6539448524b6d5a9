/**
 * @module
 * Rate limiting with the Workers Rate Limiting binding, keyed by client
 * address. Over the limit: 429 with Retry-After. Without a binding (a
 * deployment that did not configure one) requests pass.
 */
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { ProblemError } from './handle-errors.ts'

export type RateLimitOptions = {
  /** The limiter binding to use for this request. */
  limiter: (env: Env) => RateLimit | undefined
  /** Seconds a client should wait; the binding's window. */
  retryAfterSeconds: number
  /** Which requests count; all of them when absent. */
  when?: (c: Context<AppEnv>) => boolean
  /** What the limit applies to, for the message. */
  what: string
}

/** The client's address as Cloudflare sees it; one shared key when unknown (local runs). */
const clientKey = (c: Context<AppEnv>) => c.req.header('CF-Connecting-IP') ?? 'local'

export const rateLimit = (options: RateLimitOptions) => {
  const tooMany = (what: string) =>
    new ProblemError(
      429,
      `Too many ${what} from this address; try again in ${options.retryAfterSeconds} s.`,
      {},
      {
        'Retry-After': String(options.retryAfterSeconds),
      }
    )
  return createMiddleware<AppEnv>(async function rateLimit(c, next) {
    const limiter = options.limiter(c.env)
    if (limiter && (options.when?.(c) ?? true)) {
      const { success } = await limiter.limit({ key: clientKey(c) })
      if (!success) throw tooMany(options.what)
    }
    await next()
  })
}

export const WRITE_METHODS = new Set(['POST', 'PUT', 'DELETE', 'PATCH'])

export const limitWrites = () =>
  rateLimit({
    limiter: (env) => env.WRITE_LIMITER,
    retryAfterSeconds: 60,
    when: (c) => WRITE_METHODS.has(c.req.method),
    what: 'writes',
  })

/** A search (`q`): rate limited, so never answered from memory. */
export const isSearch = (url: string): boolean => new URL(url).searchParams.has('q')

export const limitSearches = () =>
  rateLimit({
    limiter: (env) => env.SEARCH_LIMITER,
    retryAfterSeconds: 60,
    when: (c) => isSearch(c.req.url),
    what: 'searches',
  })
