/**
 * @module
 * Everything dedup compares, computed once per article: a MinHash signature,
 * TF-IDF vectors of the whole text and of the lead, IDF-weighted entities,
 * quotation grams, the publication day and the index keys. Kept small (typed
 * arrays, capped vectors) so 100k articles fit comfortably in memory.
 */
import type { Article } from '../schema/index.ts'
import { extractQuotes, quoteGrams } from './extract-quotes.ts'
import { minhashSignature, shingleHashes } from './minhash.ts'
import { type SparseVector, sparseVector } from './sparse-vector.ts'
import type { TermStatistics } from './term-statistics.ts'
import {
  capitalisedWordsOf,
  contentTermsOf,
  entitySkeleton,
  foldText,
  tagWordsOf,
  wordsOf,
} from './tokenize-text.ts'

/** The lead is the headline plus this many words of text: where outlets state the event. */
export const LEAD_WORDS = 60

/** Heaviest terms kept per text vector; the tail adds memory, not evidence. */
export const MAX_TEXT_TERMS = 120
export const MAX_LEAD_TERMS = 40
export const MAX_ENTITIES = 40

/** Index keys per article: its heaviest content terms and rarest entities. */
export const KEY_TERMS = 10
export const KEY_ENTITIES = 5

/** Entity terms share the term id space, told apart by this prefix. */
export const ENTITY_PREFIX = '@'

/** The words and terms of an article before any weighting. */
export type ArticleTokens = {
  words: string[]
  terms: Map<string, number>
  leadTerms: Map<string, number>
  entities: Map<string, number>
  /** A surface form per entity term, for explanations. */
  entityNames: Map<string, string>
  quotes: string[]
}

export type ArticleFeatures = {
  /** Calendar day of publication (days since 1970-01-01, in the date's own offset), or null. */
  day: number | null
  /** Primary language subtag, or null when unknown. */
  language: string | null
  signature: Uint32Array
  text: SparseVector
  lead: SparseVector
  entities: SparseVector
  quoteGrams: Uint32Array
  quotes: string[]
  /** Term ids this article is filed under in the inverted index. */
  keys: number[]
}

const countInto = (counts: Map<string, number>, items: Iterable<string>): Map<string, number> => {
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return counts
}

/** The text dedup reads: the folded matching text when the normalizer gave one. */
const matchingTextOf = (article: Article): string =>
  article.matchingText.trim() !== '' ? article.matchingText : article.text

export const tokenizeArticle = (article: Article): ArticleTokens => {
  const body = matchingTextOf(article)
  const leadText = `${article.title}\n${wordsOf(article.text || body)
    .slice(0, LEAD_WORDS)
    .join(' ')}`
  const entities = new Map<string, number>()
  const entityNames = new Map<string, string>()
  for (const word of [...tagWordsOf(article.tags), ...capitalisedWordsOf(article.text)]) {
    const skeleton = entitySkeleton(word)
    if (skeleton.length < 2) continue
    const key = `${ENTITY_PREFIX}${skeleton}`
    entities.set(key, (entities.get(key) ?? 0) + 1)
    if (!entityNames.has(key)) entityNames.set(key, word)
  }
  // A name is one term however it is transliterated: "Zelenskyy" and "Zelensky" meet.
  const names = new Map([...entityNames.values()].map((w) => [foldText(w), w]))
  const termsOf = (text: string) =>
    contentTermsOf(text).map((t) => (names.has(t) ? `${ENTITY_PREFIX}${entitySkeleton(t)}` : t))
  // The text vector is about what happened: names have their own signal, and
  // counting them twice would make the same people at another event look alike.
  const contentOnly = (text: string) => contentTermsOf(text).filter((t) => !names.has(t))
  return {
    words: wordsOf(body),
    terms: countInto(new Map(), contentOnly(`${article.title}\n${body}`)),
    leadTerms: countInto(new Map(), termsOf(leadText)),
    entities,
    entityNames,
    quotes: extractQuotes(article.text),
  }
}

/** The terms an article contributes to document frequencies: content terms and entities. */
export const documentTerms = (tokens: ArticleTokens): Iterable<string> => [
  ...tokens.terms.keys(),
  ...tokens.entities.keys(),
]

/** Days since the epoch of a date's calendar day as written (its own offset, not UTC). */
export const dayNumber = (published: Article['published']): number | null => {
  if (!published) return null
  const ms = Date.parse(`${published.value.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000)
}

const weighted = (
  counts: Map<string, number>,
  stats: TermStatistics,
  limit: number
): SparseVector => {
  const entries = new Map<number, number>()
  for (const [term, count] of counts) {
    const id = stats.idOf(term)
    // Sublinear tf: the fifth mention of a word is weaker evidence than the first.
    entries.set(id, (1 + Math.log(count)) * stats.idf(id))
  }
  return sparseVector(entries, limit)
}

/** Ids of the heaviest entries of a vector that at least one other document also has. */
const heaviestKeys = (vector: SparseVector, stats: TermStatistics, count: number): number[] => {
  const order = [...vector.ids.keys()].sort(
    (a, b) =>
      (vector.weights[b] as number) - (vector.weights[a] as number) ||
      (vector.ids[a] as number) - (vector.ids[b] as number)
  )
  const keys: number[] = []
  for (const index of order) {
    const id = vector.ids[index] as number
    // With final counts a term only this article has can never lead to another one.
    if (stats.frozen && stats.documentFrequency(id) < 2) continue
    keys.push(id)
    if (keys.length === count) break
  }
  return keys
}

export const featuresOf = (
  article: Article,
  tokens: ArticleTokens,
  stats: TermStatistics
): ArticleFeatures => {
  const text = weighted(tokens.terms, stats, MAX_TEXT_TERMS)
  const entities = weighted(tokens.entities, stats, MAX_ENTITIES)
  return {
    day: dayNumber(article.published),
    language: article.language ? (article.language.split('-')[0] ?? null) : null,
    signature: minhashSignature(shingleHashes(tokens.words)),
    text,
    lead: weighted(tokens.leadTerms, stats, MAX_LEAD_TERMS),
    entities,
    quoteGrams: quoteGrams(tokens.quotes),
    quotes: tokens.quotes,
    keys: [...heaviestKeys(text, stats, KEY_TERMS), ...heaviestKeys(entities, stats, KEY_ENTITIES)],
  }
}
