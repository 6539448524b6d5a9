/**
 * @module
 * Document frequencies and inverse document frequency. A term every article
 * of the week uses ("Ukraine" in a week about Ukraine) says little about which
 * event an article reports; a rare one ("Anchorage", "road to nowhere") says a lot.
 */

/**
 * Pseudo-documents that contain none of the terms. In a corpus of five articles
 * a term in all five and a term in one differ by a factor of two in plain IDF,
 * which is noise, not evidence; this prior damps that and fades as N grows.
 */
export const BACKGROUND_DOCUMENTS = 20

import type { ArticleTokens } from './article-features.ts'
import { isContentWord, stem } from './tokenize-text.ts'
import { WordTable } from './word-table.ts'

/** Integer ids for terms, and how many documents contain each. */
export class TermStatistics {
  readonly #ids = new Map<string, number>()
  readonly #terms: string[] = []
  #df = new Int32Array(1024)
  #documents = 0
  #frozen = false
  /** Every folded word seen, with its shingle hash and content term id: each is stemmed once. */
  words = new WordTable((word) => (isContentWord(word) ? this.idOf(stem(word)) : -1))
  /**
   * Entity word as written → its entity term id (-1 when it has no usable
   * skeleton) and the word slot of its folded form.
   */
  readonly entityWords = new Map<string, { id: number; slot: number }>()
  /** Entity term id → a surface form, for explanations. */
  readonly entityNames = new Map<number, string>()
  /**
   * Tokens made while counting (`countTermStatistics`), kept until a story
   * index files the article, so no article is tokenized twice.
   */
  readonly pendingTokens = new Map<object, ArticleTokens>()

  /** Number of documents counted. */
  get documents(): number {
    return this.#documents
  }

  /** True once `freeze()` was called: counts no longer change, so weights are final. */
  get frozen(): boolean {
    return this.#frozen
  }

  /** The id of a term, assigning a new one when it was never seen. */
  idOf(term: string): number {
    let id = this.#ids.get(term)
    if (id === undefined) {
      id = this.#terms.length
      this.#ids.set(term, id)
      this.#terms.push(term)
      if (id >= this.#df.length) {
        const grown = new Int32Array(this.#df.length * 2)
        grown.set(this.#df)
        this.#df = grown
      }
    }
    return id
  }

  /** True for a term made only of digits ("711", "2025"): weak evidence of an event. */
  isNumber(id: number): boolean {
    return /^\d+$/.test(this.#terms[id] ?? '')
  }

  termOf(id: number): string {
    return this.#terms[id] ?? ''
  }

  /** Counts one document containing each of the distinct term ids `ids`. No-op when frozen. */
  countIds(ids: ArrayLike<number>): void {
    if (this.#frozen) return
    this.#documents++
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number
      this.#df[id] = (this.#df[id] ?? 0) + 1
    }
  }

  /** How many documents have each LSH band key (hashed into a fixed table; collisions only add). */
  #bandCounts = new Uint16Array(1 << 22)

  /** Counts one document's LSH band keys. No-op when frozen. */
  countBands(keys: readonly number[]): void {
    if (this.#frozen) return
    for (const key of keys) {
      const cell = key >>> 10
      if ((this.#bandCounts[cell] as number) < 0xffff)
        this.#bandCounts[cell] = (this.#bandCounts[cell] as number) + 1
    }
  }

  /** Documents counted with this band key (at least; never fewer). */
  bandFrequency(key: number): number {
    return this.#bandCounts[key >>> 10] as number
  }

  /** Number of term ids assigned so far. */
  get size(): number {
    return this.#terms.length
  }

  /** Counts one document containing each of `terms` (duplicates are ignored). No-op when frozen. */
  countDocument(terms: Iterable<string>): void {
    if (this.#frozen) return
    this.#documents++
    const seen = new Set<number>()
    for (const term of terms) {
      const id = this.idOf(term)
      if (seen.has(id)) continue
      seen.add(id)
      this.#df[id] = (this.#df[id] ?? 0) + 1
    }
  }

  documentFrequency(id: number): number {
    return this.#df[id] ?? 0
  }

  /**
   * Smoothed IDF, ln((N + B + 1) / (df + 1)) + 1, with B = BACKGROUND_DOCUMENTS:
   * positive, largest for terms seen once or never, and not extreme in a small
   * corpus, where one more document would change every weight.
   */
  idf(id: number): number {
    return Math.log((this.#documents + BACKGROUND_DOCUMENTS + 1) / ((this.#df[id] ?? 0) + 1)) + 1
  }

  /**
   * Batch use, once every article is tokenized and filed: frees the tables
   * only tokenizing and filing read (the word table, entity words, the term
   * → id map, band counts). Weights, `termOf` and entity names (what
   * explanations read) stay; these statistics must not tokenize again.
   */
  releaseTokenizer(): void {
    this.freeze()
    this.words = new WordTable(() => -1)
    this.entityWords.clear()
    this.#ids.clear()
    this.#bandCounts = new Uint16Array(0)
    this.pendingTokens.clear()
  }

  /** Stops counting: every later weight uses the counts as they are now. */
  freeze(): this {
    this.#frozen = true
    return this
  }
}
