/**
 * @module
 * One error handler for the whole app. Known HTTP errors answer with their
 * status and message (problem+json on API paths, a short page elsewhere);
 * anything else is logged and becomes a plain 500 with no internals.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../app-env.ts'
import { escapeHtml } from '../schema/index.ts'

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
}

const isApiPath = (path: string) =>
  path === '/api' || path.startsWith('/api/') || path === '/openapi.json'

export const problemResponse = (
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  detail: string,
  extra: Record<string, unknown> = {}
): Response => {
  const title = TITLES[status] ?? 'Error'
  if (isApiPath(c.req.path)) {
    return c.body(
      JSON.stringify({
        type: 'about:blank',
        title,
        status,
        detail,
        instance: c.req.path,
        ...extra,
      }),
      status,
      {
        'Content-Type': 'application/problem+json; charset=utf-8',
      }
    )
  }
  return c.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status} ${title}</title></head><body><h1>${status} ${title}</h1><p>${escapeHtml(detail)}</p><p><a href="/">Home</a></p></body></html>`,
    status
  )
}

export const handleError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HTTPException)
    return problemResponse(c, err.status, err.message || (TITLES[err.status] ?? 'Error'))
  console.error(err)
  return problemResponse(c, 500, 'The server could not answer this request.')
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, 404, `Nothing is published at ${c.req.path}.`)
