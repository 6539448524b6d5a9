/**
 * @module
 * Discovery: the OPML list of every outlet's feed, the OpenAPI document and a
 * readable API page.
 */
import { Hono } from 'hono'
import type { H } from 'hono/types'
import type { AppEnv } from '../app-env.ts'
import { FAVICON_PATH, feedPath, ICON_PATH, sourceBasePath } from '../render/build-feed-document.ts'
import { latestDate } from '../render/feed-dates.ts'
import { renderApiDocsPage } from '../render/html/api-docs-page.ts'
import { renderOpml } from '../render/render-opml.ts'
import { FAVICON_PNG, ICON_PNG } from '../render/site-icon.ts'
import { hash128 } from '../schema/index.ts'
import { dataPolicy, pagePolicy } from './cache-policy.ts'
import { isNotModified, lastModifiedOf } from './conditional-get.ts'
import { buildOpenApiDocument } from './openapi-document.ts'
import { readOnly } from './resource.ts'
import { serveCached } from './serve-cached.ts'

export const discoveryRoutes = new Hono<AppEnv>()

readOnly(discoveryRoutes, '/sources.opml', (c) =>
  serveCached(c, 'opml', dataPolicy(c.env), () => {
    const { site, publication } = c.var
    const newest = latestDate(
      publication.articles.map((a) => a.article.updated ?? a.article.published)
    )
    return {
      body: renderOpml(
        `${site.title}: every outlet`,
        newest,
        publication.sources.map((s) => ({
          title: s.name,
          xmlUrl: site.siteUrl + feedPath(sourceBasePath(s.id), 'rss'),
          htmlUrl: site.siteUrl + sourceBasePath(s.id),
        }))
      ),
      contentType: 'text/x-opml; charset=utf-8',
      lastModified: lastModifiedOf(newest, publication.writtenAt),
    }
  })
)

readOnly(discoveryRoutes, '/openapi.json', (c) =>
  serveCached(c, 'openapi', dataPolicy(c.env), () => ({
    body: JSON.stringify(buildOpenApiDocument(c.var.site.siteUrl), null, 2),
    contentType: 'application/json; charset=utf-8',
    lastModified: null,
  }))
)

readOnly(discoveryRoutes, '/api/docs', (c) =>
  serveCached(c, 'html', pagePolicy(c.env), () => ({
    body: renderApiDocsPage(buildOpenApiDocument(c.var.site.siteUrl), {
      siteTitle: c.var.site.title,
      feeds: {
        rss: c.var.site.siteUrl + feedPath('', 'rss'),
        atom: c.var.site.siteUrl + feedPath('', 'atom'),
        json: c.var.site.siteUrl + feedPath('', 'json'),
      },
    }),
    contentType: 'text/html; charset=utf-8',
    lastModified: null,
  }))
)

/** Icons change only with a deploy: long-lived, revalidated by ETag. */
const servePng = (bytes: Uint8Array): H<AppEnv> => {
  const headers = {
    'Content-Type': 'image/png',
    'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
    ETag: `"${hash128(bytes.join(','))}"`,
  }
  // The same validator rules as every other answer: weak forms, lists and "*" match too.
  return (c) =>
    isNotModified(c.req.raw, headers.ETag, null)
      ? new Response(null, { status: 304, headers })
      : new Response(c.req.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), {
          headers,
        })
}

readOnly(discoveryRoutes, ICON_PATH, servePng(ICON_PNG))
readOnly(discoveryRoutes, FAVICON_PATH, servePng(FAVICON_PNG))
// Browsers ask for /favicon.ico whatever the page says; a PNG under that name is understood.
readOnly(discoveryRoutes, '/favicon.ico', servePng(FAVICON_PNG))
