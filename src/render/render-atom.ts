/**
 * @module
 * Atom 1.0: `feed` writes the feed element, and the entries are written here,
 * for the reasons given in render-rss.ts (xml-js's cost per entry, and the
 * defects of `feed` that are all per entry: titles marked `type="html"` but not
 * escaped, categories without `term`, no `<source>`, related links or
 * contributors). The paging links `feed` cannot write go into its `<rights>`
 * slot through a private-use marker; inputs are stripped of U+E000, so a
 * marker cannot be forged.
 */
import { Feed } from 'feed'
import { escapeHtml } from '../schema/index.ts'
import {
  clean,
  contentHtml,
  creditedAuthors,
  htmlForCdata,
  linkHref,
  otherCoverage,
  outletName,
  publishedDate,
  textAsHtml,
  titleText,
  updatedDate,
} from './entry-fields.ts'
import type { FeedDocument, FeedEntry } from './feed-document.ts'
import { GENERATOR } from './render-rss.ts'
import { cdata, insertBeforeClosing, line, textLine, xmlAttr } from './xml-markup.ts'

const MARK = '\uE000'
const FEED_MARKER = `${MARK}feed${MARK}`

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

/** One `<entry>`, in the element order `feed` uses, then what `feed` lacks. */
const atomEntry = (entry: FeedEntry): string => {
  const published = publishedDate(entry)
  const summary = textAsHtml(entry.summary)
  let xml = line(1, '<entry>')
  xml += line(2, `<title type="html">${cdata(escapeHtml(titleText(entry)))}</title>`)
  xml += textLine(2, 'id', entry.id)
  xml += line(2, `<link href="${xmlAttr(linkHref(entry.link))}"/>`)
  xml += textLine(2, 'updated', updatedDate(entry).toISOString())
  if (summary) xml += line(2, `<summary type="html">${cdata(summary)}</summary>`)
  xml += line(2, `<content type="html">${cdata(htmlForCdata(contentHtml(entry)))}</content>`)
  for (const author of creditedAuthors(entry)) {
    xml += line(2, '<author>') + textLine(3, 'name', author.name)
    if (author.url) xml += textLine(3, 'uri', linkHref(author.url))
    xml += line(2, '</author>')
  }
  if (published) xml += textLine(2, 'published', published.toISOString())
  for (const extra of entryExtras(entry)) xml += line(2, extra)
  return xml + line(1, '</entry>')
}

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
  const shell = fillFeedSlot(
    feed
      .atom1()
      .replace(
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(doc.language)}">`
      ),
    feedExtras(doc)
  )
  return insertBeforeClosing(shell, '</feed>', doc.entries.map(atomEntry).join(''))
}

const FEED_SLOT = `<rights>${FEED_MARKER}</rights>`

/** Replaces the feed's `<rights>` marker line with the fragments, one per line at its indentation. */
const fillFeedSlot = (xml: string, fragments: readonly string[]): string => {
  const slot = xml.indexOf(FEED_SLOT)
  if (slot < 0) throw new Error('feed shell has no marker slot')
  const lineStart = xml.lastIndexOf('\n', slot)
  const indent = xml.slice(lineStart, slot)
  return (
    xml.slice(0, lineStart) +
    fragments.map((f) => indent + f).join('') +
    xml.slice(slot + FEED_SLOT.length)
  )
}
