/**
 * @module
 * Which article leads a story, and which capture represents an article seen
 * several times. One rule for both: earliest published, then most complete
 * (word count), then smallest id, so the choice never depends on arrival order.
 */
import type { Article, DateValue } from '../schema/index.ts'

/** Milliseconds of a date: a day-precision date counts as the start of its day, UTC. */
export const dateMs = (date: DateValue | null): number | null => {
  if (!date) return null
  let ms = parsed.get(date)
  if (ms === undefined) {
    const value = Date.parse(date.precision === 'day' ? `${date.value}T00:00:00Z` : date.value)
    ms = Number.isNaN(value) ? null : value
    parsed.set(date, ms)
  }
  return ms
}
/** Dates are compared many times while sorting: each one is parsed once. */
const parsed = new WeakMap<DateValue, number | null>()

/** Orders by published date, unknown dates last. */
export const comparePublished = (a: DateValue | null, b: DateValue | null): number => {
  const x = dateMs(a)
  const y = dateMs(b)
  if (x === y) return 0
  if (x === null) return 1
  if (y === null) return -1
  return x - y
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Negative when `a` should lead: earlier published, then more words, then smaller id. */
export const compareLeadCandidates = (
  a: Pick<Article, 'id' | 'published' | 'wordCount'>,
  b: Pick<Article, 'id' | 'published' | 'wordCount'>
): number =>
  comparePublished(a.published, b.published) || b.wordCount - a.wordCount || compareIds(a.id, b.id)

/** The lead of a non-empty list of articles by the lead rule. */
export const chooseLeadArticle = <T extends Pick<Article, 'id' | 'published' | 'wordCount'>>(
  articles: readonly T[]
): T => {
  let best = articles[0]
  if (best === undefined) throw new Error('chooseLeadArticle needs at least one article')
  for (const article of articles) if (compareLeadCandidates(article, best) < 0) best = article
  return best
}

/** The order members are listed in after the lead: published date, then id. */
export const compareByPublished = (
  a: Pick<Article, 'id' | 'published'>,
  b: Pick<Article, 'id' | 'published'>
): number => comparePublished(a.published, b.published) || compareIds(a.id, b.id)
