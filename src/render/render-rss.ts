/**
 * @module
 * RSS 2.0: `feed` writes the channel, and the items are written here. Items
 * are where every defect of `feed` lies (authors as `<author>` without an
 * e-mail, no `<source>` or `dc:creator`, a CDATA writer that splits only the
 * first `]]>`), and its serializer (xml-js) alone costs more per item than the
 * 1.3x-of-raw-`feed` render budget (issue #5) allows once attribution is
 * added: so items are plain escaped templates in the same layout. Inputs are
 * cleaned of XML-illegal characters; authors go out as `dc:creator`; each item
 * names its lead outlet in `<source url>`; channel `atom:link`s carry self,
 * hub and paging (RFC 5005) in one place.
 */
import { Feed } from 'feed'
import {
  clean,
  contentHtml,
  creditedAuthors,
  htmlForCdata,
  linkHref,
  outletName,
  publishedDate,
  textAsHtml,
  titleText,
} from './entry-fields.ts'
import { entryUpdated } from './feed-dates.ts'
import type { FeedDocument, FeedEntry } from './feed-document.ts'
import {
  cdata,
  insertBeforeClosing,
  line,
  rssPlainText,
  textLine,
  xmlAttr,
  xmlText,
} from './xml-markup.ts'

export const GENERATOR = 'Edgewire'

/** xml-js writes an array as repeated elements; `feed` types extension objects as one record. */
const repeated = (elements: readonly object[]) => elements as unknown as Record<string, unknown>

/** One `<item>`, in the element order `feed` uses. An unknown date is left out, never 1970. */
const rssItem = (entry: FeedEntry): string => {
  const title = titleText(entry)
  const date = publishedDate(entry) ?? entryUpdated(entry)
  const summary = textAsHtml(entry.summary)
  const lead = entry.coverage[0]
  let item = line(2, '<item>')
  if (title) item += line(3, `<title>${cdata(title)}</title>`)
  item += textLine(3, 'link', linkHref(entry.link))
  item += line(3, `<guid isPermaLink="false">${xmlText(entry.id)}</guid>`)
  if (date) item += textLine(3, 'pubDate', date.toUTCString())
  if (summary) item += line(3, `<description>${cdata(summary)}</description>`)
  item += line(3, `<content:encoded>${cdata(htmlForCdata(contentHtml(entry)))}</content:encoded>`)
  for (const category of entry.categories)
    item += textLine(3, 'category', clean(category), rssPlainText)
  for (const author of creditedAuthors(entry))
    item += textLine(3, 'dc:creator', author.name, rssPlainText)
  const sourceUrl = xmlAttr(lead.source.feedUrl ?? lead.sourceFeedUrl)
  const sourceName = rssPlainText(outletName(lead.source.name))
  item += line(3, `<source url="${sourceUrl}">${sourceName}</source>`)
  return item + line(2, '</item>')
}

const ITEM_NAMESPACES =
  ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'

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
    { _attributes: { href: xmlAttr(doc.selfUrls.rss), rel: 'self', type: 'application/rss+xml' } },
  ]
  if (doc.hubUrl) channelLinks.push({ _attributes: { href: xmlAttr(doc.hubUrl), rel: 'hub' } })
  if (doc.previousUrls) {
    channelLinks.push({
      _attributes: {
        href: xmlAttr(doc.previousUrls.rss),
        rel: 'previous',
        type: 'application/rss+xml',
      },
    })
  }
  if (doc.nextUrls) {
    channelLinks.push({
      _attributes: { href: xmlAttr(doc.nextUrls.rss), rel: 'next', type: 'application/rss+xml' },
    })
  }
  // xml-js escapes only quotes in attribute values, so they go in escaped (xmlAttr).
  // Replaces the channel's own atom:link (same key, same position) so all links sit together.
  feed.addExtension({ name: 'atom:link', objects: repeated(channelLinks) })

  const shell = feed.rss2()
  if (doc.entries.length === 0) return shell
  return insertBeforeClosing(
    shell.replace('<rss version="2.0"', `<rss version="2.0"${ITEM_NAMESPACES}`),
    '</channel>',
    doc.entries.map(rssItem).join('')
  )
}
