/**
 * @module
 * Per-entry values every renderer writes the same way, so the three formats
 * agree item by item.
 */
import { escapeHtml, stripXmlIllegal } from '../schema/index.ts'
import { entryUpdated, toDate, UNKNOWN_DATE } from './feed-dates.ts'
import type { FeedCoverage, FeedEntry } from './feed-document.ts'

/** Who to credit as author: the byline when known, else the lead outlet. */
export const creditedAuthors = (entry: FeedEntry): { name: string; url: string | null }[] =>
  entry.authors.length > 0
    ? entry.authors.map((a) => ({ name: clean(a.name), url: a.url }))
    : [{ name: clean(entry.coverage[0].source.name), url: entry.coverage[0].source.homepage }]

/** Every outlet but the lead. */
export const otherCoverage = (entry: FeedEntry): readonly FeedCoverage[] => entry.coverage.slice(1)

export const publishedDate = (entry: FeedEntry): Date | null =>
  entry.published ? toDate(entry.published) : null

/** Atom requires an updated time on every entry; unknown stays visibly unknown (the epoch). */
export const updatedDate = (entry: FeedEntry): Date => entryUpdated(entry) ?? UNKNOWN_DATE

/** Plain text safe for any XML or JSON field. */
export const clean = (text: string): string => stripXmlIllegal(text)

/** Plain text as an HTML fragment (for fields the formats define as HTML). */
export const textAsHtml = (text: string): string => escapeHtml(stripXmlIllegal(text))
