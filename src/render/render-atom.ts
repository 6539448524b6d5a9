/**
 * @module
 * Atom 1.0 through `feed`, wrapped. `feed` marks titles `type="html"` without
 * escaping them, writes categories without `term`, leaves `<` unescaped in
 * attributes and has no `<source>`, related links or paging links. So titles
 * and summaries go in HTML-escaped, and each entry's `<rights>` slot carries a
 * private-use marker that is replaced by our own, escaped XML for everything
 * `feed` lacks. Inputs are stripped of U+E000, so a marker cannot be forged.
 */
import { Feed } from 'feed'
import { escapeHtml } from '../schema/index.ts'
import {
  clean,
  creditedAuthors,
  htmlForCdata,
  otherCoverage,
  outletName,
  publishedDate,
  textAsHtml,
  titleText,
  updatedDate,
} from './entry-fields.ts'
import type { FeedDocument, FeedEntry } from './feed-document.ts'
import { GENERATOR } from './render-rss.ts'

const MARK = '\uE000'
const FEED_MARKER = `${MARK}feed${MARK}`
const entryMarker = (index: number) => `${MARK}${index}${MARK}`

const el = (name: string, text: string) => `<${name}>${escapeHtml(clean(text))}</${name}>`
const link = (attrs: Record<string, string>) =>
  `<link ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${escapeHtml(clean(v))}"`)
    .join(' ')}/>`
const person = (tag: 'author' | 'contributor', name: string, uri: string | null) =>
  `<${tag}>${el('name', name)}${uri ? el('uri', uri) : ''}</${tag}>`

/** What `feed` cannot write for one entry: categories, related coverage, contributors, source. */
const entryExtras = (entry: FeedEntry): string[] => {
  const lead = entry.coverage[0]
  const parts = entry.categories.map((c) => `<category term="${escapeHtml(clean(c))}"/>`)
  for (const other of otherCoverage(entry)) {
    if (other.url)
      parts.push(link({ rel: 'related', href: other.url, title: outletName(other.source.name) }))
  }
  for (const other of otherCoverage(entry)) {
    parts.push(person('contributor', outletName(other.source.name), other.source.homepage))
  }
  const sourceFeed = lead.source.feedUrl ?? lead.sourceFeedUrl
  const sourceParts = [
    el('id', sourceFeed),
    el('title', outletName(lead.source.name)),
    el('updated', updatedDate(entry).toISOString()),
    ...(lead.source.homepage ? [link({ rel: 'alternate', href: lead.source.homepage })] : []),
    link({ rel: 'self', href: sourceFeed }),
  ]
  parts.push(`<source>${sourceParts.join('')}</source>`)
  return parts
}

/** What `feed` cannot write at feed level: RFC 5005 paging. */
const feedExtras = (doc: FeedDocument): string[] => [
  ...(doc.previousUrls
    ? [link({ rel: 'previous', href: doc.previousUrls.atom, type: 'application/atom+xml' })]
    : []),
  ...(doc.nextUrls
    ? [link({ rel: 'next', href: doc.nextUrls.atom, type: 'application/atom+xml' })]
    : []),
]

export const renderAtom = (doc: FeedDocument): string => {
  const feed = new Feed({
    id: doc.id,
    title: clean(doc.title),
    description: clean(doc.description),
    link: doc.homeUrl,
    updated: doc.updated,
    generator: GENERATOR,
    image: doc.iconUrl,
    favicon: doc.faviconUrl,
    author: { name: clean(doc.title), link: doc.homeUrl },
    feedLinks: { atom: doc.selfUrls.atom },
    ...(doc.hubUrl ? { hub: doc.hubUrl } : {}),
    copyright: FEED_MARKER,
  })
  doc.entries.forEach((entry, index) => {
    const published = publishedDate(entry)
    feed.addItem({
      title: escapeHtml(titleText(entry)),
      id: entry.id,
      link: entry.link,
      date: updatedDate(entry),
      ...(published ? { published } : {}),
      description: textAsHtml(entry.summary),
      content: htmlForCdata(entry.contentHtml),
      author: creditedAuthors(entry).map((a) => ({
        name: a.name,
        ...(a.url ? { link: a.url } : {}),
      })),
      copyright: entryMarker(index),
    })
  })
  const extras = doc.entries.map(entryExtras)
  const xml = feed
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(doc.language)}">`
    )
  return fillMarkerSlots(xml, (key) =>
    key === 'feed' ? feedExtras(doc) : (extras[Number(key)] ?? [])
  )
}

const SLOT_OPEN = `<rights>${MARK}`
const SLOT_CLOSE = `${MARK}</rights>`

/**
 * Replaces each `<rights>` marker slot, and the indentation before it, with
 * its fragments at that indentation. String search, not a regex over the
 * whole body: slots are few and the body is large.
 */
const fillMarkerSlots = (xml: string, fragmentsFor: (key: string) => string[]): string => {
  const parts: string[] = []
  let from = 0
  for (let open = xml.indexOf(SLOT_OPEN); open >= 0; open = xml.indexOf(SLOT_OPEN, from)) {
    const close = xml.indexOf(SLOT_CLOSE, open)
    const lineStart = xml.lastIndexOf('\n', open)
    const indent = xml.slice(lineStart, open)
    parts.push(xml.slice(from, lineStart))
    for (const fragment of fragmentsFor(xml.slice(open + SLOT_OPEN.length, close)))
      parts.push(indent, fragment)
    from = close + SLOT_CLOSE.length
  }
  parts.push(xml.slice(from))
  return parts.join('')
}
