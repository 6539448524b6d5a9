/**
 * @module
 * GET `<family>/feed.xml|.atom|.json` and each family's HTML page. Thin: the
 * query is validated, the family says what is in the feed, selection pages
 * it, the render stage writes it, the render cache keeps it.
 */
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import {
  compareSelectable,
  InvalidCursorError,
  selectableEntry,
  selectPage,
} from '../pipeline/select-items.ts'
import { buildFeedDocument } from '../render/build-feed-document.ts'
import { newestEntryDate, UNKNOWN_DATE } from '../render/feed-dates.ts'
import { FEED_FORMATS, type FeedDocument, type FeedFormat } from '../render/feed-document.ts'
import { renderFeedPage } from '../render/html/feed-page.ts'
import { renderFeed } from '../render/render-feed.ts'
import { feedPolicy } from './cache-policy.ts'
import { lastModifiedOf } from './conditional-get.ts'
import type { FeedFamily } from './feed-families.ts'
import { FEED_FAMILIES } from './feed-families.ts'
import { ProblemError } from './handle-errors.ts'
import { prefersHtml } from './negotiate.ts'
import { pageQuery, parseItemQuery } from './parse-item-query.ts'
import type { Rendered } from './render-cache.ts'
import { readOnly } from './resource.ts'
import { serveCached } from './serve-cached.ts'

/** The page of the family's feed that this request asks for, as a feed document. */
const feedDocumentFor = (c: Context<AppEnv>, family: FeedFamily): FeedDocument => {
  const query = parseItemQuery(c)
  const site = c.var.site
  const spec = family.spec(site, c.var.publication, c.req.param() as Record<string, string>, query)
  const sorted = spec.entries.map(selectableEntry).sort(compareSelectable)
  let page: ReturnType<typeof selectPage<(typeof sorted)[number]>>
  try {
    page = selectPage(sorted, query)
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error
    throw new ProblemError(400, `Query parameter "cursor" is ${error.message}.`, {
      'invalid-params': [{ name: 'cursor', reason: error.message }],
    })
  }
  return buildFeedDocument(site, {
    ...spec,
    entries: page.items.map((item) => item.entry),
    nextQuery: page.nextCursor ? pageQuery(query, page.nextCursor) : null,
    previousQuery: page.previousCursor === undefined ? null : pageQuery(query, page.previousCursor),
    selfQuery: pageQuery(query, query.cursor ?? null),
    // A page that matches nothing is as new as the feed it filters.
    updatedWhenEmpty:
      page.items.length > 0 ? null : (newestEntryDate(spec.entries) ?? c.var.publication.writtenAt),
  })
}

const feedLastModified = (c: Context<AppEnv>, doc: FeedDocument) =>
  lastModifiedOf(
    doc.updated.getTime() === UNKNOWN_DATE.getTime() ? null : doc.updated,
    c.var.publication.writtenAt
  )

const htmlPage = (c: Context<AppEnv>, family: FeedFamily): Rendered => {
  const doc = feedDocumentFor(c, family)
  return {
    body: renderFeedPage(doc, { siteTitle: c.var.site.title }),
    contentType: 'text/html; charset=utf-8',
    lastModified: feedLastModified(c, doc),
  }
}

export const feedRoutes = new Hono<AppEnv>()

for (const family of FEED_FAMILIES) {
  for (const format of Object.keys(FEED_FORMATS) as FeedFormat[]) {
    readOnly(feedRoutes, `${family.route}/feed.${FEED_FORMATS[format].extension}`, (c) => {
      // A browser opening a feed URL gets a readable preview of the same items.
      const html = prefersHtml(c.req.header('Accept'))
      return serveCached(c, html ? 'html' : format, feedPolicy(c.env, html), () => {
        if (html) return htmlPage(c, family)
        const doc = feedDocumentFor(c, family)
        return { ...renderFeed(doc, format), lastModified: feedLastModified(c, doc) }
      })
    })
  }
  readOnly(feedRoutes, family.route || '/', (c) =>
    serveCached(c, 'html', feedPolicy(c.env, true), () => htmlPage(c, family))
  )
}
