/**
 * @module
 * Everything dedup compares, computed once per article: a MinHash signature,
 * TF-IDF vectors of the whole text and of the lead, IDF-weighted entities,
 * quotation grams, the publication day and the index keys. An article is
 * tokenized once, straight into integer term ids (`ArticleTokens`), which
 * both the document-frequency count and the weighting read; features are
 * typed arrays with capped lengths so 100k articles fit comfortably in memory.
 */
import type { Article } from '../schema/index.ts'
import { extractQuotes, quoteGrams } from './extract-quotes.ts'
import { hashString } from './hash-string.ts'
import { minhashSignature, shingleHashesOfWordHashes } from './minhash.ts'
import { EMPTY_VECTOR, type SparseVector } from './sparse-vector.ts'
import type { TermStatistics } from './term-statistics.ts'
import {
  capitalisedWordsOf,
  entitySkeleton,
  foldText,
  isContentWord,
  stem,
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

/**
 * With final statistics, a term in more than this share of all documents is
 * not a key: its postings would be long and it says little about the event.
 */
export const MAX_KEY_DOCUMENT_SHARE = 0.02
/** …unless the corpus is small: terms in at most this many documents always qualify. */
export const MIN_KEY_DOCUMENT_LIMIT = 50

/** Entity terms share the term id space, told apart by this prefix. */
export const ENTITY_PREFIX = '@'

/** Distinct term ids (ascending) with how often each occurs. */
export type TermCounts = { readonly ids: Int32Array; readonly counts: Uint16Array }

/** An article's words as integer term ids, before any weighting. */
export type ArticleTokens = {
  /** MinHash signature of the matching text's shingles (needs no statistics). */
  signature: Uint32Array
  terms: TermCounts
  leadTerms: TermCounts
  entities: TermCounts
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

/** A reusable counter over term ids: no map per article. */
class IdCounter {
  #counts = new Uint16Array(1 << 16)
  readonly #touched: number[] = []
  add(id: number): void {
    if (id >= this.#counts.length) {
      const grown = new Uint16Array(Math.max(id + 1, this.#counts.length * 2))
      grown.set(this.#counts)
      this.#counts = grown
    }
    const c = this.#counts[id] as number
    if (c === 0) this.#touched.push(id)
    if (c < 0xffff) this.#counts[id] = c + 1
  }
  /** The counts so far, then reset. */
  take(): TermCounts {
    const ids = Int32Array.from(this.#touched).sort()
    const counts = new Uint16Array(ids.length)
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number
      counts[i] = this.#counts[id] as number
      this.#counts[id] = 0
    }
    this.#touched.length = 0
    return { ids, counts }
  }
}
const counter = new IdCounter()

/** The text dedup reads: the folded matching text when the normalizer gave one. */
const matchingTextOf = (article: Article): string =>
  article.matchingText.trim() !== '' ? article.matchingText : article.text

/** The slot of a folded word in the statistics' word table; hashed and stemmed once per distinct word. */
const wordSlot = (word: string, stats: TermStatistics): number => {
  let slot = stats.words.get(word)
  if (slot === undefined) {
    slot = stats.words.size
    if (slot >= stats.wordHash.length) {
      const hashes = new Uint32Array(slot * 2)
      hashes.set(stats.wordHash)
      stats.wordHash = hashes
      const terms = new Int32Array(slot * 2)
      terms.set(stats.wordTerm)
      stats.wordTerm = terms
    }
    stats.words.set(word, slot)
    stats.wordHash[slot] = hashString(word)
    stats.wordTerm[slot] = isContentWord(word) ? stats.idOf(stem(word)) : -1
  }
  return slot
}

/** Entity term id of a name word as written, -1 when too short to tell names apart. */
const entityIdOf = (word: string, stats: TermStatistics): number => {
  let id = stats.entityTerms.get(word)
  if (id === undefined) {
    const skeleton = entitySkeleton(word)
    id = skeleton.length < 2 ? -1 : stats.idOf(`${ENTITY_PREFIX}${skeleton}`)
    stats.entityTerms.set(word, id)
    if (id >= 0 && !stats.entityNames.has(id)) stats.entityNames.set(id, word)
  }
  return id
}

/** Tokenizes an article once into term ids of `stats` (assigning new ids, counting nothing). */
export const tokenizeArticle = (article: Article, stats: TermStatistics): ArticleTokens => {
  const words = wordsOf(matchingTextOf(article))
  const slots = new Int32Array(words.length)
  const wordHashes = new Uint32Array(words.length)
  for (let i = 0; i < words.length; i++) {
    const slot = wordSlot(words[i] as string, stats)
    slots[i] = slot
    wordHashes[i] = stats.wordHash[slot] as number
  }

  // Entities: normalizer tags plus names capitalised mid-sentence, by word slot.
  const names = new Map<number, number>()
  const nameWords = [...tagWordsOf(article.tags), ...capitalisedWordsOf(article.text)]
  for (const word of nameWords) {
    const id = entityIdOf(word, stats)
    if (id < 0) continue
    counter.add(id)
    names.set(wordSlot(foldText(word), stats), id)
  }
  const entities = counter.take()

  // The text vector is about what happened: names have their own signal, and
  // counting them twice would make the same people at another event look alike.
  const titleWords = wordsOf(article.title)
  const titleSlots = titleWords.map((w) => wordSlot(w, stats))
  const countContent = (list: ArrayLike<number>) => {
    for (let i = 0; i < list.length; i++) {
      const slot = list[i] as number
      if (names.size > 0 && names.has(slot)) continue
      const id = stats.wordTerm[slot] as number
      if (id >= 0) counter.add(id)
    }
  }
  countContent(titleSlots)
  countContent(slots)
  const terms = counter.take()

  // The lead keeps names, as entity terms: "Zelenskyy" and "Zelensky" meet.
  const leadCount = Math.min(slots.length, LEAD_WORDS)
  for (let i = -titleSlots.length; i < leadCount; i++) {
    const slot = (i < 0 ? titleSlots[titleSlots.length + i] : slots[i]) as number
    const id = names.get(slot) ?? (stats.wordTerm[slot] as number)
    if (id >= 0) counter.add(id)
  }
  const leadTerms = counter.take()

  return {
    signature: minhashSignature(shingleHashesOfWordHashes(wordHashes)),
    terms,
    leadTerms,
    entities,
    quotes: extractQuotes(article.text),
  }
}

/** The distinct term ids an article contributes to document frequencies: content terms and entities. */
export const documentTermIds = (tokens: ArticleTokens): Int32Array => {
  const out = new Int32Array(tokens.terms.ids.length + tokens.entities.ids.length)
  out.set(tokens.terms.ids)
  out.set(tokens.entities.ids, tokens.terms.ids.length)
  return out
}

/** Days since the epoch of a date's calendar day as written (its own offset, not UTC). */
export const dayNumber = (published: Article['published']): number | null => {
  if (!published) return null
  const ms = Date.parse(`${published.value.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000)
}

/**
 * A unit TF-IDF vector of counts, keeping the `limit` heaviest entries.
 * Sublinear tf: the fifth mention of a word is weaker evidence than the first.
 */
export const weighted = (
  counts: TermCounts,
  stats: TermStatistics,
  limit: number
): SparseVector => {
  const n = counts.ids.length
  if (n === 0) return EMPTY_VECTOR
  const weights = new Float64Array(n)
  for (let i = 0; i < n; i++)
    weights[i] = (1 + Math.log(counts.counts[i] as number)) * stats.idf(counts.ids[i] as number)
  let keep: number[]
  if (n > limit) {
    const order = Array.from({ length: n }, (_, i) => i)
    order.sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b)
    keep = order.slice(0, limit).sort((a, b) => a - b)
  } else keep = Array.from({ length: n }, (_, i) => i)
  let norm = 0
  for (const i of keep) norm += (weights[i] as number) ** 2
  norm = Math.sqrt(norm)
  if (norm === 0) return EMPTY_VECTOR
  const ids = new Int32Array(keep.length)
  const out = new Float32Array(keep.length)
  keep.forEach((i, k) => {
    ids[k] = counts.ids[i] as number
    out[k] = (weights[i] as number) / norm
  })
  return { ids, weights: out }
}

/** Ids of the heaviest entries of a vector that at least one other document also has. */
const heaviestKeys = (vector: SparseVector, stats: TermStatistics, count: number): number[] => {
  const order = [...vector.ids.keys()].sort(
    (a, b) =>
      (vector.weights[b] as number) - (vector.weights[a] as number) ||
      (vector.ids[a] as number) - (vector.ids[b] as number)
  )
  const keys: number[] = []
  const maxDf = Math.max(MIN_KEY_DOCUMENT_LIMIT, stats.documents * MAX_KEY_DOCUMENT_SHARE)
  for (const index of order) {
    const id = vector.ids[index] as number
    // With final counts a term only this article has can never lead to another one.
    const df = stats.documentFrequency(id)
    if (stats.frozen && (df < 2 || df > maxDf)) continue
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
    signature: tokens.signature,
    text,
    lead: weighted(tokens.leadTerms, stats, MAX_LEAD_TERMS),
    entities,
    quoteGrams: quoteGrams(tokens.quotes),
    quotes: tokens.quotes,
    keys: [...heaviestKeys(text, stats, KEY_TERMS), ...heaviestKeys(entities, stats, KEY_ENTITIES)],
  }
}
