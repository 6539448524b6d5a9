/**
 * @module
 * The format-neutral feed model every renderer reads. Built from the shared
 * schema (articles, stories, their attribution) by `build-feed-document.ts`;
 * rendered to RSS 2.0, Atom 1.0 and JSON Feed 1.1 by one renderer per format.
 */
import type { Author, DateValue, Source } from '../schema/index.ts'

export const FEED_FORMATS = {
  rss: { extension: 'xml', contentType: 'application/rss+xml; charset=utf-8' },
  atom: { extension: 'atom', contentType: 'application/atom+xml; charset=utf-8' },
  json: { extension: 'json', contentType: 'application/feed+json; charset=utf-8' },
} as const

export type FeedFormat = keyof typeof FEED_FORMATS

export const isFeedFormat = (value: string): value is FeedFormat =>
  Object.hasOwn(FEED_FORMATS, value)

/** One outlet's report of the item: who, where, when. */
export type FeedCoverage = {
  source: Source
  /** The outlet's URL for this report, when known. */
  url: string | null
  published: DateValue | null
  /** Our RSS feed of this outlet, used when the outlet publishes none we know. */
  sourceFeedUrl: string
}

export type FeedEntry = {
  /** The article or story id the entry stands for (32 hex). */
  key: string
  /** The same `urn:uuid:` id in every format. */
  id: string
  /** Plain text, never markup. */
  title: string
  /** Where the item points: the outlet's URL when known, else our page for it. */
  link: string
  /** Our page for the item. */
  permalink: string
  /** Plain-text summary. */
  summary: string
  /**
   * The safe HTML body, attribution included, as the pieces it is made of
   * (the article's body, a line break, the attribution; no surrogate pair is
   * split between two): the JSON writer escapes them piece by piece, without
   * first copying every piece into one string (`contentHtml` joins them).
   */
  contentParts: readonly string[]
  published: DateValue | null
  updated: DateValue | null
  authors: readonly Author[]
  categories: readonly string[]
  language: string | null
  /** The lead outlet first, then every other outlet that reported it. */
  coverage: readonly [FeedCoverage, ...FeedCoverage[]]
}

export type FeedDocument = {
  /** Feed-level id: an absolute URL of the feed's home. */
  id: string
  title: string
  description: string
  /** The HTML page this feed belongs to. */
  homeUrl: string
  /** This feed's own URL in each format. */
  selfUrls: Record<FeedFormat, string>
  /** WebSub hub, advertised as rel="hub" when set. */
  hubUrl: string | null
  /** Next (older) page in each format for RFC 5005 paging, when there is one. */
  nextUrls: Record<FeedFormat, string> | null
  /** Previous (newer) page in each format, when this is not the first page. */
  previousUrls: Record<FeedFormat, string> | null
  language: string
  /** Square 512 px icon (JSON Feed `icon`, Atom `logo`, RSS `image`) and small favicon. */
  iconUrl: string
  faviconUrl: string
  /** Newest change among the entries; never "now", so the same input gives the same bytes. */
  updated: Date
  entries: readonly FeedEntry[]
}
