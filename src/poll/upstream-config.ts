/**
 * @module
 * The upstream feeds to poll, from the UPSTREAM_FEEDS var (a JSON array), validated.
 */
import * as z from 'zod'

export const UpstreamFeedSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  /** The outlet, when the feed's own metadata should not decide it. */
  source: z
    .union([
      z.string().min(1),
      z.object({
        name: z.string().min(1),
        homepage: z.url().optional(),
        feedUrl: z.url().optional(),
      }),
    ])
    .optional(),
  /** Minutes between polls of this feed (default 10). */
  everyMinutes: z.number().int().min(1).max(1440).optional(),
})
export type UpstreamFeed = z.infer<typeof UpstreamFeedSchema>

export type UpstreamConfig = { feeds: UpstreamFeed[]; problems: string[] }

export const readUpstreamConfig = (text: string): UpstreamConfig => {
  let json: unknown
  try {
    json = JSON.parse(text || '[]')
  } catch (error) {
    return {
      feeds: [],
      problems: [`UPSTREAM_FEEDS is not valid JSON: ${(error as Error).message}`],
    }
  }
  if (!Array.isArray(json)) return { feeds: [], problems: ['UPSTREAM_FEEDS must be a JSON array'] }
  const feeds: UpstreamFeed[] = []
  const problems: string[] = []
  json.forEach((entry, i) => {
    const parsed = UpstreamFeedSchema.safeParse(entry)
    if (parsed.success) feeds.push(parsed.data)
    else
      problems.push(
        `UPSTREAM_FEEDS[${i}]: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(entry)'} ${x.message}`).join('; ')}`
      )
  })
  return { feeds, problems }
}
