/**
 * @module
 * The query parameters every feed and API list accepts, validated once here
 * and documented in OpenAPI from the same schema.
 */
import * as z from 'zod'

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

export const ItemQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 100' })
    .int('must be a whole number from 1 to 100')
    .min(1, 'must be a whole number from 1 to 100')
    .max(MAX_LIMIT, 'must be a whole number from 1 to 100')
    .default(DEFAULT_LIMIT),
  source: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be an outlet id such as "thehill-com"')
    .optional(),
  tag: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .optional(),
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .optional(),
  since: z.iso
    .datetime({ offset: true, error: 'must be an RFC 3339 date-time such as 2025-08-20T00:00:00Z' })
    .or(z.iso.date({ error: 'must be an RFC 3339 date or date-time such as 2025-08-20' }))
    .optional(),
  view: z.enum(['stories', 'articles'], { error: 'must be "stories" or "articles"' }).optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a cursor taken from a next link')
    .optional(),
})
export type ItemQuery = z.infer<typeof ItemQuerySchema>
