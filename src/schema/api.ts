/**
 * @module
 * Shapes of the JSON API's answers, built from the shared schema so the API,
 * its OpenAPI document and its tests cannot drift apart.
 */
import { z } from 'zod'
import { ARTICLE_ID_PATTERN, SourceSchema } from './article.ts'
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
