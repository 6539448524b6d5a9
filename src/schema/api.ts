/**
 * @module
 * Shapes of the JSON API's answers, built from the shared schema so the API,
 * its OpenAPI document and its tests cannot drift apart.
 */
import * as z from 'zod'
import {
  ARTICLE_ID_PATTERN,
  ArticleMetadataSchema,
  CAPTURE_HTML_ALIASES,
  CAPTURE_TEXT_ALIASES,
  InputFormSchema,
  SourceSchema,
  StatedLanguageSchema,
} from './article.ts'
import {
  DistinctArticleSchema,
  StoryAttributionSchema,
  StoryExplanationSchema,
  StorySchema,
} from './story.ts'

const IdSchema = z.string().regex(ARTICLE_ID_PATTERN)

const ListOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** The next (older) page with the same filters; null on the last page. */
    next_url: z.url().nullable(),
  })

export const ApiArticleSchema = DistinctArticleSchema.extend({
  storyId: IdSchema.nullable(),
  links: z.object({ self: z.url(), page: z.url(), story: z.url().nullable() }),
})
export type ApiArticle = z.infer<typeof ApiArticleSchema>

export const ApiStorySchema = z.object({
  story: StorySchema,
  attribution: StoryAttributionSchema,
  lead: z.object({ id: IdSchema, title: z.string(), summary: z.string(), url: z.url().nullable() }),
  links: z.object({ self: z.url(), page: z.url() }),
})
export type ApiStory = z.infer<typeof ApiStorySchema>

export const ApiStoryDetailSchema = ApiStorySchema.extend({
  explanation: StoryExplanationSchema,
  members: z.array(ApiArticleSchema),
})
export type ApiStoryDetail = z.infer<typeof ApiStoryDetailSchema>

export const ApiSourceSchema = SourceSchema.extend({
  articleCount: z.number().int().nonnegative(),
  feeds: z.object({ rss: z.url(), atom: z.url(), json: z.url(), page: z.url() }),
})
export type ApiSource = z.infer<typeof ApiSourceSchema>

export const ApiArticleListSchema = ListOf(ApiArticleSchema)
export const ApiStoryListSchema = ListOf(ApiStorySchema)
export const ApiSourceListSchema = z.object({ items: z.array(ApiSourceSchema) })

/** RFC 9457 problem details, as every error answers on API paths. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string(),
  'invalid-params': z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
})

/** A date as a string, or as the shared schema writes one (`{value, …}`). */
const ingestDate = z.union([z.string().min(1), z.object({ value: z.string().min(1) }).loose()], {
  error: 'must be a date string or an object with a "value" date string (null when unknown)',
})

/**
 * Whether a JSON object is a JSON Feed document or item rather than an
 * article capture: the normalizer reads it as feed items, and the ingest
 * schema below does not apply to it.
 */
export const isJsonFeedShaped = (value: object): boolean =>
  'items' in value ||
  'content_html' in value ||
  'content_text' in value ||
  'date_published' in value

/** The body under a name crawlers and exports use (`articleBody`, `maintext`, …). */
const BODY_ALIASES = [...CAPTURE_TEXT_ALIASES, ...CAPTURE_HTML_ALIASES]

/**
 * A JSON body for `POST /api/articles`: the minimal form a scraper sends
 * (`url`, `title`, `source`, `published`, `text` or `html`), an article in the
 * shared schema's terms, or `{content, form, metadata}` for raw captures.
 * Validated before normalization so that errors name the field.
 */
export const IngestArticleSchema = z
  .looseObject({
    // Null is "not known", as the shared schema writes it: what the API serves can be sent back.
    url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).nullish(),
    title: z.string().trim().min(1, 'must not be empty').max(1000).nullish(),
    source: z
      .union([
        z.string().trim().min(1, 'must not be empty').max(200),
        z.looseObject({
          name: z.string().trim().min(1, 'must not be empty').max(200),
          homepage: z.url({ protocol: /^https?$/ }).nullish(),
          feedUrl: z.url({ protocol: /^https?$/ }).nullish(),
        }),
      ])
      .nullish(),
    published: ingestDate.nullish(),
    updated: ingestDate.nullish(),
    author: z.union([z.string().min(1), z.array(z.string().min(1))]).nullish(),
    language: StatedLanguageSchema.max(35).nullish(),
    // A list, or one string separated by commas or semicolons (as crawlers write it).
    tags: z.union([z.array(z.string().min(1).max(200)).max(100), z.string().max(20_000)]).nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
    content: z.string().nullish(),
    // A raw capture: `content` in `form`, described by `metadata`, checked as a sidecar is.
    form: InputFormSchema.optional(),
    metadata: ArticleMetadataSchema.optional(),
  })
  .refine(
    (v) =>
      [v.text, v.html, v.content, ...BODY_ALIASES.map((field) => v[field])].some(
        (body) => typeof body === 'string' && body.trim() !== ''
      ),
    {
      message:
        'one of "text", "html" or "content" is required and must not be empty (or the body under a name crawlers use: "articleBody", "maintext", …)',
      path: ['text'],
    }
  )
export type IngestArticle = z.infer<typeof IngestArticleSchema>

export const IngestResultSchema = z.object({
  /** False when the same article was already stored: nothing was added. */
  created: z.boolean(),
  article: ApiArticleSchema,
  story: ApiStorySchema.nullable(),
})
export type IngestResult = z.infer<typeof IngestResultSchema>
