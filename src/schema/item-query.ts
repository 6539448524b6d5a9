/**
 * @module
 * The query parameters every feed and API list accepts, validated once here
 * and documented in OpenAPI from the same schema.
 */
import * as z from 'zod'

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

const LIMIT_ERROR = 'must be a whole number from 1 to 100'

/**
 * RFC 3339 full-date or date-time, with what the RFC allows beyond ISO 8601's
 * common subset: a lower-case "t"/"z", a space for "T", a leap second (read as
 * :59). Written back in the form Date.parse reads.
 */
const RFC3339 = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?$/
const SINCE_ERROR =
  'must be an RFC 3339 date or date-time such as 2025-08-20 or 2025-08-20T00:00:00Z'

export const ItemQuerySchema = z.object({
  // Digits only: "1e1", "0x10" and "+2" are numbers to JavaScript, not to this API's readers.
  limit: z
    .string()
    .regex(/^[0-9]{1,3}$/, LIMIT_ERROR)
    .transform(Number)
    .pipe(z.number().int().min(1, LIMIT_ERROR).max(MAX_LIMIT, LIMIT_ERROR))
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
  since: z
    .string()
    .regex(RFC3339, SINCE_ERROR)
    .transform((value) => {
      const [, day, hm, s, fraction, zone] = RFC3339.exec(value) as RegExpExecArray
      if (!hm) return day as string
      const second = s === '60' ? '59' : s
      return `${day}T${hm}:${second}${fraction ?? ''}${(zone as string).toUpperCase()}`
    })
    .refine((value) => !Number.isNaN(Date.parse(value)), SINCE_ERROR)
    .optional(),
  view: z.enum(['stories', 'articles'], { error: 'must be "stories" or "articles"' }).optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a cursor taken from a next link')
    .optional(),
})
export type ItemQuery = z.infer<typeof ItemQuerySchema>
