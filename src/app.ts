/**
 * @module
 * Builds the Hono app: global middleware, routes, one error handler.
 */
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { trimTrailingSlash } from 'hono/trailing-slash'
import type { AppEnv } from './app-env.ts'
import { apiRoutes } from './http/api-routes.ts'
import { articleRoutes } from './http/article-routes.ts'
import { discoveryRoutes } from './http/discovery-routes.ts'
import { feedRoutes } from './http/feed-routes.ts'
import { handleError, handleNotFound } from './http/handle-errors.ts'
import { publicationContext } from './http/publication-context.ts'
import { limitSearches, limitWrites } from './http/rate-limit.ts'

export const createApp = () => {
  const app = new Hono<AppEnv>()
  // Feeds and the API are public data: any web app may read them. Writes carry
  // a bearer token, never a cookie, so a web app holding a token may write too.
  app.use(
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE'],
      exposeHeaders: ['ETag', 'Last-Modified', 'Link', 'Location', 'Retry-After'],
      maxAge: 86400,
    })
  )
  // "/feed.xml/" or "/api/stories/" is the resource without the slash, not a 404. Redirected
  // before routing: after it, the redirect would carry the 404's problem+json headers.
  app.use(trimTrailingSlash({ alwaysRedirect: true }))
  app.use('/api/*', limitWrites())
  app.use(limitSearches())
  app.use(publicationContext())
  app.route('/', feedRoutes)
  app.route('/', articleRoutes)
  app.route('/', apiRoutes)
  app.route('/', discoveryRoutes)
  app.notFound(handleNotFound)
  app.onError(handleError)
  return app
}
