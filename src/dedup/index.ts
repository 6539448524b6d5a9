/**
 * @module
 * Dedup: exact duplicates → one distinct article with every sighting;
 * near-duplicates and independent reports of one event → one story. Pure: no
 * bindings, no I/O. Method, signals, weights and thresholds: `docs/dedup.md`.
 */
export {
  type ArticleFeatures,
  featuresOf,
  KEY_ENTITIES,
  KEY_TERMS,
  LEAD_WORDS,
  MAX_KEY_DOCUMENTS,
  tokenizeArticle,
} from './article-features.ts'
export {
  chooseLeadArticle,
  compareByPublished,
  compareLeadCandidates,
} from './choose-lead-article.ts'
export {
  type ClusterOptions,
  type ClusterResult,
  canonicalOrder,
  clusterArticles,
  clusteringOf,
  countTermStatistics,
  fileAll,
  TOPIC_EDGE_SCORE,
  TOPIC_MAX_SHARE,
  TOPIC_MIN_TEXTS,
  tokenizeAll,
  topicsOf,
  withExplanations,
} from './cluster-articles.ts'
export {
  extractQuotes,
  MIN_GRAM_CONTENT_WORDS,
  MIN_QUOTE_WORDS,
  QUOTE_GRAM_SIZE,
  quoteGrams,
} from './extract-quotes.ts'
export { bandKeys, candidateProbability, LSH_BANDS, LSH_ROWS } from './lsh-bands.ts'
export {
  estimateJaccard,
  minhashSignature,
  NUM_PERMUTATIONS,
  SHINGLE_SIZE,
  shingleHashes,
} from './minhash.ts'
export {
  AVERAGE_LINK_THRESHOLD,
  EDGE_FLOOR,
  MIN_ENTITY_OVERLAP,
  NEAR_DUPLICATE_THRESHOLD,
  NEAR_DUPLICATE_WINDOW_DAYS,
  type PairScore,
  QUOTE_BONUS,
  QUOTE_GRAMS_FOR_FULL_MATCH,
  STORY_THRESHOLD,
  STORY_WEIGHTS,
  STORY_WINDOW_DAYS,
  scorePair,
  TIME_FACTORS,
  UNKNOWN_TIME_FACTOR,
} from './score-pair.ts'
export {
  type AddResult,
  type DistinctOf,
  exactKeys,
  MAX_CANDIDATES,
  MIN_SHARED_KEYS,
  StoryIndex,
  type StoryIndexOptions,
} from './story-index.ts'
export { TermStatistics } from './term-statistics.ts'
