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
import { freeBuffer } from './free-buffer.ts'
import { grownTo, trimmedTo } from './grow-array.ts'
import { FirstPrinted } from './quote-recaps.ts'
import { isContentWord, stem } from './tokenize-text.ts'
import { WordTable } from './word-table.ts'

const RELEASED = 'TermStatistics: the tokenizer was released; nothing may be tokenized now'

/** Integer ids for terms, and how many documents contain each. */
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/**
 * Term strings ↔ ids in typed arrays: the characters of every term in one
 * pool, an open-addressing table over their hashes. A `Map<string, number>`
 * plus a `string[]` cost ~30 MB for the ~0.5M terms and entities of 100k
 * articles (a string and a map entry each); this costs under a third of that.
 */
class TermPool {
  /** Table cell → id + 1 (0 = empty). */
  #cells = new Int32Array(1 << 12)
  #hash = new Uint32Array(1024)
  /** Id → start of its characters in `#chars`; `#start[id + 1]` ends them. */
  #start = new Int32Array(1025)
  #chars = new Uint16Array(1 << 14)
  /** Id → 1 when the term is all digits. */
  #number = new Uint8Array(1024)
  size = 0

  /** The id of `term`, or -1 when absent; `#lastHash` keeps its hash for `add`. */
  find(term: string): number {
    if (this.#cells.length === 0) throw new Error(RELEASED)
    let h = FNV_OFFSET
    for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), FNV_PRIME)
    h >>>= 0
    this.#lastHash = h
    const mask = this.#cells.length - 1
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const cell = this.#cells[i] as number
      if (cell === 0) {
        this.#lastCell = i
        return -1
      }
      const id = cell - 1
      if (this.#hash[id] !== h) continue
      const start = this.#start[id] as number
      if ((this.#start[id + 1] as number) - start !== term.length) continue
      let k = 0
      while (k < term.length && this.#chars[start + k] === term.charCodeAt(k)) k++
      if (k === term.length) return id
    }
  }
  #lastHash = 0
  #lastCell = 0

  /** Adds `term`, which `find` was just called with and did not find. */
  add(term: string): number {
    if (this.#cells.length === 0) throw new Error(RELEASED)
    const id = this.size++
    if (id + 1 >= this.#hash.length) {
      const n = this.#hash.length * 2
      this.#hash = grownTo(this.#hash, n)
      this.#number = grownTo(this.#number, n)
      this.#start = grownTo(this.#start, n + 1)
    }
    const at = this.#start[id] as number
    if (at + term.length > this.#chars.length)
      this.#chars = grownTo(this.#chars, Math.max(at + term.length, this.#chars.length * 2))
    let digits = term.length > 0
    for (let k = 0; k < term.length; k++) {
      const c = term.charCodeAt(k)
      this.#chars[at + k] = c
      if ((c < 48 || c > 57) && c !== 46 && c !== 44) digits = false
    }
    this.#start[id + 1] = at + term.length
    this.#hash[id] = this.#lastHash
    this.#number[id] = digits ? 1 : 0
    this.#cells[this.#lastCell] = id + 1
    if (this.size * 2 > this.#cells.length) this.#rehash()
    return id
  }

  #rehash(): void {
    const cells = new Int32Array(this.#cells.length * 2)
    const mask = cells.length - 1
    for (let id = 0; id < this.size; id++) {
      let i = (this.#hash[id] as number) & mask
      while (cells[i] !== 0) i = (i + 1) & mask
      cells[i] = id + 1
    }
    this.#cells = cells
  }

  /**
   * Frees the lookup by characters (`find` and `add` throw afterwards) and
   * trims the rest to its size: ids stay readable (`termOf`, `isNumber`).
   * At 100k articles the table, the hashes and the spare capacity are ~25 MB.
   */
  releaseLookup(): void {
    freeBuffer(this.#cells.buffer)
    freeBuffer(this.#hash.buffer)
    this.#cells = new Int32Array(0)
    this.#hash = new Uint32Array(0)
    this.#start = trimmedTo(this.#start, this.size + 1)
    this.#chars = trimmedTo(this.#chars, this.#start[this.size] as number)
    this.#number = trimmedTo(this.#number, this.size)
  }

  termOf(id: number): string {
    if (id < 0 || id >= this.size) return ''
    let out = ''
    for (let k = this.#start[id] as number; k < (this.#start[id + 1] as number); k++)
      out += String.fromCharCode(this.#chars[k] as number)
    return out
  }

  isNumber(id: number): boolean {
    return id >= 0 && id < this.size && this.#number[id] === 1
  }
}

export class TermStatistics {
  readonly #terms = new TermPool()
  #df = new Int32Array(1024)
  #documents = 0
  #frozen = false
  /** Every folded word seen, with its shingle hash and content term id: each is stemmed once. */
  words = new WordTable((word) => (isContentWord(word) ? this.idOf(stem(word)) : -1))
  /**
   * Word slot of a name's folded form → its entity term id + 2 (0: not
   * resolved yet, 1: no usable skeleton). A name's skeleton depends only on
   * its folded form, so this caches each name once per folded word, in a
   * typed array rather than a map of strings and objects.
   */
  entityOfSlot = new Int32Array(1024)
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
    let id = this.#terms.find(term)
    if (id < 0) {
      id = this.#terms.add(term)
      if (id >= this.#df.length) {
        const grown = new Int32Array(this.#df.length * 2)
        grown.set(this.#df)
        this.#df = grown
      }
    }
    return id
  }

  /** True for a figure: digits, maybe with a decimal point or separators ("711", "6.2", "11,000"). */
  isNumber(id: number): boolean {
    return this.#terms.isNumber(id)
  }

  termOf(id: number): string {
    return this.#terms.termOf(id)
  }

  /**
   * Counts one document containing each of the distinct term ids `ids` and
   * `more` (none in both). No-op when frozen.
   */
  countIds(ids: ArrayLike<number>, more: ArrayLike<number> = []): void {
    if (this.#frozen) return
    this.#documents++
    for (const list of [ids, more])
      for (let i = 0; i < list.length; i++) {
        const id = list[i] as number
        this.#df[id] = (this.#df[id] ?? 0) + 1
      }
  }

  /**
   * How many documents have each LSH band key (hashed into a fixed table;
   * collisions only add), saturating at 255: readers only ask whether a key
   * is in more than MAX_BAND_DOCUMENTS (64) documents.
   */
  #bandCounts = new Uint8Array(1 << 22)

  /** Counts one document's LSH band keys. No-op when frozen. */
  countBands(keys: readonly number[]): void {
    if (this.#frozen) return
    for (const key of keys) {
      const cell = key >>> 10
      if ((this.#bandCounts[cell] as number) < 0xff)
        this.#bandCounts[cell] = (this.#bandCounts[cell] as number) + 1
    }
  }

  /** Documents counted with this band key (at least; never fewer; at most 255). */
  bandFrequency(key: number): number {
    return this.#bandCounts[key >>> 10] as number
  }

  /**
   * With every document of the set counted (`keepSharedBands`): the band
   * keys more than one of them has, ascending. Null otherwise: any key may
   * yet be shared.
   */
  #sharedBands: Uint32Array | null = null
  #sharedBandsKnown = false
  #wordsReleased = false

  /**
   * True once the set is whole (`fileAll` with `final`): every document's
   * band keys are known (`keepSharedBands`) and the words are released
   * (`releaseWords`, which freezes the counts), so no new article can be
   * tokenized, and an index weighed by these statistics refuses any article
   * that does not come with its tokens (`StoryIndex.fileArticle`).
   */
  get complete(): boolean {
    return this.#sharedBandsKnown && this.#wordsReleased
  }

  /**
   * Batch use, once every document of a set that takes no more has been
   * counted (`fileAll` with `final`): finds the band keys more than one of
   * them has, given each document's keys (exactly, but for a key one document
   * repeats among its own bands: kept, it matches nothing). A key of one document
   * alone can lead to no other, so an index need neither file nor look it
   * up (`bandShared`): at 100k articles that is most of the 2.5M keys filed,
   * ~30 MB of LSH table. The counts cannot tell: they are hashed into cells,
   * and the cell of one document's key mostly holds other keys too.
   */
  keepSharedBands(documents: Iterable<readonly number[]>): void {
    let keys = new Uint32Array(1 << 16)
    let n = 0
    for (const bands of documents)
      for (const key of bands) {
        // Counted once: this document's alone.
        if (this.bandFrequency(key) < 2) continue
        if (n === keys.length) {
          const grown = grownTo(keys, 2 * n)
          freeBuffer(keys.buffer)
          keys = grown
        }
        keys[n++] = key
      }
    keys.subarray(0, n).sort()
    let shared = 0
    for (let i = 0; i < n; ) {
      let j = i + 1
      while (j < n && keys[j] === keys[i]) j++
      if (j - i > 1) keys[shared++] = keys[i] as number
      i = j
    }
    this.#sharedBands = trimmedTo(keys, shared)
    this.#sharedBandsKnown = true
  }

  /** False for a band key that only one document has, once that is known (`keepSharedBands`). */
  bandShared(key: number): boolean {
    const shared = this.#sharedBands
    if (shared === null) return true
    let lo = 0
    let hi = shared.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((shared[mid] as number) < key) lo = mid + 1
      else hi = mid
    }
    return shared[lo] === key
  }

  /**
   * When each quote gram was first printed, over the documents counted
   * (`quote-recaps.ts`): what tells a recapped quote from a fresh one.
   */
  readonly #firstPrinted = new FirstPrinted()

  /**
   * Notes one document's quote grams as in print at `minute`. No-op when
   * frozen, and when `minute` is null (an undated document prints nothing).
   */
  notePrinted(grams: ArrayLike<number>, minute: number | null): void {
    if (this.#frozen || minute === null) return
    this.#firstPrinted.note(grams, minute)
  }

  /** The earliest minute a quote gram was noted in print at; Infinity when never. */
  readonly firstPrintedOf = (gram: number): number => this.#firstPrinted.of(gram)

  /** Number of term ids assigned so far. */
  get size(): number {
    return this.#terms.size
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
    if (!this.#frozen) return this.#computeIdf(id)
    // Frozen weights are read for every term of every article filed: each is computed once.
    if (this.#idfOf.length === 0) this.#idfOf = new Float64Array(this.size)
    if (id >= this.#idfOf.length) return this.#computeIdf(id)
    let idf = this.#idfOf[id] as number
    if (idf === 0) {
      idf = this.#computeIdf(id)
      this.#idfOf[id] = idf
    }
    return idf
  }

  /** Term id → its IDF once frozen (0: not computed yet; an IDF is always above 1). */
  #idfOf = new Float64Array(0)

  #computeIdf(id: number): number {
    return Math.log((this.#documents + BACKGROUND_DOCUMENTS + 1) / ((this.#df[id] ?? 0) + 1)) + 1
  }

  /**
   * Batch use, once every article of a set that takes no more is tokenized:
   * frees what only tokenizing reads (the word table, the name cache and
   * the terms' lookup by characters, ~50 MB at 100k articles) before the set
   * is filed. Tokenizing afterwards throws: a released table must not
   * quietly map every word to nothing.
   */
  releaseWords(): void {
    this.freeze()
    this.#wordsReleased = true
    // Freed now: filing, which comes next, would otherwise hold them until a full collection.
    this.words.release()
    freeBuffer(this.entityOfSlot.buffer)
    this.words = new WordTable(() => {
      throw new Error(RELEASED)
    })
    this.entityOfSlot = new Int32Array(0)
    // Terms are only read by id from now on.
    this.#terms.releaseLookup()
    this.#df = trimmedTo(this.#df, this.size)
  }

  /**
   * Batch use, once every article is tokenized and filed: `releaseWords`,
   * and what filing read (the band counts, the weights' cache: an IDF asked
   * for again is computed again, the same; the quotes' first printings, whose
   * verdicts each report's features keep) and pending tokens too. The term
   * pool, document frequencies, `termOf` and entity names (what explanations
   * read) stay.
   */
  releaseTokenizer(): void {
    this.releaseWords()
    freeBuffer(this.#idfOf.buffer)
    this.#idfOf = new Float64Array(0)
    freeBuffer(this.#bandCounts.buffer)
    this.#bandCounts = new Uint8Array(0)
    if (this.#sharedBands) freeBuffer(this.#sharedBands.buffer)
    this.#sharedBands = null
    this.#firstPrinted.release()
    this.pendingTokens.clear()
  }

  /** Stops counting: every later weight uses the counts as they are now. */
  freeze(): this {
    this.#frozen = true
    return this
  }
}
