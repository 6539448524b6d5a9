/**
 * @module
 * Builds the Hono app: global middleware, routes, one error handler.
 */
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import type { AppEnv } from './app-env.ts'
import { articleRoutes } from './http/article-routes.ts'
import { feedRoutes } from './http/feed-routes.ts'
import { handleError, handleNotFound } from './http/handle-errors.ts'
import { publicationContext } from './http/publication-context.ts'

export const createApp = () => {
  const app = new Hono<AppEnv>()
  app.use(etag())
  app.use(publicationContext())
  app.route('/', feedRoutes)
  app.route('/', articleRoutes)
  app.notFound(handleNotFound)
  app.onError(handleError)
  return app
}
