/**
 * @module
 * Bearer-token authentication for writes. The token is a Worker secret
 * (INGEST_TOKEN; `.dev.vars` locally); tokens are compared in constant time
 * (Hono's timingSafeEqual hashes both sides before comparing).
 */
import { createMiddleware } from 'hono/factory'
import { timingSafeEqual } from 'hono/utils/buffer'
import type { AppEnv } from '../app-env.ts'
import { ProblemError } from './handle-errors.ts'

// The scheme name is case-insensitive (RFC 9110 §11.1): "bearer" is "Bearer".
const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i

export const requireBearerToken = () =>
  createMiddleware<AppEnv>(async function requireBearerToken(c, next) {
    const expected = c.env.INGEST_TOKEN
    if (!expected) {
      throw new ProblemError(503, 'Writes are disabled: no INGEST_TOKEN secret is configured.')
    }
    const match = BEARER.exec(c.req.header('Authorization') ?? '')
    if (!match) {
      throw new ProblemError(
        401,
        'This request needs an "Authorization: Bearer <token>" header.',
        {},
        { 'WWW-Authenticate': 'Bearer realm="edgewire"' }
      )
    }
    if (!(await timingSafeEqual(match[1] as string, expected))) {
      throw new ProblemError(403, 'The bearer token is not valid for writes.')
    }
    await next()
  })
