/**
 * Test-data builder for `Article`: give what the test is about, get sensible
 * defaults for the rest. Ids follow the real rule (`articleIdFor`), so two
 * builds with the same URL or the same text collide exactly as real captures do.
 */

import { foldMatchingText } from '../../src/normalize/index.ts'
import {
  type Article,
  articleIdFor,
  type DateValue,
  type Source,
  sourceIdFor,
} from '../../src/schema/index.ts'

/** The normalizer's matching text, re-exported for tests that build articles by hand. */
export const foldForMatching = foldMatchingText

export type ArticleInput = {
  text: string
  title?: string
  /** Outlet name, or a full Source. Default "Example News". */
  source?: string | Source
  url?: string | null
  /** `YYYY-MM-DD` (day precision), an RFC 3339 date-time, a DateValue, or null. */
  published?: string | DateValue | null
  updated?: string | DateValue | null
  tags?: string[]
  language?: string | null
  file?: string | null
}

const toDate = (value: string | DateValue | null | undefined): DateValue | null => {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') return value
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? { value, precision: 'day' }
    : { value, precision: /:\d{2}:\d{2}/.test(value) ? 'second' : 'minute' }
}

const toSource = (source: string | Source | undefined, url: string | null): Source => {
  if (source && typeof source !== 'string') return source
  const name = source ?? 'Example News'
  const homepage = url ? `${new URL(url).origin}/` : null
  return { id: sourceIdFor(name, homepage), name, homepage, feedUrl: null }
}

export const makeArticle = (input: ArticleInput): Article => {
  const url = input.url ?? null
  const paragraphs = input.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const text = paragraphs.join('\n\n')
  const matchingText = foldForMatching(text)
  const title = input.title ?? (paragraphs[0] ?? 'Untitled').split(/(?<=[.!?])\s/)[0] ?? 'Untitled'
  const source = toSource(input.source, url)
  return {
    id: articleIdFor({ url, matchingText, sourceId: source.id }),
    url,
    title: title.slice(0, 200),
    titleDerived: input.title === undefined,
    summary: paragraphs[0] ?? '',
    text,
    html: paragraphs
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join(''),
    matchingText,
    source,
    authors: [],
    published: toDate(input.published === undefined ? '2025-08-22' : input.published),
    updated: toDate(input.updated),
    language: input.language === undefined ? 'en' : input.language,
    wordCount: (text.match(/[\p{L}\p{N}]+/gu) ?? []).length,
    tags: input.tags ?? [],
    origin: { form: 'text', file: input.file ?? null },
    removed: [],
  }
}
