/**
 * @module
 * The feeds the site publishes, each a family of three formats plus an HTML
 * page at its base path: the site feed, every article, and one per outlet.
 */
import { HTTPException } from 'hono/http-exception'
import type { Publication } from '../pipeline/build-publication.ts'
import {
  articleEntry,
  type FeedSpec,
  type SiteConfig,
  sourceBasePath,
} from '../render/build-feed-document.ts'

export type FeedFamily = {
  /** Route prefix, with Hono params: '', '/articles', '/sources/:sourceId'. */
  route: string
  spec: (site: SiteConfig, publication: Publication, params: Record<string, string>) => FeedSpec
}

const siteFeed: FeedFamily = {
  route: '',
  spec: (site, publication) => ({
    basePath: '',
    homePath: '/',
    title: site.title,
    description: site.description,
    entries: publication.articles.map((a) => articleEntry(site, a)),
  }),
}

const articlesFeed: FeedFamily = {
  route: '/articles',
  spec: (site, publication) => ({
    basePath: '/articles',
    homePath: '/articles',
    title: `${site.title}: every article`,
    description: 'Each distinct article once, attributed to its outlet.',
    entries: publication.articles.map((a) => articleEntry(site, a)),
  }),
}

const sourceFeed: FeedFamily = {
  route: '/sources/:sourceId',
  spec: (site, publication, params) => {
    const sourceId = params.sourceId ?? ''
    const articles = publication.articlesBySource.get(sourceId)
    const source = articles?.[0]?.source
    if (!articles || !source) {
      throw new HTTPException(404, { message: `No outlet with id "${sourceId}"` })
    }
    return {
      basePath: sourceBasePath(source.id),
      homePath: sourceBasePath(source.id),
      title: `${site.title}: ${source.name}`,
      description: `Articles from ${source.name}${source.homepage ? ` (${source.homepage})` : ''}.`,
      entries: articles.map((a) => articleEntry(site, a)),
    }
  },
}

export const FEED_FAMILIES: readonly FeedFamily[] = [siteFeed, articlesFeed, sourceFeed]
