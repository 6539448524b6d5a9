/**
 * @module
 * Batch clustering: a set of articles → distinct articles, stories and the
 * evidence behind them. Built on `StoryIndex`; deterministic for a given set
 * whatever order it comes in, because term statistics are counted over the
 * whole set first and articles are filed in (published, id) order.
 */
import type { Article, Clustering } from '../schema/index.ts'
import { documentTerms, tokenizeArticle } from './article-features.ts'
import { compareByPublished } from './choose-lead-article.ts'
import { exactKeys, StoryIndex } from './story-index.ts'
import { TermStatistics } from './term-statistics.ts'

export type ClusterOptions = {
  /** Skip the per-story explanations (large corpora, benchmarks). Default false. */
  skipExplanations?: boolean
}

/** Counts document frequencies over a set, each distinct text once, and freezes them. */
export const countTermStatistics = (articles: readonly Article[]): TermStatistics => {
  const stats = new TermStatistics()
  const seen = new Set<string>()
  for (const article of articles) {
    const keys = exactKeys(article)
    if (keys.some((k) => seen.has(k))) continue
    for (const k of keys) seen.add(k)
    stats.countDocument(documentTerms(tokenizeArticle(article)))
  }
  return stats.freeze()
}

const text = (a: string | null, b: string | null): number =>
  (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0

/**
 * The canonical filing order: published date (unknown last), then id; captures
 * sharing an id (URL variants) by URL, source, file and text, so that even
 * their order is a function of the set.
 */
export const canonicalOrder = (articles: readonly Article[]): Article[] =>
  [...articles].sort(
    (a, b) =>
      compareByPublished(a, b) ||
      text(a.url, b.url) ||
      text(a.source.id, b.source.id) ||
      text(a.origin.file, b.origin.file) ||
      text(a.matchingText, b.matchingText)
  )

/**
 * Clusters a set of articles. Exact duplicates become one distinct article
 * with every sighting; near-duplicates and same-event coverage become stories.
 */
export const clusterArticles = (
  articles: readonly Article[],
  options: ClusterOptions = {}
): Clustering => {
  const ordered = canonicalOrder(articles)
  const index = new StoryIndex({ statistics: countTermStatistics(ordered) })
  for (const article of ordered) index.add(article)
  return clusteringOf(index, options)
}

/** The clustering a story index holds now. */
export const clusteringOf = (index: StoryIndex, options: ClusterOptions = {}): Clustering => {
  const stories = index.stories()
  const distinctIdByArticleId: Record<string, string> = {}
  const storyIdByArticleId: Record<string, string> = {}
  for (const { articleId, distinctId, storyId } of index
    .assignments()
    .sort((a, b) => (a.articleId < b.articleId ? -1 : 1))) {
    distinctIdByArticleId[articleId] = distinctId
    storyIdByArticleId[articleId] = storyId
  }
  return {
    articles: index.distinctArticles(),
    stories,
    explanations: options.skipExplanations ? [] : index.explanations(stories),
    distinctIdByArticleId,
    storyIdByArticleId,
  }
}
