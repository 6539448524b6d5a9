/**
 * @module
 * Registers a resource by its methods: each given method runs its handlers
 * (GET also answers HEAD); any other method gets 405 with an Allow header
 * naming the ones that exist, instead of a misleading 404.
 */
import type { Context, Hono } from 'hono'
import type { H } from 'hono/types'
import type { AppEnv } from '../app-env.ts'
import { ProblemError } from './handle-errors.ts'

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'
type Handlers = [H<AppEnv>, ...H<AppEnv>[]]

const ALL: Method[] = ['GET', 'POST', 'PUT', 'DELETE']

export const resource = (
  app: Hono<AppEnv>,
  path: string,
  methods: Partial<Record<Method, Handlers>>
) => {
  const allowed = ALL.filter((m) => methods[m])
  for (const method of allowed) {
    const [first, ...rest] = methods[method] as Handlers
    app.on(method, path, first, ...rest)
  }
  const allow = [...allowed.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]))].join(', ')
  // PATCH and TRACE name this resource too; they get 405, not a 404 that says it is missing.
  const others = [...ALL.filter((m) => !methods[m]), 'PATCH', 'TRACE']
  app.on(others, path, (c) => {
    throw new ProblemError(
      405,
      `${c.req.method} is not allowed on ${c.req.path}; use ${allow}.`,
      {},
      { Allow: allow }
    )
  })
}

/** A resource that is only read: GET and HEAD. */
export const readOnly = (app: Hono<AppEnv>, path: string, handler: H<AppEnv>) =>
  resource(app, path, { GET: [handler] })

/**
 * A 302 to where a resource is now, never cached: what moved a story id (an
 * earlier report joining it) can be undone (that report deleted).
 */
export const movedFor = (c: Context<AppEnv>, location: string): Response => {
  c.header('Cache-Control', 'no-store')
  return c.redirect(location, 302)
}
