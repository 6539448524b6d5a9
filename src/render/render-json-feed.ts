/**
 * @module
 * JSON Feed 1.1. `feed` 6 only writes JSON Feed 1.0 (one `author`, no
 * `language`, `id`/`content_html` sometimes missing, a `date_modified` it
 * invents from the item date), so this format is written here from the same
 * document rather than patched after the fact. Every source of an item is
 * listed in the `_edgewire` extension object. Each item's large text fields go
 * through `jsonString` (see json-string.ts for why); the output is what
 * `JSON.stringify` of the feed object gives, compact.
 */
import type { DateValue } from '../schema/index.ts'
import { clean, creditedAuthors, outletName, titleText } from './entry-fields.ts'
import { isoString } from './feed-dates.ts'
import type { FeedCoverage, FeedDocument, FeedEntry } from './feed-document.ts'
import { jsonString } from './json-string.ts'

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

const iso = (date: DateValue | null): string | undefined => (date ? isoString(date) : undefined)

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

/**
 * One item. The two large fields are written by `jsonString`; the small ones
 * by one JSON.stringify before and one after them (fewer calls is cheaper),
 * spliced so the keys come in the item's documented order.
 */
const jsonItem = (entry: FeedEntry): string => {
  const head = JSON.stringify({ id: entry.id, url: entry.link, title: titleText(entry) })
  const tail = JSON.stringify({
    date_published: iso(entry.published),
    date_modified: iso(entry.updated),
    authors: creditedAuthors(entry).map((a) => ({ name: a.name, url: a.url ?? undefined })),
    tags: entry.categories.length > 0 ? entry.categories.map(clean) : undefined,
    language: entry.language ?? undefined,
    _edgewire: {
      permalink: entry.permalink,
      date_precision: entry.published?.precision,
      sources: entry.coverage.map((c, i) => coverageObject(c, i === 0 ? 'lead' : 'also')),
    },
  })
  // head is `{…}` without its `}`; tail always has members (authors, _edgewire), so `,` + its body.
  return `${head.slice(0, -1)},"content_html":${jsonString(entry.contentHtml)},"summary":${jsonString(entry.summary)},${tail.slice(1)}`
}

/** Where the items go in the feed object's JSON: its last member, written last. */
const ITEMS_SLOT = '"items":[]}'

export const renderJsonFeed = (doc: FeedDocument): string => {
  const head = JSON.stringify({
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
    items: [],
    // Compact: feeds are read by programs, and indentation costs time and bytes on every render.
  })
  return `${head.slice(0, -ITEMS_SLOT.length)}"items":[${doc.entries.map(jsonItem).join(',')}]}`
}
