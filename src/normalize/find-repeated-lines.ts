/**
 * @module
 * Lines an outlet prints under many of its articles (a standing promo, a
 * disclaimer, a "follow us" line) are furniture even when no rule knows their
 * wording. Given a first pass over a batch of normalized articles, this finds
 * the short paragraphs that recur across articles of the same outlet, to pass
 * back as `NormalizeOptions.repeatedLines` for a second pass.
 */
import type { Article } from '../schema/index.ts'
import { labelForm, wordCountOf } from './classify-line.ts'

/** A story paragraph is rarely repeated word for word in three articles. */
export const MIN_ARTICLES_FOR_REPEAT = 3
const MAX_REPEATED_WORDS = 60

export const findRepeatedLines = (
  articles: readonly Article[],
  minArticles = MIN_ARTICLES_FOR_REPEAT
): Map<string, Set<string>> => {
  const counts = new Map<string, Map<string, number>>()
  for (const article of articles) {
    if (article.source.id === 'unknown') continue
    const seen = new Set<string>()
    for (const paragraph of article.text.split('\n\n')) {
      if (wordCountOf(paragraph) > MAX_REPEATED_WORDS) continue
      const key = labelForm(paragraph)
      if (!key || seen.has(key)) continue
      seen.add(key)
      const bySource = counts.get(article.source.id) ?? new Map<string, number>()
      bySource.set(key, (bySource.get(key) ?? 0) + 1)
      counts.set(article.source.id, bySource)
    }
  }
  const repeated = new Map<string, Set<string>>()
  for (const [sourceId, lines] of counts) {
    const set = new Set([...lines].filter(([, n]) => n >= minArticles).map(([line]) => line))
    if (set.size > 0) repeated.set(sourceId, set)
  }
  return repeated
}
