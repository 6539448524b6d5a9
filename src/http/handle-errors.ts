/**
 * @module
 * One error handler for the whole app. Known HTTP errors answer with their
 * status and message: RFC 9457 problem+json for machines (API clients, feed
 * readers), a short page for a browser. Anything else is logged and becomes a
 * plain 500 with no internals.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../app-env.ts'
import { escapeHtml } from '../schema/index.ts'
import { prefersHtml } from './negotiate.ts'

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** An HTTP error with RFC 9457 extension members (e.g. `invalid-params`) and response headers. */
export class ProblemError extends HTTPException {
  readonly extra: Record<string, unknown>
  readonly headers: Record<string, string>
  constructor(
    status: ContentfulStatusCode,
    detail: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {}
  ) {
    super(status, { message: detail })
    this.extra = extra
    this.headers = headers
  }
}

const isApiPath = (path: string) =>
  path === '/api' || path.startsWith('/api/') || path === '/openapi.json'

const errorPage = (status: number, title: string, detail: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status} ${title}</title></head><body><h1>${status} ${title}</h1><p>${escapeHtml(detail)}</p><p><a href="/">Home</a></p></body></html>`

export const problemResponse = (
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {}
): Response => {
  const title = TITLES[status] ?? 'Error'
  const common = { ...headers, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }
  if (isApiPath(c.req.path) || !prefersHtml(c.req.header('Accept'))) {
    const body = { type: 'about:blank', title, status, detail, instance: c.req.path, ...extra }
    return c.body(JSON.stringify(body), status, {
      ...common,
      'Content-Type': 'application/problem+json; charset=utf-8',
    })
  }
  return c.body(errorPage(status, title, detail), status, {
    ...common,
    'Content-Type': 'text/html; charset=utf-8',
  })
}

export const handleError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ProblemError) {
    return problemResponse(c, err.status, err.message, err.extra, err.headers)
  }
  if (err instanceof HTTPException) {
    return problemResponse(c, err.status, err.message || (TITLES[err.status] ?? 'Error'))
  }
  console.error(err)
  return problemResponse(c, 500, 'The server could not answer this request.')
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, 404, `Nothing is published at ${c.req.path}.`)
