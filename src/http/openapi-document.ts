/**
 * @module
 * The OpenAPI 3.1 document, generated from the shared zod schemas (zod 4's
 * JSON Schema output is JSON Schema 2020-12, the dialect OpenAPI 3.1 uses).
 */
import * as z from 'zod'
import {
  ApiArticleListSchema,
  ApiArticleSchema,
  ApiSourceListSchema,
  ApiStoryDetailSchema,
  ApiStoryListSchema,
  ArticleSchema,
  DateValueSchema,
  DistinctArticleSchema,
  ItemQuerySchema,
  ProblemSchema,
  SourceSchema,
  StoryAttributionSchema,
  StoryExplanationSchema,
  StorySchema,
} from '../schema/index.ts'

const COMPONENTS = {
  DateValue: DateValueSchema,
  Article: ArticleSchema,
  Source: SourceSchema,
  DistinctArticle: DistinctArticleSchema,
  Story: StorySchema,
  StoryAttribution: StoryAttributionSchema,
  StoryExplanation: StoryExplanationSchema,
  ApiArticle: ApiArticleSchema,
  ApiArticleList: ApiArticleListSchema,
  ApiStoryList: ApiStoryListSchema,
  ApiStoryDetail: ApiStoryDetailSchema,
  ApiSourceList: ApiSourceListSchema,
  Problem: ProblemSchema,
} as const

type ComponentName = keyof typeof COMPONENTS

const componentSchemas = (): Record<string, unknown> => {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  })
  // Each component carries its own $id/$schema; inside an OpenAPI document they are implied.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>
      return [id, rest]
    })
  )
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` })

const QUERY_DESCRIPTIONS: Record<keyof typeof ItemQuerySchema.shape, string> = {
  limit: 'Items per page, 1 to 100 (default 20).',
  source: 'Only items an outlet reported (its id, as in /api/sources).',
  tag: 'Only items with this tag (a named entity), case-insensitive.',
  q: 'Only items whose title or summary contain every word.',
  since: 'Only items changed at or after this RFC 3339 date or date-time.',
  view: 'Site feed only: one item per story (default) or per article.',
  cursor: 'Position after the previous page; take it from next_url or a rel="next" link.',
}

const queryParameters: Parameter[] = Object.entries(ItemQuerySchema.shape).map(([name, schema]) => {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>
  return {
    name,
    in: 'query',
    required: false,
    description: QUERY_DESCRIPTIONS[name as keyof typeof QUERY_DESCRIPTIONS],
    schema: json,
  }
})

const idParameter: Parameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[0-9a-f]{32}$' },
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})

const ok = (schema: ComponentName, description: string) => ({
  description,
  headers: {
    ETag: { schema: { type: 'string' }, description: 'Strong validator of the body.' },
    'Cache-Control': { schema: { type: 'string' } },
  },
  content: { 'application/json': { schema: ref(schema) } },
})

const NOT_MODIFIED = { description: 'Not modified (If-None-Match or If-Modified-Since matched).' }

type Parameter = {
  name: string
  in: string
  required: boolean
  description?: string
  schema: unknown
}

const feedOperation = (summary: string, parameters: Parameter[]) => ({
  get: {
    summary,
    tags: ['Feeds'],
    parameters,
    responses: {
      200: {
        description: 'The feed (or, when the client prefers text/html, a readable preview of it).',
        content: {
          'application/rss+xml': {},
          'application/atom+xml': {},
          'application/feed+json': {},
          'text/html': {},
        },
      },
      304: NOT_MODIFIED,
      400: problem('A query parameter is invalid; `invalid-params` names it.'),
      404: problem('No such outlet.'),
    },
  },
})

export const buildOpenApiDocument = (siteUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Edgewire API',
    version: '1.0.0',
    description:
      'Deduplicated, source-attributed news: articles, same-story clusters with the evidence that formed them, and the outlets that reported them. Every list takes the same query parameters and pages with cursors. Errors are RFC 9457 problem+json. CORS is open.',
  },
  servers: [{ url: siteUrl }],
  tags: [{ name: 'API' }, { name: 'Feeds' }],
  paths: {
    '/api/articles': {
      get: {
        summary: 'Distinct articles, newest first',
        tags: ['API'],
        parameters: queryParameters.filter((p) => p.name !== 'view'),
        responses: {
          200: ok('ApiArticleList', 'A page of articles.'),
          304: NOT_MODIFIED,
          400: problem('A query parameter is invalid.'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article with every place it was seen',
        tags: ['API'],
        parameters: [idParameter],
        responses: {
          200: ok('ApiArticle', 'The article.'),
          304: NOT_MODIFIED,
          404: problem('No such article.'),
        },
      },
    },
    '/api/stories': {
      get: {
        summary: 'Stories (same-event coverage across outlets), newest first',
        tags: ['API'],
        parameters: queryParameters.filter((p) => p.name !== 'view'),
        responses: {
          200: ok('ApiStoryList', 'A page of stories.'),
          304: NOT_MODIFIED,
          400: problem('A query parameter is invalid.'),
        },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'One story: members, attribution, pairwise scores and matched signals',
        tags: ['API'],
        parameters: [idParameter],
        responses: {
          200: ok('ApiStoryDetail', 'The story.'),
          304: NOT_MODIFIED,
          404: problem('No such story.'),
        },
      },
    },
    '/api/sources': {
      get: {
        summary: 'Every outlet, with its feeds',
        tags: ['API'],
        responses: { 200: ok('ApiSourceList', 'The outlets.'), 304: NOT_MODIFIED },
      },
    },
    '/feed.{format}': feedOperation('The site feed: one item per story', [
      { name: 'format', in: 'path', required: true, schema: { enum: ['xml', 'atom', 'json'] } },
      ...queryParameters,
    ]),
    '/articles/feed.{format}': feedOperation('Every distinct article', [
      { name: 'format', in: 'path', required: true, schema: { enum: ['xml', 'atom', 'json'] } },
      ...queryParameters.filter((p) => p.name !== 'view'),
    ]),
    '/sources/{sourceId}/feed.{format}': feedOperation("One outlet's articles", [
      { name: 'sourceId', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'format', in: 'path', required: true, schema: { enum: ['xml', 'atom', 'json'] } },
      ...queryParameters.filter((p) => p.name !== 'view' && p.name !== 'source'),
    ]),
  },
  components: { schemas: componentSchemas() },
})
