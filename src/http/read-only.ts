/**
 * @module
 * Registers a read-only resource: GET (and so HEAD) runs the handler; any
 * other method gets 405 with an Allow header instead of a misleading 404.
 */
import type { Handler, Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { ProblemError } from './handle-errors.ts'

const OTHER_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE']

export const readOnly = (app: Hono<AppEnv>, path: string, handler: Handler<AppEnv>) => {
  app.get(path, handler)
  app.on(OTHER_METHODS, path, (c) => {
    throw new ProblemError(
      405,
      `${c.req.method} is not allowed on ${c.req.path}; use GET or HEAD.`,
      {},
      { Allow: 'GET, HEAD' }
    )
  })
}
