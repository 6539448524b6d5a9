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
 * `feed` writes item titles as CDATA and splits only the first `]]>` in it, so
 * a title holding two would end the section early. Each title goes in as a
 * private-use marker (inputs are stripped of U+E000), replaced by a CDATA
 * section with every `]]>` split.
 */
const MARK = '\uE000'
const titleMarker = (index: number) => `${MARK}t${index}${MARK}`
const TITLE_SLOT = new RegExp(`<title><!\\[CDATA\\[${MARK}t(\\d+)${MARK}\\]\\]></title>`, 'g')

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

  doc.entries.forEach((entry, index) => {
    const published = publishedDate(entry)
    feed.addItem({
      title: titleMarker(index),
      id: entry.id,
      link: entry.link,
      date: published ?? updatedDate(entry),
      description: textAsHtml(entry.summary),
      content: htmlForCdata(entry.contentHtml),
      category: entry.categories.map((name) => ({ name: clean(name) })),
      extensions: rssItemExtensions(entry),
    })
  })
  const titles = doc.entries.map(
    (entry) => `<title><![CDATA[${titleText(entry).replaceAll(']]>', ']]]]><![CDATA[>')}]]></title>`
  )
  // One pass over the body: titles into their slots, and (only if needed) unknown dates out.
  const slots = doc.entries.some((e) => !e.published && !e.updated)
    ? TITLE_OR_UNKNOWN_DATE
    : TITLE_SLOT
  return feed
    .rss2()
    .replace(slots, (_slot, index?: string) =>
      index === undefined ? '' : (titles[Number(index)] ?? '')
    )
}

/** `feed` requires a date per item; an unknown one is left out rather than shown as 1970. */
const TITLE_OR_UNKNOWN_DATE = new RegExp(
  `${TITLE_SLOT.source}|\\n[ \\t]*<pubDate>${escapeHtml(UNKNOWN_DATE.toUTCString())}</pubDate>`,
  'g'
)
