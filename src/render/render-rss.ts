/**
 * @module
 * RSS 2.0 through `feed`, wrapped: inputs are cleaned of XML-illegal
 * characters, authors go out as `dc:creator` (RSS `<author>` requires an
 * e-mail), each item names its lead outlet in `<source url>`, and channel
 * `atom:link`s carry self, hub and next (RFC 5005) in one place.
 */
import { Feed } from 'feed'
import { escapeHtml } from '../schema/index.ts'
import {
  clean,
  creditedAuthors,
  htmlForCdata,
  outletName,
  publishedDate,
  textAsHtml,
  titleText,
  updatedDate,
} from './entry-fields.ts'
import { UNKNOWN_DATE } from './feed-dates.ts'
import type { FeedDocument, FeedEntry } from './feed-document.ts'

export const GENERATOR = 'Edgewire'

/**
 * `feed` writes item titles as CDATA, and xml-js splits only the first `]]>`
 * of a CDATA text. Splitting every later one here leaves exactly the first for
 * xml-js, so the section is right however many there are, with no pass over
 * the rendered body. (Pinned: feed 6.0.0 / xml-js 1.6.11; the fuzz tests hold it.)
 */
export const titleForCdata = (title: string): string => {
  const first = title.indexOf(']]>')
  if (first < 0) return title
  const rest = title.slice(first + 3).replaceAll(']]>', ']]]]><![CDATA[>')
  return `${title.slice(0, first + 3)}${rest}`
}

/** xml-js escapes only quotes in attributes; `&` and `<` are ours to escape. */
const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** xml-js writes an array as repeated elements; `feed` types extension objects as one record. */
const repeated = (elements: readonly object[]) => elements as unknown as Record<string, unknown>

const rssItemExtensions = (entry: FeedEntry) => {
  const lead = entry.coverage[0]
  return [
    {
      name: 'dc:creator',
      objects: repeated(creditedAuthors(entry).map((a) => ({ _text: a.name }))),
    },
    {
      name: 'source',
      objects: {
        _attributes: { url: attr(lead.source.feedUrl ?? lead.sourceFeedUrl) },
        _text: outletName(lead.source.name),
      },
    },
  ]
}

export const renderRss = (doc: FeedDocument): string => {
  const feed = new Feed({
    id: doc.id,
    title: clean(doc.title),
    description: clean(doc.description),
    link: doc.homeUrl,
    language: doc.language,
    updated: doc.updated,
    generator: GENERATOR,
    image: doc.iconUrl,
    docs: 'https://www.rssboard.org/rss-specification',
    feedLinks: { rss: doc.selfUrls.rss },
  })
  const channelLinks: { _attributes: Record<string, string> }[] = [
    { _attributes: { href: attr(doc.selfUrls.rss), rel: 'self', type: 'application/rss+xml' } },
  ]
  if (doc.hubUrl) channelLinks.push({ _attributes: { href: attr(doc.hubUrl), rel: 'hub' } })
  if (doc.previousUrls) {
    channelLinks.push({
      _attributes: {
        href: attr(doc.previousUrls.rss),
        rel: 'previous',
        type: 'application/rss+xml',
      },
    })
  }
  if (doc.nextUrls) {
    channelLinks.push({
      _attributes: { href: attr(doc.nextUrls.rss), rel: 'next', type: 'application/rss+xml' },
    })
  }
  // Replaces the channel's own atom:link (same key, same position) so all links sit together.
  feed.addExtension({ name: 'atom:link', objects: repeated(channelLinks) })

  for (const entry of doc.entries) {
    const published = publishedDate(entry)
    feed.addItem({
      title: titleForCdata(titleText(entry)),
      id: entry.id,
      link: entry.link,
      date: published ?? updatedDate(entry),
      description: textAsHtml(entry.summary),
      content: htmlForCdata(entry.contentHtml),
      category: entry.categories.map((name) => ({ name: clean(name) })),
      extensions: rssItemExtensions(entry),
    })
  }
  const xml = feed.rss2()
  // `feed` needs a date per item; only when one is unknown is the body searched to drop it.
  return doc.entries.some((e) => !e.published && !e.updated)
    ? xml.replace(UNKNOWN_PUB_DATE, '')
    : xml
}

/** An unknown date is left out rather than shown as 1970. */
const UNKNOWN_PUB_DATE = new RegExp(
  `\\n[ \\t]*<pubDate>${escapeHtml(UNKNOWN_DATE.toUTCString())}</pubDate>`,
  'g'
)
