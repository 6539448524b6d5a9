/**
 * @module
 * Query parameters of feeds and API lists, validated against the shared
 * schema. A bad value is a 400 naming each parameter and what is wrong with it.
 */
import type { Context } from 'hono'
import { DEFAULT_LIMIT, type ItemQuery, ItemQuerySchema } from '../schema/index.ts'
import { ProblemError } from './handle-errors.ts'

export const parseItemQuery = (c: Context): ItemQuery => {
  const parsed = ItemQuerySchema.safeParse(c.req.query())
  if (parsed.success) return parsed.data
  const invalid = parsed.error.issues.map((issue) => ({
    name: String(issue.path[0] ?? 'query'),
    reason: issue.message,
  }))
  throw new ProblemError(
    400,
    invalid.map((p) => `Query parameter "${p.name}" ${p.reason}.`).join(' '),
    { 'invalid-params': invalid }
  )
}

/** The query string of another page: the same filters, that page's cursor (none: the first page). */
export const pageQuery = (query: ItemQuery, cursor: string | null): string => {
  const params = new URLSearchParams()
  for (const key of ['source', 'tag', 'q', 'since', 'view'] as const) {
    const value = query[key]
    if (value !== undefined) params.set(key, value)
  }
  if (query.limit !== DEFAULT_LIMIT) params.set('limit', String(query.limit))
  if (cursor) params.set('cursor', cursor)
  const text = params.toString()
  return text ? `?${text}` : ''
}
