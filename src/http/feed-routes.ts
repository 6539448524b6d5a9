/**
 * @module
 * GET `<family>/feed.xml|.atom|.json` and the family's HTML page. Thin: the
 * family says what is in the feed, the render stage writes it.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { buildFeedDocument } from '../render/build-feed-document.ts'
import { FEED_FORMATS, type FeedFormat } from '../render/feed-document.ts'
import { renderFeedPage } from '../render/html/feed-page.ts'
import { renderFeed } from '../render/render-feed.ts'
import { FEED_FAMILIES } from './feed-families.ts'

export const feedRoutes = new Hono<AppEnv>()

for (const family of FEED_FAMILIES) {
  for (const format of Object.keys(FEED_FORMATS) as FeedFormat[]) {
    feedRoutes.get(`${family.route}/feed.${FEED_FORMATS[format].extension}`, (c) => {
      const doc = buildFeedDocument(
        c.var.site,
        family.spec(c.var.site, c.var.publication, c.req.param())
      )
      const { body, contentType } = renderFeed(doc, format)
      return c.body(body, 200, { 'Content-Type': contentType })
    })
  }
  feedRoutes.get(family.route || '/', (c) => {
    const doc = buildFeedDocument(
      c.var.site,
      family.spec(c.var.site, c.var.publication, c.req.param())
    )
    return c.html(renderFeedPage(doc, { siteTitle: c.var.site.title }))
  })
}
