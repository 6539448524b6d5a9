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
  ApiStorySchema,
  ArticleMetadataSchema,
  ArticleSchema,
  DateValueSchema,
  DistinctArticleSchema,
  IngestArticleSchema,
  IngestResultSchema,
  ItemQuerySchema,
  ProblemSchema,
  SourceSchema,
  StoryAttributionSchema,
  StoryExplanationSchema,
  StorySchema,
} from '../schema/index.ts'

/** Schemas of answers, written as the server sends them (io: 'output'). */
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
  ApiStory: ApiStorySchema,
  ApiStoryList: ApiStoryListSchema,
  ApiStoryDetail: ApiStoryDetailSchema,
  ApiSourceList: ApiSourceListSchema,
  IngestResult: IngestResultSchema,
  Problem: ProblemSchema,
} as const

/**
 * Schemas of request bodies, written as clients send them (io: 'input'): a
 * nested z.object strips unknown keys rather than refusing them, so its
 * output schema's `additionalProperties: false` would be wrong here.
 */
const REQUEST_COMPONENTS = {
  IngestArticle: IngestArticleSchema,
} as const

type ComponentName = keyof typeof COMPONENTS | keyof typeof REQUEST_COMPONENTS

const jsonSchemas = (
  components: Record<string, z.ZodType>,
  io: 'input' | 'output'
): Record<string, unknown> => {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
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

const componentSchemas = (): Record<string, unknown> => ({
  ...jsonSchemas(COMPONENTS, 'output'),
  ...jsonSchemas(REQUEST_COMPONENTS, 'input'),
})

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

/** A schema as a client sends it (a parameter, a header), without its `$schema`. */
const inputSchema = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>
  return json
}

const queryParameters: Parameter[] = Object.entries(ItemQuerySchema.shape).map(
  ([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: QUERY_DESCRIPTIONS[name as keyof typeof QUERY_DESCRIPTIONS],
    schema: inputSchema(schema),
  })
)

const idParameter: Parameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[0-9a-f]{32}$' },
}

type HeaderMap = Record<string, { description?: string; schema: unknown }>

const problem = (description: string, headers: HeaderMap = {}) => ({
  description,
  ...(Object.keys(headers).length > 0 ? { headers } : {}),
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

const RETRY_AFTER: HeaderMap = {
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
}

/** A `q` search counts against the search rate limit (rate-limit.ts: limitSearches). */
const SEARCH_LIMITED = problem(
  'Too many searches (`q`) from this client address; only requests with `q` count (when the deployment binds SEARCH_LIMITER).',
  RETRY_AFTER
)

// ---- Writes (ingest-routes.ts, read-ingest-body.ts, bearer-token.ts) ----

const BEARER_AUTH = [{ bearerAuth: [] }]

const NO_STORE: HeaderMap = { 'Cache-Control': { schema: { type: 'string', const: 'no-store' } } }

const written = (description: string, headers: HeaderMap = {}) => ({
  description,
  headers: { ...headers, ...NO_STORE },
  content: { 'application/json': { schema: ref('IngestResult') } },
})

const LOCATION: HeaderMap = {
  Location: {
    description: "The article's URL in this API: `/api/articles/{id}` on this site.",
    schema: { type: 'string', format: 'uri' },
  },
}

/** Metadata a non-JSON body may carry in the query or in `X-Article-*` headers (as read-ingest-body.ts reads it). */
const METADATA = ArticleMetadataSchema.shape
const METADATA_FIELDS: Record<keyof typeof METADATA, { schema: z.ZodType; description: string }> = {
  title: { schema: METADATA.title.unwrap(), description: 'Headline.' },
  url: {
    schema: METADATA.url.unwrap(),
    description: 'Canonical URL of the article at its outlet (absolute http or https).',
  },
  source: {
    schema: METADATA.source.unwrap().options[0],
    description: "The outlet's name.",
  },
  published: {
    schema: METADATA.published.unwrap(),
    description: 'Publication date: RFC 3339, RFC 822/1123 or a common human form.',
  },
  updated: {
    schema: METADATA.updated.unwrap(),
    description: 'Last update, in the same forms as `published`.',
  },
  author: { schema: METADATA.author.unwrap().options[0], description: 'Byline.' },
  language: { schema: METADATA.language.unwrap(), description: 'Language tag, such as `en`.' },
  // Split on commas, trimmed, empty entries dropped.
  tags: { schema: z.string(), description: 'Tags (named entities), comma-separated.' },
}

/** `X-Article-Title` for `title`: the code asks for `X-Article-title`, and header names ignore case. */
const metadataHeader = (name: string) => `X-Article-${name[0]?.toUpperCase()}${name.slice(1)}`

const metadataParameters: Parameter[] = Object.entries(METADATA_FIELDS).flatMap(
  ([name, { schema, description }]) => [
    {
      name,
      in: 'query',
      required: false,
      description: `${description} Metadata for a non-JSON body (ignored with application/json); wins over the ${metadataHeader(name)} header.`,
      schema: inputSchema(schema),
    },
    {
      name: metadataHeader(name),
      in: 'header',
      required: false,
      description: `The \`${name}\` query parameter as a header (used when the query has no \`${name}\`). Header values are read as Latin-1: send text beyond ASCII in the query.`,
      schema: inputSchema(schema),
    },
  ]
)

/** Every Content-Type a write accepts besides application/json, each taken as raw text. */
const RAW_BODIES: Record<string, string> = {
  'text/plain': 'Plain text, optionally with front matter.',
  'text/markdown': 'Markdown, optionally with front matter.',
  'text/x-markdown': 'Markdown, as text/markdown.',
  'text/html': 'An HTML page or fragment; the metadata it states (meta tags, JSON-LD) is read too.',
  'application/xhtml+xml': 'XHTML, as text/html.',
  'application/rss+xml': 'One RSS item, or an RSS feed with exactly one item.',
  'application/atom+xml': 'One Atom entry, or an Atom feed with exactly one entry.',
  'application/xml': 'One RSS item or Atom entry (or a feed with exactly one).',
  'text/xml': 'One RSS item or Atom entry (or a feed with exactly one).',
}

const ingestBody = {
  required: true,
  description:
    'One article, UTF-8 (or UTF-16 with a byte-order mark), at most MAX_INGEST_BYTES (2,000,000 by default); Content-Type parameters such as charset are ignored. As application/json: the minimal form (`url`, `title`, `source`, `published`, `text` or `html`; null for what is not known), an article in the shared schema, or `{content, form, metadata}` for a raw capture; one of `text`, `html` or `content` must be a non-empty string. A record from a crawler or an export is read too: the body as `articleBody`, `maintext`, `raw_text`, `article_text`, `body_html`, …, and its fields by their common names (`headline`, `date_publish`, `datePublished`, `published_at`, `byline`, `publisher`, `canonical_url`, …), a documented key outranking its aliases. Any other accepted type is the raw capture itself, with its metadata in the query parameters or `X-Article-*` headers.',
  content: {
    'application/json': {
      schema: {
        ...ref('IngestArticle'),
        description:
          'One of `text`, `html` or `content` (or the body under a name crawlers use: `articleBody`, `maintext`, …) is required and must not be empty.',
      },
    },
    ...Object.fromEntries(
      Object.entries(RAW_BODIES).map(([type, description]) => [
        type,
        { schema: { type: 'string', description } },
      ])
    ),
    'application/feed+json': {
      schema: {
        type: 'object',
        description:
          'One JSON Feed 1.1 item, or a JSON Feed with exactly one item (broken JSON here is a 422, not a 400).',
      },
    },
  },
}

const AUTH_ERRORS = {
  401: problem('No `Authorization: Bearer <token>` header, or not in that form.', {
    'WWW-Authenticate': { schema: { type: 'string', const: 'Bearer realm="edgewire"' } },
  }),
  403: problem('The bearer token is not the one configured (INGEST_TOKEN).'),
  429: problem(
    'Too many writes from this client address (when the deployment binds WRITE_LIMITER).',
    RETRY_AFTER
  ),
}

const BODY_ERRORS = {
  400: problem('An application/json body that is not valid JSON.'),
  413: problem('The body is larger than MAX_INGEST_BYTES.'),
  415: problem(
    'No Content-Type, one not listed for the request body, or a body that is not UTF-8 text (or UTF-16 with a byte-order mark).'
  ),
  422: problem(
    'The article is not acceptable: an empty body, JSON that is not one object, a wrong field in the body or its metadata, or content that could not be normalized. `invalid-params` names the field (a dotted path such as `source.name`) whenever one is at fault.'
  ),
}

const unavailable = (what: string) =>
  problem(
    `Writes are disabled (no D1 store bound as DB, or no INGEST_TOKEN secret: no Retry-After), or ${what} (with Retry-After; sending the same request again is safe).`,
    RETRY_AFTER
  )

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
      429: SEARCH_LIMITED,
    },
  },
})

export const buildOpenApiDocument = (siteUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Edgewire API',
    version: '1.0.0',
    description:
      'Deduplicated, source-attributed news: articles, same-story clusters with the evidence that formed them, and the outlets that reported them. Every list takes the same query parameters and pages with cursors. Errors are RFC 9457 problem+json. Reads are public; writes (POST, PUT, DELETE under /api/articles) need a bearer token. Both are open to CORS: a token, never a cookie, authorizes a write.',
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
          429: SEARCH_LIMITED,
        },
      },
      post: {
        summary: 'Publish an article',
        description:
          'Normalizes the article, stores it and re-clusters the publication; the answer carries the article and the story it now belongs to. The same article again (same canonical URL, or without one the same text from the same outlet) adds nothing and answers 200 with the stored one.',
        tags: ['API'],
        security: BEARER_AUTH,
        parameters: metadataParameters,
        requestBody: ingestBody,
        responses: {
          201: written('Stored: the new article and its story.', LOCATION),
          200: written('Already stored (`created: false`): nothing was added.', LOCATION),
          ...BODY_ERRORS,
          ...AUTH_ERRORS,
          503: unavailable(
            'the store did not confirm the write in time, or stored it but could not publish it yet'
          ),
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
      put: {
        summary: 'Replace a stored article',
        description:
          'Normalizes the body and stores it in place of the article with this id, which it keeps; takes the same bodies and metadata as POST. The body is checked before the id is looked up.',
        tags: ['API'],
        security: BEARER_AUTH,
        parameters: [idParameter, ...metadataParameters],
        requestBody: ingestBody,
        responses: {
          200: written('Replaced (`created` is false): the article and its story.'),
          ...BODY_ERRORS,
          ...AUTH_ERRORS,
          404: problem('No stored article with this id.'),
          422: problem(
            "As for POST, or the body gives a `url` other than the stored article's (the id comes from the address: DELETE the article and POST it at its new address); `invalid-params` names the field."
          ),
          503: unavailable(
            'the store did not confirm the replacement in time, or stored it but could not publish it yet'
          ),
        },
      },
      delete: {
        summary: 'Delete a stored article',
        tags: ['API'],
        security: BEARER_AUTH,
        parameters: [idParameter],
        responses: {
          204: { description: 'Deleted; no body.' },
          ...AUTH_ERRORS,
          404: problem('No stored article with this id.'),
          503: unavailable('the store did not confirm the deletion in time'),
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
          429: SEARCH_LIMITED,
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
          302: {
            description:
              "The story's id moved (a report earlier than its first joined it, or two stories merged): `Location` names it now. Not cached: deleting that report moves it back.",
            headers: { Location: { schema: { type: 'string' } } },
          },
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
  components: {
    schemas: componentSchemas(),
    securitySchemes: {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description: 'The INGEST_TOKEN secret of the deployment; needed by writes only.',
      },
    },
  },
})
