/**
 * @module
 * JSON Feed 1.1. `feed` 6 only writes JSON Feed 1.0 (one `author`, no
 * `language`, `id`/`content_html` sometimes missing, a `date_modified` it
 * invents from the item date), so this format is written here from the same
 * document rather than patched after the fact. Every source of an item is
 * listed in the `_edgewire` extension object. Each item's large text fields go
 * through `appendJsonStringContent` (see json-string.ts for why); the output
 * is what `JSON.stringify` of the feed object gives, compact (a test holds it).
 */
import type { DateValue } from '../schema/index.ts'
import { clean, contentHtml, creditedAuthors, outletName, titleText } from './entry-fields.ts'
import { isoString } from './feed-dates.ts'
import type { FeedCoverage, FeedDocument, FeedEntry } from './feed-document.ts'
import { appendJsonStringContent } from './json-string.ts'

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
 * Stands in for an item's title, body and summary while the items are
 * stringified, and for the items while the rest of the feed is: JSON.stringify
 * writes it as `"\u0000"`, which nothing else in the output can contain
 * (every text is cleaned of control characters, and URLs percent-encode them).
 */
const HOLE = '\u0000'
const HOLE_JSON = JSON.stringify(HOLE)
/**
 * Item skeletons are split at the hole's escape inside its quotes, so each
 * gap keeps the quotes around the text that fills it. A backslash, which the
 * escape begins with, is rare in a skeleton, so the search is quick. A small
 * field holding the text `\u0000` is written `\\u0000`, which has it too: the
 * count of gaps tells (see appendItems).
 */
const HOLE_ESCAPE = HOLE_JSON.slice(1, -1)

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
  content_html: holes ? HOLE : clean(contentHtml(entry)),
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

/** The feed with the given `items` value. */
const feedObject = (doc: FeedDocument, items: readonly unknown[]) => ({
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
  items,
})

/**
 * What fills an item's holes, in output order: title, content_html (the
 * pieces it is concatenated from, escaped one by one), summary.
 */
const holeTexts = (entry: FeedEntry): (readonly string[])[] => [
  [titleText(entry)],
  entry.contentParts,
  [entry.summary],
]
const HOLES_PER_ITEM = 3

/**
 * Items per JSON.stringify call. A skeleton past V8's large-object size
 * (128 KiB, which ~100 items with a few outlets each pass) is given fresh
 * pages every render, whose page faults cost more than stringifying in
 * several calls; 32 items (~45 KB of skeleton) stay well under it.
 */
const ITEMS_PER_CHUNK = 32

/**
 * Appends `entries` to `parts`: their skeleton, stringified in one call with
 * holes for every title, `content_html` and `summary`, and between its gaps
 * those texts as slices between escapes (appendJsonStringContent: one regex
 * scan each, about twice as fast as JSON.stringify on the two-byte strings
 * article texts usually are). False when a small field made gaps of its own.
 */
const appendItems = (parts: string[], entries: readonly FeedEntry[]): boolean => {
  // Without the array's brackets: the chunks follow one another in one array.
  const skeleton = JSON.stringify(entries.map((entry) => jsonItem(entry, true))).slice(1, -1)
  const gaps = skeleton.split(HOLE_ESCAPE)
  if (gaps.length !== HOLES_PER_ITEM * entries.length + 1) return false
  parts.push(gaps[0] as string)
  let gap = 1
  for (const entry of entries) {
    for (const texts of holeTexts(entry)) {
      for (const text of texts) appendJsonStringContent(parts, text)
      parts.push(gaps[gap++] as string)
    }
  }
  return true
}

/** The whole feed in one JSON.stringify: what the holes are filled to give, and the fallback. */
const stringifiedWhole = (doc: FeedDocument): string => {
  const items = doc.entries.map((entry) => jsonItem(entry, false))
  return JSON.stringify(feedObject(doc, items))
}

/**
 * The feed around a hole for its items, then the items chunk by chunk, and
 * one join that copies every piece once. Compact: feeds are read by
 * programs, and indentation costs time and bytes.
 */
export const renderJsonFeed = (doc: FeedDocument): string => {
  const shell = JSON.stringify(feedObject(doc, [HOLE])).split(HOLE_JSON)
  const parts: string[] = [shell[0] as string]
  // Only a field holding a NUL (texts are cleaned of them) or the text `\u0000` adds gaps.
  let holesMatch = shell.length === 2
  for (let from = 0; holesMatch && from < doc.entries.length; from += ITEMS_PER_CHUNK) {
    if (from > 0) parts.push(',')
    holesMatch = appendItems(parts, doc.entries.slice(from, from + ITEMS_PER_CHUNK))
  }
  if (!holesMatch) return stringifiedWhole(doc)
  parts.push(shell[1] as string)
  return parts.join('')
}
