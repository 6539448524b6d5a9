/**
 * @module
 * Shared-schema records → the format-neutral feed document. Pure: the site's
 * settings come in as a parameter, never from bindings.
 */
import { type Article, escapeHtml, feedItemUrn, type Source } from '../schema/index.ts'
import { entryUpdated, latestDate, UNKNOWN_DATE } from './feed-dates.ts'
import {
  FEED_FORMATS,
  type FeedCoverage,
  type FeedDocument,
  type FeedEntry,
  type FeedFormat,
} from './feed-document.ts'

/** Deployment settings that appear in feeds (wrangler.toml [vars]). */
export type SiteConfig = {
  /** Absolute base URL without a trailing slash. */
  siteUrl: string
  title: string
  description: string
  language: string
  hubUrl: string | null
}

/** `/feed.xml`, `/articles/feed.atom`, `/sources/thehill-com/feed.json`… under a base path. */
export const feedPath = (basePath: string, format: FeedFormat): string =>
  `${basePath}/feed.${FEED_FORMATS[format].extension}`

export const articlePagePath = (articleId: string): string => `/articles/${articleId}`
export const sourceBasePath = (sourceId: string): string => `/sources/${sourceId}`

export const coverageOf = (
  site: SiteConfig,
  report: { source: Source; url: string | null; published: Article['published'] }
): FeedCoverage => ({
  source: report.source,
  url: report.url,
  published: report.published,
  sourceFeedUrl: site.siteUrl + feedPath(sourceBasePath(report.source.id), 'rss'),
})

const outletLink = (coverage: FeedCoverage): string => {
  const href = coverage.url ?? coverage.source.homepage
  const name = escapeHtml(coverage.source.name)
  return href ? `<a href="${escapeHtml(href)}">${name}</a>` : name
}

/** The attribution paragraph under every item body: who reported it, with links. */
export const attributionHtml = (coverage: readonly FeedCoverage[]): string => {
  const [lead, ...others] = coverage
  if (!lead) return ''
  const reported = `<p>Reported by ${outletLink(lead)}.</p>`
  if (others.length === 0) return reported
  return `${reported}\n<p>Also reported by ${others.map(outletLink).join(', ')}.</p>`
}

/** One article as one feed entry, attributed to its outlet. */
export const articleEntry = (site: SiteConfig, article: Article): FeedEntry => {
  const permalink = site.siteUrl + articlePagePath(article.id)
  const coverage = [coverageOf(site, article)] as const
  return {
    id: feedItemUrn(article.id),
    title: article.title,
    link: article.url ?? permalink,
    permalink,
    summary: article.summary,
    contentHtml: `${article.html}\n${attributionHtml(coverage)}`,
    published: article.published,
    updated: article.updated,
    authors: article.authors,
    categories: article.tags,
    language: article.language,
    coverage,
  }
}

/** Newest first; undated entries last; ties broken by id so the order is total. */
export const compareEntries = (a: FeedEntry, b: FeedEntry): number => {
  const ta = entryUpdated(a)?.getTime() ?? Number.NEGATIVE_INFINITY
  const tb = entryUpdated(b)?.getTime() ?? Number.NEGATIVE_INFINITY
  if (ta !== tb) return tb - ta
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export type FeedSpec = {
  /** Base path of the feed family: '' for the site feed, '/articles', '/sources/<id>'. */
  basePath: string
  /** The HTML page this feed belongs to (path). */
  homePath: string
  title: string
  description: string
  entries: readonly FeedEntry[]
  /** Query string of the next (older) page, e.g. `?cursor=…`, when there is one. */
  nextQuery?: string | null
}

export const buildFeedDocument = (site: SiteConfig, spec: FeedSpec): FeedDocument => {
  const entries = [...spec.entries].sort(compareEntries)
  const updated = latestDate(entries.flatMap((e) => [e.published, e.updated])) ?? UNKNOWN_DATE
  const urlsWith = (suffix: string) => ({
    rss: site.siteUrl + feedPath(spec.basePath, 'rss') + suffix,
    atom: site.siteUrl + feedPath(spec.basePath, 'atom') + suffix,
    json: site.siteUrl + feedPath(spec.basePath, 'json') + suffix,
  })
  const selfUrls = urlsWith('')
  return {
    id: site.siteUrl + (spec.homePath === '/' ? '/' : spec.homePath),
    title: spec.title,
    description: spec.description,
    homeUrl: site.siteUrl + spec.homePath,
    selfUrls,
    hubUrl: site.hubUrl,
    nextUrls: spec.nextQuery ? urlsWith(spec.nextQuery) : null,
    language: site.language,
    updated,
    entries,
  }
}
