/**
 * @module
 * The query parameters every feed and API list accepts, validated once here
 * and documented in OpenAPI from the same schema.
 */
import * as z from 'zod'

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

const LIMIT_ERROR = 'must be a whole number from 1 to 100'
const SINCE_ERROR =
  'must be an RFC 3339 date or date-time such as 2025-08-20 or 2025-08-20T00:00:00Z'

/**
 * RFC 3339 as written by the RFC, not only its common ISO 8601 subset: a
 * lower-case "t"/"z", a space for "T", and the leap second 23:59:60 (read as
 * :59) become the form zod's calendar-checked validators read.
 */
const toCommonRfc3339 = (value: string): string => {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)([Zz]|[+-]\d{2}:\d{2})$/.exec(
    value
  )
  if (!m) return value
  const time = (m[2] as string).replace(/^23:59:60/, '23:59:59')
  return `${m[1]}T${time}${(m[3] as string).toUpperCase()}`
}

export const ItemQuerySchema = z.object({
  // Digits only: "1e1", "0x10" and "+2" are numbers to JavaScript, not to this API's readers.
  limit: z
    .preprocess(
      (value) => (typeof value === 'string' && /^[0-9]{1,3}$/.test(value) ? Number(value) : value),
      z
        .number({ error: LIMIT_ERROR })
        .int(LIMIT_ERROR)
        .min(1, LIMIT_ERROR)
        .max(MAX_LIMIT, LIMIT_ERROR)
    )
    .default(DEFAULT_LIMIT)
    .meta({ default: DEFAULT_LIMIT }),
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
    .transform(toCommonRfc3339)
    .pipe(z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: SINCE_ERROR }))
    .meta({ anyOf: [{ format: 'date' }, { format: 'date-time' }] })
    .optional(),
  view: z.enum(['stories', 'articles'], { error: 'must be "stories" or "articles"' }).optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a cursor taken from a next link')
    .optional(),
})
export type ItemQuery = z.infer<typeof ItemQuerySchema>
