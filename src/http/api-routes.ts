/**
 * @module
 * The JSON API: articles, stories (with the evidence that formed them) and
 * sources, with the same query parameters and cursor paging as the feeds.
 * Answers are cached and conditional like feeds; errors are problem+json.
 */
import { type Context, Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env.ts'
import { currentStoryId } from '../pipeline/build-publication.ts'
import {
  compareSelectable,
  InvalidCursorError,
  type Selectable,
  selectableArticle,
  selectableStory,
  selectPage,
} from '../pipeline/select-items.ts'
import { feedPath, sourceBasePath } from '../render/build-feed-document.ts'
import type { ApiSource, ApiStoryDetail, ItemQuery } from '../schema/index.ts'
import { apiArticle, apiStory } from './api-representations.ts'
import { requireBearerToken } from './bearer-token.ts'
import { dataPolicy } from './cache-policy.ts'
import { ProblemError } from './handle-errors.ts'
import { deleteArticleById, postArticle, putArticle } from './ingest-routes.ts'
import { pageQuery, parseItemQuery } from './parse-item-query.ts'
import { movedFor, readOnly, resource } from './resource.ts'
import { serveCached } from './serve-cached.ts'

const JSON_TYPE = 'application/json; charset=utf-8'

/** One page of items, or a 400 naming the cursor when it is not ours. */
const pageOf = <T extends Selectable>(items: T[], query: ItemQuery) => {
  try {
    return selectPage(items.sort(compareSelectable), query)
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error
    throw new ProblemError(400, `Query parameter "cursor" is ${error.message}.`, {
      'invalid-params': [{ name: 'cursor', reason: error.message }],
    })
  }
}

const nextUrl = (c: Context<AppEnv>, query: ItemQuery, cursor: string | null) =>
  cursor ? `${c.var.site.siteUrl}${c.req.path}${pageQuery(query, cursor)}` : null

/** Serves a JSON body through the render cache: ETag, Last-Modified, 304s, Cache-Control. */
const serveJson = (c: Context<AppEnv>, body: () => unknown, lastModified: Date | null = null) =>
  serveCached(c, 'json', dataPolicy(c.env), () => ({
    body: JSON.stringify(body(), null, 2),
    contentType: JSON_TYPE,
    lastModified,
  }))

export const apiRoutes = new Hono<AppEnv>()

resource(apiRoutes, '/api/articles', {
  POST: [requireBearerToken(), postArticle],
  GET: [
    (c) => {
      const query = parseItemQuery(c)
      return serveJson(c, () => {
        const page = pageOf(c.var.publication.articles.map(selectableArticle), query)
        return {
          items: page.items.map((s) => apiArticle(c.var.site, c.var.publication, s.item)),
          next_url: nextUrl(c, query, page.nextCursor),
        }
      })
    },
  ],
})

resource(apiRoutes, '/api/articles/:id', {
  PUT: [requireBearerToken(), putArticle],
  DELETE: [requireBearerToken(), deleteArticleById],
  GET: [
    (c) => {
      const id = c.req.param('id') ?? ''
      const distinct = c.var.publication.articleById.get(id)
      if (!distinct) throw new HTTPException(404, { message: `No article with id "${id}".` })
      return serveJson(c, () => apiArticle(c.var.site, c.var.publication, distinct))
    },
  ],
})

readOnly(apiRoutes, '/api/stories', (c) => {
  const query = parseItemQuery(c)
  return serveJson(c, () => {
    const page = pageOf(c.var.publication.stories.map(selectableStory), query)
    return {
      items: page.items.map((s) => apiStory(c.var.site, s.item)),
      next_url: nextUrl(c, query, page.nextCursor),
    }
  })
})

readOnly(apiRoutes, '/api/stories/:id', (c) => {
  const id = c.req.param('id') ?? ''
  const publication = c.var.publication
  const story = publication.storyById.get(id)
  if (!story) {
    const moved = currentStoryId(publication, id)
    if (moved) return movedFor(c, `/api/stories/${moved}`)
    throw new HTTPException(404, { message: `No story with id "${id}".` })
  }
  return serveJson(
    c,
    (): ApiStoryDetail => ({
      ...apiStory(c.var.site, story),
      explanation: publication.explain(story.story.id) as ApiStoryDetail['explanation'],
      members: story.story.memberIds.flatMap((memberId) => {
        const member = publication.articleById.get(memberId)
        return member ? [apiArticle(c.var.site, publication, member)] : []
      }),
    })
  )
})

readOnly(apiRoutes, '/api/sources', (c) =>
  serveJson(c, () => ({
    items: c.var.publication.sources.map((source): ApiSource => {
      const base = c.var.site.siteUrl + sourceBasePath(source.id)
      return {
        ...source,
        articleCount: c.var.publication.articlesBySource.get(source.id)?.length ?? 0,
        feeds: {
          rss: base + feedPath('', 'rss'),
          atom: base + feedPath('', 'atom'),
          json: base + feedPath('', 'json'),
          page: base,
        },
      }
    }),
  }))
)
