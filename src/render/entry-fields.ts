/**
 * @module
 * Per-entry values every renderer writes the same way, so the three formats
 * agree item by item.
 */
import { escapeHtml, stripXmlIllegal, UNKNOWN_SOURCE } from '../schema/index.ts'
import { entryUpdated, toDate, UNKNOWN_DATE } from './feed-dates.ts'
import type { FeedCoverage, FeedEntry } from './feed-document.ts'

/**
 * Who to credit as author: the byline when known, else the lead outlet. A name
 * left blank once XML-illegal characters are removed names nobody: Atom and
 * JSON Feed need a name, so such an author is dropped (the outlet stands in).
 */
export const creditedAuthors = (entry: FeedEntry): { name: string; url: string | null }[] => {
  const named = entry.authors
    .map((a) => ({ name: clean(a.name), url: a.url }))
    .filter((a) => a.name.trim() !== '')
  if (named.length > 0) return named
  const outlet = entry.coverage[0].source
  return [{ name: outletName(outlet.name), url: outlet.homepage }]
}

/** An outlet's name as the feeds write it; one that is blank once cleaned is unknown. */
export const outletName = (name: string): string => {
  const cleaned = clean(name)
  return cleaned.trim() === '' ? UNKNOWN_SOURCE.name : cleaned
}

/** Every outlet but the lead. */
export const otherCoverage = (entry: FeedEntry): readonly FeedCoverage[] => entry.coverage.slice(1)

export const publishedDate = (entry: FeedEntry): Date | null =>
  entry.published ? toDate(entry.published) : null

/** Atom requires an updated time on every entry; unknown stays visibly unknown (the epoch). */
export const updatedDate = (entry: FeedEntry): Date => entryUpdated(entry) ?? UNKNOWN_DATE

/**
 * An entry's title as every format writes it: plain text on one line. XML
 * parsers turn a CR into LF, so a line break would make the formats disagree.
 */
export const titleText = (entry: FeedEntry): string =>
  clean(entry.title).replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ')

/** Plain text safe for any XML or JSON field. */
/** The entry's HTML body, attribution included, as one string. */
export const contentHtml = (entry: FeedEntry): string => entry.contentParts.join('')

export const clean = (text: string): string => stripXmlIllegal(text)

/**
 * Safe HTML for one CDATA section: in HTML, `]]&gt;` means the same as `]]>`
 * (in text and in attribute values alike), so the body needs no split section.
 */
export const htmlForCdata = (html: string): string =>
  stripXmlIllegal(html).replaceAll(']]>', ']]&gt;')

/** Plain text as an HTML fragment (for fields the formats define as HTML). */
export const textAsHtml = (text: string): string => escapeHtml(stripXmlIllegal(text))

/** A link as `feed` writes it: the URL's WHATWG serialization (so `<` or a space is encoded). */
export const linkHref = (url: string): string => new URL(url).href
