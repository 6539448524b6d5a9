/**
 * @module
 * Shared-schema records → the format-neutral feed document. Pure: the site's
 * settings come in as a parameter, never from bindings.
 */
import {
  type Article,
  type DistinctArticle,
  escapeHtml,
  feedItemUrn,
  type Source,
  type StoryAttribution,
} from '../schema/index.ts'
import { newestEntryDate, toDate, UNKNOWN_DATE } from './feed-dates.ts'
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

/** Where the site's icons are served (see src/render/site-icon.ts). */
export const ICON_PATH = '/icon.png'
export const FAVICON_PATH = '/favicon.png'

export const articlePagePath = (articleId: string): string => `/articles/${articleId}`
export const storyPagePath = (storyId: string): string => `/stories/${storyId}`
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

type EntryContent = {
  id: string
  permalink: string
  article: Article
  coverage: readonly FeedCoverage[]
}

/**
 * One credit per outlet, its first report in coverage order: an outlet with
 * three reports in a story is credited once ("Also reported by Val", not
 * "Val, Val, Val"), and the lead's outlet is not listed again among the others.
 */
const perOutlet = (coverage: readonly FeedCoverage[]): FeedCoverage[] => {
  const seen = new Set<string>()
  return coverage.filter((c) => {
    if (seen.has(c.source.id)) return false
    seen.add(c.source.id)
    return true
  })
}

const entryOf = ({ id, permalink, article, coverage: reports }: EntryContent): FeedEntry => {
  const coverage = perOutlet(reports)
  const [lead, ...others] = coverage
  if (!lead) throw new Error(`entry ${id} has no coverage`)
  const attribution = attributionHtml(coverage)
  return {
    key: id,
    id: feedItemUrn(id),
    title: article.title,
    link: article.url ?? permalink,
    permalink,
    summary: article.summary,
    contentParts: [article.html, '\n', attribution],
    published: article.published,
    updated: article.updated,
    authors: article.authors,
    categories: article.tags,
    language: article.language,
    coverage: [lead, ...others],
  }
}

/** One distinct article as one entry: its outlet first, then every outlet that republished it. */
export const articleEntry = (site: SiteConfig, distinct: DistinctArticle): FeedEntry =>
  entryOf({
    id: distinct.id,
    permalink: site.siteUrl + articlePagePath(distinct.id),
    article: distinct.article,
    coverage: distinct.sightings.map((s) => coverageOf(site, s)),
  })

/** One story as one entry: the lead article's title and summary, then every other outlet's report. */
export const storyEntry = (
  site: SiteConfig,
  story: { attribution: StoryAttribution; lead: DistinctArticle }
): FeedEntry => {
  const entry = entryOf({
    id: story.attribution.storyId,
    permalink: site.siteUrl + storyPagePath(story.attribution.storyId),
    article: story.lead.article,
    coverage: [story.attribution.lead, ...story.attribution.coverage].map((c) =>
      coverageOf(site, c)
    ),
  })
  // A story changes when coverage joins it: the newest report dates the entry.
  const newest = [story.attribution.lead, ...story.attribution.coverage]
    .map((c) => c.published)
    .reduce<Article['published']>((a, b) => (b && (!a || toDateMs(b) > toDateMs(a)) ? b : a), null)
  return newest && entry.published && toDateMs(newest) > toDateMs(entry.published)
    ? { ...entry, updated: newest }
    : entry
}

const toDateMs = (d: NonNullable<Article['published']>) => toDate(d).getTime()

export type FeedSpec = {
  /** Base path of the feed family: '' for the site feed, '/articles', '/sources/<id>'. */
  basePath: string
  /** The HTML page this feed belongs to (path). */
  homePath: string
  title: string
  description: string
  /** In the order they are to appear (newest first). */
  entries: readonly FeedEntry[]
  /** Query string of the next (older) page, e.g. `?cursor=…`, when there is one. */
  nextQuery?: string | null
  /** Query string of the previous (newer) page, when this is not the first page. */
  previousQuery?: string | null
  /** Query string of this page ('' for the plain feed), so self links match what was fetched. */
  selfQuery?: string
  /**
   * When the feed's content last changed if `entries` is empty (a search or a
   * `since` that matches nothing): the newest date of the whole feed, say.
   * Without it, and with no entries, the feed is dated to the epoch.
   */
  updatedWhenEmpty?: Date | null
}

export const buildFeedDocument = (site: SiteConfig, spec: FeedSpec): FeedDocument => {
  const entries = spec.entries
  const updated = newestEntryDate(entries) ?? spec.updatedWhenEmpty ?? UNKNOWN_DATE
  const urlsWith = (suffix: string) => ({
    rss: site.siteUrl + feedPath(spec.basePath, 'rss') + suffix,
    atom: site.siteUrl + feedPath(spec.basePath, 'atom') + suffix,
    json: site.siteUrl + feedPath(spec.basePath, 'json') + suffix,
  })
  const selfUrls = urlsWith(spec.selfQuery ?? '')
  return {
    id: site.siteUrl + (spec.homePath === '/' ? '/' : spec.homePath),
    title: spec.title,
    description: spec.description,
    homeUrl: site.siteUrl + spec.homePath,
    selfUrls,
    hubUrl: site.hubUrl,
    nextUrls: spec.nextQuery ? urlsWith(spec.nextQuery) : null,
    previousUrls: spec.previousQuery != null ? urlsWith(spec.previousQuery) : null,
    language: site.language,
    iconUrl: `${site.siteUrl}${ICON_PATH}`,
    faviconUrl: `${site.siteUrl}${FAVICON_PATH}`,
    updated,
    entries,
  }
}
