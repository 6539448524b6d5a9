/**
 * @module
 * The feeds the site publishes. Each family has three formats and an HTML
 * page at its base path: the site feed (one item per story), every distinct
 * article, and one feed per outlet.
 */
import { HTTPException } from 'hono/http-exception'
import type { Publication } from '../pipeline/build-publication.ts'
import {
  articleEntry,
  type FeedSpec,
  type SiteConfig,
  sourceBasePath,
  storyEntry,
} from '../render/build-feed-document.ts'
import type { ItemQuery } from '../schema/index.ts'

export type FeedFamily = {
  /** Route prefix, with Hono params: '', '/articles', '/sources/:sourceId'. */
  route: string
  /** What the feed holds, every entry, in no particular order (selection sorts and pages). */
  spec: (
    site: SiteConfig,
    publication: Publication,
    params: Record<string, string>,
    query: ItemQuery
  ) => FeedSpec
}

const siteFeed: FeedFamily = {
  route: '',
  spec: (site, publication, _params, query) => ({
    basePath: '',
    homePath: '/',
    title: site.title,
    description: site.description,
    entries:
      query.view === 'articles'
        ? publication.articles.map((a) => articleEntry(site, a))
        : publication.stories.map((s) => storyEntry(site, s)),
  }),
}

const articlesFeed: FeedFamily = {
  route: '/articles',
  spec: (site, publication) => ({
    basePath: '/articles',
    homePath: '/articles',
    title: `${site.title}: every article`,
    description: 'Each distinct article once, with every outlet that published it.',
    entries: publication.articles.map((a) => articleEntry(site, a)),
  }),
}

const sourceFeed: FeedFamily = {
  route: '/sources/:sourceId',
  spec: (site, publication, params) => {
    const sourceId = params.sourceId ?? ''
    const source = publication.sources.find((s) => s.id === sourceId)
    const articles = publication.articlesBySource.get(sourceId)
    if (!source || !articles)
      throw new HTTPException(404, { message: `No outlet with id "${sourceId}".` })
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
