/**
 * @module
 * GET /articles/:id and /stories/:id as pages: the item link of feeds where
 * the outlet's own URL is unknown, and the readable record of who reported what.
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env.ts'
import { currentStoryId } from '../pipeline/build-publication.ts'
import {
  coverageOf,
  feedPath,
  type SiteConfig,
  sourceBasePath,
  storyPagePath,
} from '../render/build-feed-document.ts'
import { renderArticlePage } from '../render/html/article-page.ts'
import { pagePolicy } from './cache-policy.ts'
import { movedFor, readOnly } from './resource.ts'
import { serveCached } from './serve-cached.ts'

const ID = '{[0-9a-f]{32}}'

const feedLinks = (site: SiteConfig, basePath: string) => ({
  rss: site.siteUrl + feedPath(basePath, 'rss'),
  atom: site.siteUrl + feedPath(basePath, 'atom'),
  json: site.siteUrl + feedPath(basePath, 'json'),
})

export const articleRoutes = new Hono<AppEnv>()

readOnly(articleRoutes, `/articles/:id${ID}`, (c) => {
  const id = c.req.param('id') ?? ''
  const distinct = c.var.publication.articleById.get(id)
  if (!distinct) throw new HTTPException(404, { message: `No article with id "${id}".` })
  if (distinct.id !== id) return c.redirect(`/articles/${distinct.id}`, 301)
  const site = c.var.site
  const story = c.var.publication.storyByArticleId.get(distinct.id)
  return serveCached(c, 'html', pagePolicy(c.env), () => ({
    body: renderArticlePage(
      distinct.article,
      distinct.sightings.map((s) => coverageOf(site, s)),
      {
        siteTitle: site.title,
        feeds: feedLinks(site, sourceBasePath(distinct.article.source.id)),
        storyUrl:
          story && story.story.memberIds.length > 1
            ? site.siteUrl + storyPagePath(story.story.id)
            : null,
      }
    ),
    contentType: 'text/html; charset=utf-8',
    lastModified: null,
  }))
})

readOnly(articleRoutes, `/stories/:id${ID}`, (c) => {
  const id = c.req.param('id') ?? ''
  const published = c.var.publication.storyById.get(id)
  if (!published) {
    // The story's id moved (an earlier report joined it): the old link follows it. Not
    // permanently: deleting that report moves the id back.
    const moved = currentStoryId(c.var.publication, id)
    if (moved) return movedFor(c, storyPagePath(moved))
    throw new HTTPException(404, { message: `No story with id "${id}".` })
  }
  const site = c.var.site
  const { attribution, lead } = published
  return serveCached(c, 'html', pagePolicy(c.env), () => ({
    body: renderArticlePage(
      lead.article,
      [attribution.lead, ...attribution.coverage].map((r) => coverageOf(site, r)),
      { siteTitle: site.title, feeds: feedLinks(site, ''), storyUrl: null }
    ),
    contentType: 'text/html; charset=utf-8',
    lastModified: null,
  }))
})
