/**
 * @module
 * JSON Feed 1.1. `feed` 6 only writes JSON Feed 1.0 (one `author`, no
 * `language`, `id`/`content_html` sometimes missing, a `date_modified` it
 * invents from the item date), so this format is written here from the same
 * document rather than patched after the fact. Every source of an item is
 * listed in the `_edgewire` extension object.
 */
import type { DateValue } from '../schema/index.ts'
import { clean, creditedAuthors, outletName, publishedDate, titleText } from './entry-fields.ts'
import { toDate } from './feed-dates.ts'
import type { FeedCoverage, FeedDocument, FeedEntry } from './feed-document.ts'

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

const iso = (date: DateValue | null): string | undefined =>
  date ? toDate(date).toISOString() : undefined

const coverageObject = (coverage: FeedCoverage, role: 'lead' | 'also') => ({
  role,
  source_id: coverage.source.id,
  name: outletName(coverage.source.name),
  home_page_url: coverage.source.homepage ?? undefined,
  feed_url: coverage.source.feedUrl ?? coverage.sourceFeedUrl,
  url: coverage.url ?? undefined,
  date_published: iso(coverage.published),
  date_precision: coverage.published?.precision,
})

const jsonItem = (entry: FeedEntry) => {
  const published = publishedDate(entry)
  return {
    id: entry.id,
    url: entry.link,
    title: titleText(entry),
    content_html: clean(entry.contentHtml),
    summary: clean(entry.summary),
    date_published: published?.toISOString(),
    date_modified: iso(entry.updated),
    authors: creditedAuthors(entry).map((a) => ({ name: a.name, url: a.url ?? undefined })),
    tags: entry.categories.length > 0 ? entry.categories.map(clean) : undefined,
    language: entry.language ?? undefined,
    _edgewire: {
      permalink: entry.permalink,
      date_precision: entry.published?.precision,
      sources: entry.coverage.map((c, i) => coverageObject(c, i === 0 ? 'lead' : 'also')),
    },
  }
}

export const renderJsonFeed = (doc: FeedDocument): string =>
  JSON.stringify(
    {
      version: JSON_FEED_VERSION,
      title: clean(doc.title),
      home_page_url: doc.homeUrl,
      feed_url: doc.selfUrls.json,
      description: clean(doc.description),
      icon: doc.iconUrl,
      favicon: doc.faviconUrl,
      language: doc.language,
      authors: [{ name: clean(doc.title), url: doc.homeUrl }],
      hubs: doc.hubUrl ? [{ type: 'WebSub', url: doc.hubUrl }] : undefined,
      next_url: doc.nextUrls?.json,
      _edgewire: {
        about: `${doc.homeUrl.replace(/\/$/, '')}/#edgewire-extension`,
        updated: doc.updated.toISOString(),
      },
      items: doc.entries.map(jsonItem),
    }
    // Compact: feeds are read by programs, and indentation costs time and bytes on every render.
  )
