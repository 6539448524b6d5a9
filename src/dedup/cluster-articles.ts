/**
 * @module
 * Batch clustering: a set of articles → distinct articles, stories and the
 * evidence behind them. Built on `StoryIndex`; deterministic for a given set
 * whatever order it comes in, because term statistics are counted over the
 * whole set first and articles are filed in (published, id) order.
 */
import type { Article, ClusterInput, Clustering, StoryExplanation } from '../schema/index.ts'
import {
  type ArticleTokens,
  countDocument,
  notePrintedQuotes,
  releaseTokenPools,
  tokenBandKeys,
  tokenizeArticle,
} from './article-features.ts'
import { dateMs } from './choose-lead-article.ts'
import {
  type DistinctOf,
  exactKeys,
  newestStoryFirst,
  StoryIndex,
  type StoryIndexOptions,
} from './story-index.ts'
import { TermStatistics } from './term-statistics.ts'

export type ClusterOptions = {
  /** @deprecated Ignored: explanations are formed per story on request (`explain`). */
  skipExplanations?: boolean
}

/**
 * A clustering whose explanations are formed on request: `explain(storyId)`
 * scores one story's pairs when asked (then remembers it), so clustering a
 * large set, or rebuilding a publication, does not build an explanation for
 * every story when only `GET /api/stories/:id` and `stories --explain` read
 * them. `articles[i].article` is each record as it was given (full Articles,
 * or the `ClusterInput` projection). `withExplanations` gives the schema's
 * `Clustering` with every explanation.
 */
export type ClusterResult<A extends ClusterInput = Article> = Omit<
  Clustering,
  'articles' | 'explanations'
> & {
  articles: DistinctOf<A>[]
  /** Why a story has its members (pairwise scores, matched signals); undefined for an unknown id. */
  explain: (storyId: string) => StoryExplanation | undefined
}

/**
 * Tokenizes each distinct text of a set once (captures sharing a URL or text
 * are one) and counts document frequencies over them; the statistics come back
 * frozen, with the tokens by article for `StoryIndex.fileArticle`.
 */
export const tokenizeAll = (
  articles: readonly ClusterInput[]
): { statistics: TermStatistics; tokens: (ArticleTokens | null)[] } => {
  const statistics = new TermStatistics()
  const seen = new Map<string, ArticleTokens>()
  const tokens = articles.map((article) => {
    const keys = exactKeys(article)
    const kept = keys.map((k) => seen.get(k)).find((t) => t !== undefined)
    if (kept) {
      // One text, tokenized once; this capture still printed its quotes at its own date.
      notePrintedQuotes(kept, article, statistics)
      return null
    }
    const t = tokenizeArticle(article, statistics)
    t.exactKeys = keys
    for (const k of keys) seen.set(k, t)
    countDocument(t, article, statistics)
    return t
  })
  return { statistics: statistics.freeze(), tokens }
}

/**
 * Counts document frequencies over a set, each distinct text once, and freezes
 * them. The tokens are kept on the statistics (`pendingTokens`) until a
 * `StoryIndex` using them files each article, which then skips tokenizing.
 */
export const countTermStatistics = (articles: readonly ClusterInput[]): TermStatistics => {
  const { statistics, tokens } = tokenizeAll(articles)
  for (const [i, article] of articles.entries()) {
    const t = tokens[i]
    if (t) statistics.pendingTokens.set(article, t)
  }
  return statistics
}

const text = (a: string | null, b: string | null): number =>
  (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0

/**
 * The canonical filing order: published date (unknown last), then id; captures
 * sharing an id (URL variants) by URL, source, file and text, then title, then
 * the whole record, so that even their order (and so which capture is shown
 * for the distinct article) is a function of the set.
 */
export const canonicalOrder = <A extends ClusterInput>(articles: readonly A[]): A[] => {
  // Dates parsed once per article, not once per comparison.
  const keyed = articles.map((article) => ({ article, ms: dateMs(article.published) }))
  keyed.sort(
    (x, y) =>
      (x.ms === y.ms ? 0 : x.ms === null ? 1 : y.ms === null ? -1 : x.ms - y.ms) ||
      text(x.article.id, y.article.id) ||
      text(x.article.url, y.article.url) ||
      text(x.article.source.id, y.article.source.id) ||
      text(x.article.origin.file, y.article.origin.file) ||
      text(x.article.matchingText, y.article.matchingText) ||
      text(x.article.title, y.article.title) ||
      // Ties this far are rare (one page captured twice the same day): the cost is theirs alone.
      text(JSON.stringify(x.article), JSON.stringify(y.article))
  )
  return keyed.map((k) => k.article)
}

/**
 * Topics: a linked component (`joinsComponents`; with any other its stories
 * reach: `StoryIndex.topicCaptures`) of TOPIC_MIN_TEXTS distinct texts or
 * more, and at most TOPIC_MAX_SHARE of the set, has its stories formed again
 * on its own document frequencies. Weights say how rare a word is in the
 * corpus at hand: in a week about one governor, "governor" and his name are
 * in every report and weigh little, so his dismissal, his appeal and his
 * successor's oath stay apart. Mixed into thousands of articles on other
 * subjects the same words are rare and weigh a lot, and those events merge.
 * Clustered alone, a topic's articles are weighed as in its own week's
 * corpus. Below 40 texts a topic's own counts are mostly the 20 background
 * documents (BACKGROUND_DOCUMENTS); above a tenth of the set, the set's
 * counts are already mostly the topic's. The 68 hand-written sets as one
 * corpus of 5,000 articles: pairwise F1 0.855 → 0.917 (docs/dedup.md §4
 * Topics, §6).
 */
export const TOPIC_MIN_TEXTS = 40
export const TOPIC_MAX_SHARE = 0.1
/**
 * Linked components joined by a scored pair this alike form one topic, when
 * the whole is at most TOPIC_MAX_SHARE of the set (`topicCaptures`): a week's
 * coverage is often several components, each below TOPIC_MIN_TEXTS. Between
 * EDGE_FLOOR and STORY_THRESHOLD; 0.18 to 0.22 score alike (docs/dedup.md §4).
 */
export const TOPIC_EDGE_SCORE = 0.2

/**
 * The topics of a filed set (`StoryIndex.topicCaptures` with the bounds
 * above); `edgeScore` Infinity gives linked components alone.
 */
export const topicsOf = <A extends ClusterInput>(
  index: StoryIndex<A>,
  edgeScore: number = TOPIC_EDGE_SCORE
): A[][] =>
  index.topicCaptures(TOPIC_MIN_TEXTS, Math.floor(TOPIC_MAX_SHARE * index.size), edgeScore)

/**
 * Clusters a set of articles (full Articles or the `ClusterInput` projection;
 * each comes back as given). Exact duplicates become one distinct article
 * with every sighting; near-duplicates and same-event coverage become stories,
 * each topic's on its own statistics (TOPIC_MIN_TEXTS).
 */
export const clusterArticles = <A extends ClusterInput = Article>(
  articles: readonly A[],
  _options: ClusterOptions = {}
): ClusterResult<A> => {
  const { index, statistics } = fileAll(articles, { final: true })
  // Nothing more is filed: the result keeps the index only for `explain`.
  index.seal()
  statistics.releaseTokenizer()
  // A topic is at most a tenth of the set, so this ends.
  const topics = topicsOf(index).map((captures) => clusterArticles(captures))
  return clusteringOf(index, topics)
}

/**
 * The batch filing `clusterArticles` starts with: document frequencies over
 * the whole set first, then every article filed in canonical order with its
 * tokens, stories formed when first asked for. The index can still take
 * more articles (`add`) until it is sealed, unless `final`: then the set
 * takes no more, and the tokenizer's tables are freed before filing. Other
 * options go to the index (the fitting scripts' observers, the gates off).
 */
export const fileAll = <A extends ClusterInput>(
  articles: readonly A[],
  { final = false, ...options }: { final?: boolean } & Omit<StoryIndexOptions, 'statistics'> = {}
): { index: StoryIndex<A>; statistics: TermStatistics } => {
  const ordered = canonicalOrder(articles)
  const { statistics, tokens } = tokenizeAll(ordered)
  if (final) {
    // No article comes after these: band keys only one of them has need no filing.
    statistics.keepSharedBands(bandKeysOf(tokens))
    // Every article is tokenized (duplicates find their original by exact keys).
    statistics.releaseWords()
  }
  const index = new StoryIndex<A>({ ...options, statistics })
  for (const [i, article] of ordered.entries()) {
    index.fileArticle(article, tokens[i] ?? undefined)
    // The index keeps features, not tokens.
    tokens[i] = null
  }
  if (final) releaseTokenPools()
  return { index, statistics }
}

/** The LSH band keys of each tokenized article. */
function* bandKeysOf(tokens: readonly (ArticleTokens | null)[]): Generator<number[]> {
  for (const t of tokens) if (t) yield tokenBandKeys(t)
}

/**
 * The clustering a story index holds now, with the clusterings of `topics`
 * (each of some of its articles, clustered alone) in place of its own for
 * their articles. `explain` asks the index holding the story when called
 * (and remembers each answer): it describes the story as the index holds it
 * then, the same as now unless articles are added in between.
 */
export const clusteringOf = <A extends ClusterInput>(
  index: StoryIndex<A>,
  topics: readonly ClusterResult<A>[] = []
): ClusterResult<A> => {
  const distinctIdByArticleId: Record<string, string> = {}
  const storyIdByArticleId: Record<string, string> = {}
  // Id by id, not through `assignments()`: at 100k articles its objects and
  // the map's entry pairs outlive young collections, ~19 MB of old garbage.
  for (const articleId of index.articleIds().sort()) {
    distinctIdByArticleId[articleId] = index.distinctIdOf(articleId) as string
    storyIdByArticleId[articleId] = index.storyIdOf(articleId) as string
  }
  // The index's stories that a topic forms again, and the topic holding each story it forms.
  const replaced = new Set<string>()
  const holder = new Map<string, ClusterResult<A>>()
  for (const topic of topics)
    for (const [articleId, storyId] of Object.entries(topic.storyIdByArticleId)) {
      replaced.add(storyIdByArticleId[articleId] as string)
      storyIdByArticleId[articleId] = storyId
      holder.set(storyId, topic)
    }
  const stories =
    topics.length === 0
      ? index.stories()
      : [
          ...index.stories().filter((story) => !replaced.has(story.id)),
          ...topics.flatMap((topic) => topic.stories),
        ].sort(newestStoryFirst)
  const explained = new Map<string, StoryExplanation | undefined>()
  return {
    articles: index.distinctArticles(),
    stories,
    distinctIdByArticleId,
    storyIdByArticleId,
    explain: (storyId) => {
      if (!explained.has(storyId)) {
        const topic = holder.get(storyId)
        explained.set(
          storyId,
          topic
            ? topic.explain(storyId)
            : replaced.has(storyId)
              ? undefined
              : index.explain(storyId)
        )
      }
      return explained.get(storyId)
    },
  }
}

/**
 * The schema's `Clustering` (what `stories --json` prints): every story's
 * explanation, in story order, formed now.
 */
export const withExplanations = <A extends ClusterInput>({
  articles,
  stories,
  distinctIdByArticleId,
  storyIdByArticleId,
  explain,
}: ClusterResult<A>): Omit<Clustering, 'articles'> & { articles: DistinctOf<A>[] } => ({
  articles,
  stories,
  explanations: stories.map((story) => explain(story.id) as StoryExplanation),
  distinctIdByArticleId,
  storyIdByArticleId,
})
