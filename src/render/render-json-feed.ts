/**
 * @module
 * JSON Feed 1.1. `feed` 6 only writes JSON Feed 1.0 (one `author`, no
 * `language`, `id`/`content_html` sometimes missing, a `date_modified` it
 * invents from the item date), so this format is written here from the same
 * document rather than patched after the fact. Every source of an item is
 * listed in the `_edgewire` extension object. Each item's large text fields go
 * through `jsonString` (see json-string.ts for why); the output is what
 * `JSON.stringify` of the feed object gives, compact (a test holds it).
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
 * Stands in for an item's title, body and summary while the feed object is
 * stringified: JSON.stringify writes it as `"\u0000"`, which nothing else in
 * the output can contain (every text is cleaned of control characters, and
 * URLs percent-encode them).
 */
const HOLE = '\u0000'
const HOLE_JSON = JSON.stringify(HOLE)

/**
 * One item; with `holes`, its title, body and summary are holes to fill.
 * Titles are holes too, though small: typographic quotes make a title a
 * two-byte string, and one two-byte string makes JSON.stringify write the
 * whole skeleton two bytes per character.
 */
const jsonItem = (entry: FeedEntry, holes: boolean) => ({
  id: entry.id,
  url: entry.link,
  title: holes ? HOLE : titleText(entry),
  content_html: holes ? HOLE : clean(entry.contentHtml),
  summary: holes ? HOLE : clean(entry.summary),
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

const feedObject = (doc: FeedDocument, holes: boolean) => ({
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
  items: doc.entries.map((entry) => jsonItem(entry, holes)),
})

/** Holes per item, in output order: title, content_html, summary. */
const HOLES_PER_ITEM = 3

/**
 * The feed object is stringified once with holes for every item's title,
 * `content_html` and `summary`; those are written by `jsonString` (one regex
 * pass, about twice as fast as JSON.stringify on the two-byte strings article
 * texts usually are) and put in the holes, in order, by one join. Compact:
 * feeds are read by programs, and indentation costs time and bytes.
 */
export const renderJsonFeed = (doc: FeedDocument): string => {
  const gaps = JSON.stringify(feedObject(doc, true)).split(HOLE_JSON)
  // Only if a small field were a lone NUL (the cleaning removes them) could holes be mistaken.
  if (gaps.length !== HOLES_PER_ITEM * doc.entries.length + 1)
    return JSON.stringify(feedObject(doc, false))
  const parts: string[] = [gaps[0] as string]
  let gap = 1
  for (const entry of doc.entries) {
    for (const text of [titleText(entry), entry.contentHtml, entry.summary])
      parts.push(jsonString(text), gaps[gap++] as string)
  }
  return parts.join('')
}
