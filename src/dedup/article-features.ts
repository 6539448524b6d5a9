/**
 * @module
 * Everything dedup compares, computed once per article: a MinHash signature,
 * TF-IDF vectors of the whole text and of the lead, IDF-weighted entities,
 * quotation grams, the publication day and the index keys. An article is
 * tokenized once, straight into integer term ids (`ArticleTokens`), which
 * both the document-frequency count and the weighting read; features are
 * typed arrays with capped lengths so 100k articles fit comfortably in memory.
 */
import {
  type ClusterInput,
  type CommentaryKind,
  headlineOfUrl,
  isCommentaryTag,
  UNKNOWN_SOURCE,
} from '../schema/index.ts'
import { type ArenaViews, arenaBlock, recycleIntoArena, releaseSpare } from './arena.ts'
import { commentaryKind } from './detect-commentary.ts'
import { eventDayOf, partsOfDayOf, partsOfHour, withoutRecaps } from './event-day.ts'
import { quoteGramsOfText } from './extract-quotes.ts'
import { freeBuffer } from './free-buffer.ts'
import { grownTo } from './grow-array.ts'
import { leadStanceOf } from './lead-stance.ts'
import { bandKeys, LSH_BANDS } from './lsh-bands.ts'
import {
  isEmptySignature,
  minhashOfWords,
  NUM_PERMUTATIONS,
  packSignature16,
  SIGNATURE16_WORDS,
} from './minhash.ts'
import { openingKeyOf } from './opening-key.ts'
import { freshFirst, printedMinute } from './quote-recaps.ts'
import type { TermStatistics } from './term-statistics.ts'
import { capitalisedWordsInto, entitySkeleton, foldText, tagWordsOf } from './tokenize-text.ts'

/** The lead is the headline plus this many words of text: where outlets state the event. */
export const LEAD_WORDS = 60

/** Heaviest terms kept per text vector; the tail adds memory, not evidence. */
export const MAX_TEXT_TERMS = 120
export const MAX_LEAD_TERMS = 40
export const MAX_ENTITIES = 40

/** Index keys per article: its heaviest content terms and rarest entities. */
export const KEY_TERMS = 20
export const KEY_ENTITIES = 10

/**
 * With final statistics, a term in more than this many documents is not an
 * index key: its postings would be long and, in a large corpus, it names a
 * subject, not an event. An absolute number, not a share: a share grows with
 * the corpus and lets subject words crowd out the candidates that matter.
 * High enough that a big story's own terms (hundreds of reports) stay keys.
 */
export const MAX_KEY_DOCUMENTS = 500

/** Entity terms share the term id space, told apart by this prefix. */
export const ENTITY_PREFIX = '@'

/**
 * An article's words as integer term ids, before any weighting, with what
 * needs no statistics, in one block of a token pool (`pool`, from `at`): the
 * count sets' term ids, then how often each occurs (16 bits each), then the
 * LSH band keys, the signature's 16-bit form and the quote grams. Tokens wait
 * there, for every article of a batch at once, until the statistics are
 * final: at 100k articles, ~1.2 KB each.
 */
export type ArticleTokens = {
  /** The pool the tokens were carved from, until they are consumed (`consumeTokens`). */
  pool: TokenPool | null
  /** Offset of the block in the pool's cells. */
  at: number
  /**
   * Sizes of the count sets, in this order, each of distinct term ids
   * (ascending): entities, content terms, lead terms.
   */
  entityCount: number
  termCount: number
  leadCount: number
  /** True for a text without shingles: its signature has no 16-bit form. */
  emptySignature: boolean
  /** Number of quote grams (`quoteGramsOfText`). */
  quoteGramsLength: number
  /** The text's opening (`openingKeyOf`): its band key, filed with the LSH bands, and its check; 0 when too short. */
  openingBand: number
  openingCheck: number
  /** Words of the matching text (a few more than its distinct shingles), for `isCutCopy`'s containment. */
  wordCount: number
  /** The article's exact-duplicate keys (`exactKeys`), when the tokenizer was given them. */
  exactKeys?: string[]
}

/** Number of term ids of the count sets. */
const idCount = (t: ArticleTokens): number => t.entityCount + t.termCount + t.leadCount
/** Offsets in the pool's cells of the counts (as 16-bit halves: 2 × cell), band keys, 16-bit signature and grams. */
const countsAt = (t: ArticleTokens): number => t.at + idCount(t)
const bandsAt = (t: ArticleTokens): number => countsAt(t) + ((idCount(t) + 1) >> 1)
const signature16At = (t: ArticleTokens): number => bandsAt(t) + LSH_BANDS
const gramsAt = (t: ArticleTokens): number => signature16At(t) + SIGNATURE16_WORDS

/**
 * Everything compared, as offsets into arena chunks (`arena.ts`) rather than
 * typed arrays of its own: 100k articles would otherwise hold close to a
 * million typed-array objects for the garbage collector to trace. A vector
 * of n entries at `…At` has its ids at [at, at + n) of `ints` and its unit
 * weights at [at + n, at + 2n) of `floats`.
 */
export type ArticleFeatures = {
  /** Calendar day of publication (days since 1970-01-01, in the date's own offset), or null. */
  day: number | null
  /**
   * Calendar day of the event the lead names ("on Tuesday" in Wednesday's
   * paper: `eventDayOf`), else `day`: what time factors compare.
   */
  eventDay: number | null
  /** Minute of publication (minutes since the epoch), or null when only the day is known. */
  minute: number | null
  /** The parts of the day the lead places its event in, as bits (`partsOfDayOf`); 0 when it names none. */
  partsOfDay: number
  /** The part of the day it went out in, by its date's own clock (`publishedPartOf`); 0 when only the day is known. */
  publishedPart: number
  /** Whether its headline and lead disclose or confirm, as bits (`leadStanceOf`: DISCLOSES, CONFIRMS). */
  stance: number
  /** Primary language subtag, or null when unknown. */
  language: string | null
  /** Labelled by its outlet as opinion or analysis (`commentaryKind`), or null. */
  commentary: CommentaryKind | null
  /** The outlet's source id, or null when the source is unknown. */
  outlet: string | null
  /** The check hash of the text's opening (`openingKeyOf`), 0 when the text is shorter. */
  opening: number
  /** Words of the matching text (`ArticleTokens.wordCount`). */
  wordCount: number
  /** The signature's 16-bit form (`packSignature16`) at this offset of `words`; -1 for a text without shingles. */
  signature16At: number
  ints: Int32Array
  floats: Float32Array
  words: Uint32Array
  textAt: number
  textLength: number
  leadAt: number
  leadLength: number
  entitiesAt: number
  entitiesLength: number
  /**
   * Quote grams, distinct, in `words`: first the `freshQuoteGramsLength`
   * grams the report prints fresh, then those it recaps (`freshFirst`); each
   * run sorted.
   */
  quoteGramsAt: number
  quoteGramsLength: number
  freshQuoteGramsLength: number
}

/** A reusable counter over term ids: no map per article. */
class IdCounter {
  #counts = new Uint16Array(1 << 16)
  /** The article's count sets so far: ids, and how often each occurs. */
  #ids = new Int32Array(2048)
  #tallies = new Uint16Array(2048)
  #length = 0
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
  /** Starts packing one article's count sets. */
  begin(): void {
    this.#length = 0
  }
  /** Packs the counts so far (ids ascending, with their counts) and resets; returns how many. */
  take(): number {
    const n = this.#touched.length
    const start = this.#length
    if (this.#ids.length < start + n) {
      this.#ids = grownTo(this.#ids, (start + n) * 2)
      this.#tallies = grownTo(this.#tallies, (start + n) * 2)
    }
    const ids = this.#ids.subarray(start, start + n)
    for (let i = 0; i < n; i++) ids[i] = this.#touched[i] as number
    ids.sort()
    for (let i = 0; i < n; i++) {
      const id = ids[i] as number
      this.#tallies[start + i] = this.#counts[id] as number
      this.#counts[id] = 0
    }
    this.#touched.length = 0
    this.#length = start + n
    return n
  }
  /**
   * Copies the article's count sets, then its band keys, the 16-bit form of
   * its `signature` (unless empty) and its quote `grams` into token storage
   * (`tokenCells`), as `ArticleTokens` lays them out; see `lastCells`.
   */
  finish(signature: Uint32Array, grams: Uint32Array): typeof lastCells {
    const n = this.#length
    const half = (n + 1) >> 1
    const block = tokenCells(n + half + LSH_BANDS + SIGNATURE16_WORDS + grams.length)
    const { cells, halves, words } = block.pool
    const at = block.at
    cells.set(this.#ids.subarray(0, n), at)
    halves.set(this.#tallies.subarray(0, n), 2 * (at + n))
    const bandsAt = at + n + half
    words.set(bandKeys(signature), bandsAt)
    if (!isEmptySignature(signature)) packSignature16(signature, words, bandsAt + LSH_BANDS)
    words.set(grams, bandsAt + LSH_BANDS + SIGNATURE16_WORDS)
    return block
  }
}

/**
 * Tokens waiting for the statistics (`ArticleTokens`) are carved out of 4 MB
 * pools: one small buffer per article, freed once the article is filed,
 * would leave the allocator's heap fragmented for the rest of the process
 * (~100 MB at 100k articles). Once every token carved from a
 * full pool has been consumed (`consumeTokens`: the article's features are
 * made), the pool goes to `recycleIntoArena`: kept as the arena's one spare,
 * which the features still to come are carved from, or freed.
 */
const TOKEN_POOL_CELLS = 1 << 20
type TokenPool = {
  cells: Int32Array<ArrayBuffer>
  words: Uint32Array<ArrayBuffer>
  halves: Uint16Array<ArrayBuffer>
  unconsumed: number
}
let poolOffset = TOKEN_POOL_CELLS
let currentPool: TokenPool | null = null

const newPool = (cells: number): TokenPool => {
  const buffer = new ArrayBuffer(cells * 4)
  return {
    cells: new Int32Array(buffer),
    words: new Uint32Array(buffer),
    halves: new Uint16Array(buffer),
    unconsumed: 0,
  }
}

/** Where the last `tokenCells` is: its pool and the offset in its cells. */
const lastCells: { pool: TokenPool; at: number } = { pool: newPool(0), at: 0 }

/** Reserves `length` cells for one article's tokens; see `lastCells`. */
const tokenCells = (length: number): typeof lastCells => {
  let pool: TokenPool
  if (length > TOKEN_POOL_CELLS / 8) {
    // A pool of its own, recycled (`recycleIntoArena`) once consumed.
    pool = newPool(length)
    lastCells.at = 0
  } else {
    if (!currentPool || poolOffset + length > TOKEN_POOL_CELLS) {
      const full = currentPool
      currentPool = newPool(TOKEN_POOL_CELLS)
      poolOffset = 0
      if (full && full.unconsumed === 0) recycleIntoArena(full.cells.buffer)
    }
    pool = currentPool
    lastCells.at = poolOffset
    poolOffset += length
  }
  pool.unconsumed++
  lastCells.pool = pool
  return lastCells
}

/**
 * Marks an article's tokens consumed: nothing reads them again (the index
 * made its features, or found it a duplicate). The last consumed token of a
 * full pool hands the pool to `recycleIntoArena` (the arena's spare, or
 * freed). Tokens must not be read afterwards.
 */
export const consumeTokens = (tokens: ArticleTokens): void => {
  const owner = tokens.pool
  if (!owner) return
  tokens.pool = null
  owner.unconsumed--
  if (owner.unconsumed === 0 && owner !== currentPool) recycleIntoArena(owner.cells.buffer)
}

/**
 * Batch use, once a batch is filed: frees the pool tokens were last carved
 * from, when every token in it is consumed, and the arena's spare (~8 MB
 * nothing would use). Tokenizing afterwards starts a new pool.
 */
export const releaseTokenPools = (): void => {
  if (currentPool?.unconsumed === 0) {
    freeBuffer(currentPool.cells.buffer)
    currentPool = null
    poolOffset = TOKEN_POOL_CELLS
  }
  releaseSpare()
}

const counter = new IdCounter()
/** Word hashes of the article being tokenized (reused). */
let scratchHashes = new Uint32Array(4096)

/** The text dedup reads: the folded matching text when the normalizer gave one. */
const matchingTextOf = (article: ClusterInput): string =>
  article.matchingText.trim() !== '' ? article.matchingText : article.text

/**
 * The text whose quotations count: the article's text without its recaps
 * (`withoutRecaps`), whose quotations were said at the week's earlier events.
 * Explanations read quotes from the same text.
 */
export const quotedTextOf = (article: ClusterInput): string =>
  withoutRecaps(article.text, dayNumber(article.published)) ?? article.text

/** The word slot of the last `entityOf` (no object per call). */
let entitySlot = 0

/**
 * A name word as written (and its `foldText`) → its entity term id (-1 when
 * too short to tell names apart); its folded form's word slot is left in
 * `entitySlot`. Cached per folded word on the statistics (`entityOfSlot`):
 * the skeleton is a function of the folded form.
 */
const entityOf = (word: string, stats: TermStatistics, folded = foldText(word)): number => {
  const known = stats.words.find(folded)
  if (known >= 0 && known < stats.entityOfSlot.length && stats.entityOfSlot[known] !== 0) {
    entitySlot = known
    return (stats.entityOfSlot[known] as number) - 2
  }
  // New: the term id first, then the word slot (ids are assigned in this order).
  const skeleton = entitySkeleton(word)
  const id = skeleton.length < 2 ? -1 : stats.idOf(`${ENTITY_PREFIX}${skeleton}`)
  if (id >= 0 && !stats.entityNames.has(id)) stats.entityNames.set(id, word)
  const slot = known >= 0 ? known : stats.words.slotOf(folded)
  if (slot >= stats.entityOfSlot.length) {
    const grown = new Int32Array(Math.max(slot + 1, stats.entityOfSlot.length * 2))
    grown.set(stats.entityOfSlot)
    stats.entityOfSlot = grown
  }
  stats.entityOfSlot[slot] = id + 2
  entitySlot = slot
  return id
}

/** Capitalised words of the article being tokenized, and their folded forms (reused). */
const scratchNames: string[] = []
const scratchFoldedNames: string[] = []

/** Word slot → its entity term id + 1 while one article is tokenized (0: not a name). */
let nameOfSlot = new Int32Array(1 << 16)

/** A copy of the title's word slots, kept while `scan` reuses its buffer for the text. */
let scratchTitleSlots = new Int32Array(256)
const titleSlotsOf = (slots: Int32Array): Int32Array => {
  if (scratchTitleSlots.length < slots.length) scratchTitleSlots = new Int32Array(slots.length * 2)
  scratchTitleSlots.set(slots)
  return scratchTitleSlots.subarray(0, slots.length)
}

/**
 * The headline the lead starts with: the title, or, when the capture had
 * none and the title was cut from the first sentence (which the lead holds
 * already), the headline the URL's slug spells out. Over the 120 hand-written
 * weeks with every headline left out (as three of the five seeds are
 * captured), mean pairwise F1 0.897 → 0.903 and weeks at 0.9 61 → 71; first
 * tried on 116 of them, then held to a rule set before four blind weeks were
 * read, on which it gave 0.878 → 0.898 (docs/dedup.md §3).
 */
const headlineOf = (article: ClusterInput): string =>
  (article.titleDerived && headlineOfUrl(article.url)) || article.title

/** Tokenizes an article once into term ids of `stats` (assigning new ids, counting nothing). */
export const tokenizeArticle = (article: ClusterInput, stats: TermStatistics): ArticleTokens => {
  const table = stats.words
  // The title first: `scan` reuses its buffer, and the title's slots are kept.
  const titleSlots = titleSlotsOf(table.scan(headlineOf(article)))
  const slots = table.scan(matchingTextOf(article))
  if (scratchHashes.length < slots.length) scratchHashes = new Uint32Array(slots.length * 2)
  const wordHashes = scratchHashes.subarray(0, slots.length)
  for (let i = 0; i < slots.length; i++) wordHashes[i] = table.hash[slots[i] as number] as number

  counter.begin()
  // Entities: normalizer tags plus names capitalised mid-sentence, by word slot.
  if (nameOfSlot.length < table.size) {
    const grown = new Int32Array(table.size * 2)
    grown.set(nameOfSlot)
    nameOfSlot = grown
  }
  const nameSlots: number[] = []
  const countNames = (words: readonly string[], folded?: readonly string[]) => {
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string
      const id = entityOf(word, stats, folded?.[w])
      if (id < 0) continue
      const slot = entitySlot
      counter.add(id)
      if (slot >= nameOfSlot.length) {
        const grown = new Int32Array(Math.max(slot + 1, nameOfSlot.length * 2))
        grown.set(nameOfSlot)
        nameOfSlot = grown
      }
      if (nameOfSlot[slot] === 0) nameSlots.push(slot)
      nameOfSlot[slot] = id + 1
    }
  }
  // "Opinion" or "Analysis" labels the article; it names no one.
  countNames(tagWordsOf(article.tags.filter((tag) => !isCommentaryTag(tag))))
  capitalisedWordsInto(article.text, scratchNames, scratchFoldedNames)
  countNames(scratchNames, scratchFoldedNames)
  scratchNames.length = 0
  scratchFoldedNames.length = 0
  const names = nameOfSlot
  const entities = counter.take()

  // The text vector is about what happened: names have their own signal, and
  // counting them twice would make the same people at another event look alike.
  const countContent = (list: ArrayLike<number>) => {
    for (let i = 0; i < list.length; i++) {
      const slot = list[i] as number
      if (names[slot] !== 0) continue
      const id = table.term[slot] as number
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
    const name = names[slot] as number
    const id = name !== 0 ? name - 1 : (table.term[slot] as number)
    if (id >= 0) counter.add(id)
  }
  for (const slot of nameSlots) names[slot] = 0
  const leadTerms = counter.take()
  const grams = quoteGramsOfText(quotedTextOf(article))
  const signature = minhashOfWords(wordHashes, scratchSignature)
  const opening = openingKeyOf(wordHashes)
  const { pool, at } = counter.finish(signature, grams)
  return {
    pool,
    at,
    entityCount: entities,
    termCount: terms,
    leadCount: leadTerms,
    emptySignature: isEmptySignature(signature),
    quoteGramsLength: grams.length,
    openingBand: opening.band,
    openingCheck: opening.check,
    wordCount: wordHashes.length,
  }
}
const scratchSignature = new Uint32Array(NUM_PERMUTATIONS)

/** The pool of tokens not yet consumed. */
const poolOf = (tokens: ArticleTokens): TokenPool => {
  if (!tokens.pool) throw new Error('ArticleTokens: read after they were consumed')
  return tokens.pool
}

/** The article's LSH band keys (`bandKeys` of its full signature), and its opening's band key when it has one. */
export const tokenBandKeys = (tokens: ArticleTokens): number[] => {
  const words = poolOf(tokens).words
  const keys = Array.from(words.subarray(bandsAt(tokens), bandsAt(tokens) + LSH_BANDS))
  if (tokens.openingBand !== 0) keys.push(tokens.openingBand)
  return keys
}

/** Start of a count set among the ids (and counts): entities, then terms, then lead terms. */
const termsStart = (t: ArticleTokens): number => t.entityCount
const leadStart = (t: ArticleTokens): number => t.entityCount + t.termCount

/**
 * Counts the article as one document of `stats`: the distinct term ids it
 * contributes to document frequencies (content terms and entities, read
 * where they are packed rather than copied out), its band keys, and its
 * quote grams as in print at its date (`quote-recaps.ts`). No-op when the
 * statistics are frozen.
 */
export const countDocument = (
  tokens: ArticleTokens,
  article: ClusterInput,
  stats: TermStatistics,
  bands: readonly number[] = tokenBandKeys(tokens)
): void => {
  const { cells } = poolOf(tokens)
  const terms = tokens.at + termsStart(tokens)
  stats.countIds(
    cells.subarray(terms, terms + tokens.termCount),
    cells.subarray(tokens.at, tokens.at + tokens.entityCount)
  )
  stats.countBands(bands)
  notePrintedQuotes(tokens, article, stats)
}

/**
 * Notes the tokens' quote grams as in print at `article`'s date: the
 * article's own, or an exact copy's (`tokenizeAll` tokenizes one text once,
 * and each capture of it was in print at its own date).
 */
export const notePrintedQuotes = (
  tokens: ArticleTokens,
  article: ClusterInput,
  stats: TermStatistics
): void => {
  const grams = gramsAt(tokens)
  stats.notePrinted(
    poolOf(tokens).words.subarray(grams, grams + tokens.quoteGramsLength),
    printedMinuteOf(article.published)
  )
}

/** When an article went out, as `printedMinute` reads it (its minute, else noon UTC of its day). */
export const printedMinuteOf = (published: ClusterInput['published']): number | null =>
  printedMinute(minuteNumber(published), dayNumber(published))

/** Days since the epoch of a date's calendar day as written (its own offset, not UTC). */
export const dayNumber = (published: ClusterInput['published']): number | null => {
  if (!published) return null
  const ms = Date.parse(`${published.value.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000)
}

/** The part of the day (`partsOfHour`) a date with a time of day was written in, by its own clock; 0 for a day-precision date. */
export const publishedPartOf = (published: ClusterInput['published']): number =>
  !published || published.precision === 'day'
    ? 0
    : partsOfHour(Number(published.value.slice(11, 13)))

/** Minutes since the epoch of a date with a time of day; null for a day-precision date. */
export const minuteNumber = (published: ClusterInput['published']): number | null => {
  if (!published || published.precision === 'day') return null
  const ms = Date.parse(published.value)
  return Number.isNaN(ms) ? null : Math.floor(ms / 60_000)
}

/**
 * A unit TF-IDF vector of the n counts at `start` of a count set (of the
 * tokens' ids and counts), keeping the `limit` heaviest entries, written at
 * `at` of `views` (ids, then weights); returns its length. Sublinear tf: the
 * fifth mention of a word is weaker evidence than the first.
 */
export const weighted = (
  tokens: ArticleTokens,
  start: number,
  n: number,
  stats: TermStatistics,
  limit: number,
  views: ArenaViews,
  at: number
): number => {
  if (n === 0) return 0
  if (scratchWeights.length < n) {
    scratchWeights = new Float64Array(n * 2)
    scratchSorted = new Float64Array(n * 2)
  }
  const weights = scratchWeights
  const { cells, halves } = poolOf(tokens)
  const first = tokens.at + start
  const counts = 2 * countsAt(tokens) + start
  for (let i = 0; i < n; i++) {
    const count = halves[counts + i] as number
    const tf = count < SUBLINEAR_TF.length ? (SUBLINEAR_TF[count] as number) : 1 + Math.log(count)
    weights[i] = tf * stats.idf(cells[first + i] as number)
  }
  // Keep the `limit` heaviest, ties by smaller id: everything above the limit-th
  // weight, then entries equal to it in id order. Ids stay ascending.
  let threshold = Number.NEGATIVE_INFINITY
  let ties = n
  if (n > limit) {
    const sorted = scratchSorted.subarray(0, n)
    sorted.set(weights.subarray(0, n))
    sorted.sort()
    threshold = sorted[n - limit] as number
    let above = 0
    for (let i = 0; i < n; i++) if ((weights[i] as number) > threshold) above++
    ties = limit - above
  }
  const size = Math.min(n, limit)
  const ids = views.ints
  const out = views.floats
  let k = 0
  let norm = 0
  for (let i = 0; i < n && k < size; i++) {
    const w = weights[i] as number
    if (w < threshold) continue
    if (w === threshold) {
      if (ties === 0) continue
      ties--
    }
    ids[at + k] = cells[first + i] as number
    out[at + size + k] = w
    norm += w * w
    k++
  }
  norm = Math.sqrt(norm)
  if (norm === 0) return 0
  for (let i = 0; i < k; i++) out[at + size + i] = (out[at + size + i] as number) / norm
  return size
}
let scratchWeights = new Float64Array(1024)
/** 1 + ln(count) of the small counts nearly every term has, computed once. */
const SUBLINEAR_TF = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(count))
let scratchSorted = new Float64Array(1024)

/**
 * Writes at `out` of `views.ints` the ids of the `count` heaviest entries
 * (ties: smaller id) of the vector of n entries at `at` that at least one
 * other document also has and that are not too common to be keys; returns
 * how many. One pass keeping a small sorted list: no sort of the whole vector.
 */
const heaviestKeys = (
  views: Pick<ArenaViews, 'ints' | 'floats'>,
  at: number,
  n: number,
  stats: TermStatistics,
  count: number,
  out: Int32Array,
  outAt: number
): number => {
  const maxDf = MAX_KEY_DOCUMENTS
  const best = scratchBest
  let size = 0
  const ids = views.ints
  const weights = views.floats
  const w0 = at + n
  for (let i = 0; i < n; i++) {
    const w = weights[w0 + i] as number
    // Ids ascend, so an equal weight seen later never displaces an earlier one.
    if (size === count && w <= (weights[w0 + (best[count - 1] as number)] as number)) continue
    const id = ids[at + i] as number
    // With final counts a term only this article has can never lead to another one.
    const df = stats.documentFrequency(id)
    if (stats.frozen && (df < 2 || df > maxDf)) continue
    // Numbers ("711 cases", "20 percent") recur across unrelated stories:
    // they stay in the vectors but do not find candidates.
    if (stats.isNumber(id)) continue
    let pos = size < count ? size : count - 1
    while (pos > 0 && (weights[w0 + (best[pos - 1] as number)] as number) < w) {
      best[pos] = best[pos - 1] as number
      pos--
    }
    best[pos] = i
    if (size < count) size++
  }
  for (let k = 0; k < size; k++) out[outAt + k] = ids[at + (best[k] as number)] as number
  return size
}
const scratchBest = new Int32Array(64)

const scratchKeys = new Int32Array(KEY_TERMS + KEY_ENTITIES)

/**
 * The term ids an article is filed and looked up under in the inverted index
 * (its heaviest content terms and rarest entities, `KEY_TERMS` and
 * `KEY_ENTITIES`), from its vectors. Only filing reads them, once, so they
 * are not kept with the features: a view of a buffer the next call overwrites.
 */
export const indexKeys = (features: ArticleFeatures, stats: TermStatistics): Int32Array => {
  const textKeys = heaviestKeys(
    features,
    features.textAt,
    features.textLength,
    stats,
    KEY_TERMS,
    scratchKeys,
    0
  )
  const entityKeys = heaviestKeys(
    features,
    features.entitiesAt,
    features.entitiesLength,
    stats,
    KEY_ENTITIES,
    scratchKeys,
    textKeys
  )
  return scratchKeys.subarray(0, textKeys + entityKeys)
}

/** Language tag → its primary subtag, one string per subtag: features compare them by identity. */
const primaryLanguages = new Map<string, string>()
const primarySubtags = new Map<string, string>()

/** The primary subtag of a language tag ("en-GB" → "en"), or null when unknown. */
const primaryLanguage = (tag: string | null | undefined): string | null => {
  if (!tag) return null
  let primary = primaryLanguages.get(tag)
  if (primary === undefined) {
    const subtag = tag.split('-')[0] ?? ''
    primary = primarySubtags.get(subtag) ?? subtag
    primarySubtags.set(subtag, primary)
    primaryLanguages.set(tag, primary)
  }
  return primary
}

/** The 16-bit signature, quote grams and vectors of one article, in one arena block. */
export const featuresOf = (
  article: ClusterInput,
  tokens: ArticleTokens,
  stats: TermStatistics
): ArticleFeatures => {
  const grams = tokens.quoteGramsLength
  const textN = Math.min(tokens.termCount, MAX_TEXT_TERMS)
  const leadN = Math.min(tokens.leadCount, MAX_LEAD_TERMS)
  const entitiesN = Math.min(tokens.entityCount, MAX_ENTITIES)
  const empty = tokens.emptySignature
  const signatureN = empty ? 0 : SIGNATURE16_WORDS
  const { views, at } = arenaBlock(signatureN + 2 * (textN + leadN + entitiesN) + grams)
  const words = poolOf(tokens).words
  const from = signature16At(tokens)
  // The 16-bit signature and then the grams: copied as tokenizing made them.
  if (!empty) views.words.set(words.subarray(from, from + SIGNATURE16_WORDS), at)
  const textAt = at + signatureN
  const textLength = weighted(
    tokens,
    termsStart(tokens),
    tokens.termCount,
    stats,
    MAX_TEXT_TERMS,
    views,
    textAt
  )
  const leadAt = textAt + 2 * textN
  const leadLength = weighted(
    tokens,
    leadStart(tokens),
    tokens.leadCount,
    stats,
    MAX_LEAD_TERMS,
    views,
    leadAt
  )
  const entitiesAt = leadAt + 2 * leadN
  const entitiesLength = weighted(
    tokens,
    0,
    tokens.entityCount,
    stats,
    MAX_ENTITIES,
    views,
    entitiesAt
  )
  const quoteGramsAt = entitiesAt + 2 * entitiesN
  const fromGrams = gramsAt(tokens)
  views.words.set(words.subarray(fromGrams, fromGrams + grams), quoteGramsAt)
  const day = dayNumber(article.published)
  const minute = minuteNumber(article.published)
  return {
    day,
    eventDay: eventDayOf(article.text, day) ?? day,
    minute,
    partsOfDay: partsOfDayOf(article.text),
    publishedPart: publishedPartOf(article.published),
    stance: leadStanceOf(article.title, article.text),
    language: primaryLanguage(article.language),
    commentary: commentaryKind(article),
    outlet: article.source.id === UNKNOWN_SOURCE.id ? null : article.source.id,
    opening: tokens.openingCheck,
    wordCount: tokens.wordCount,
    signature16At: empty ? -1 : at,
    ints: views.ints,
    floats: views.floats,
    words: views.words,
    textAt,
    textLength,
    leadAt,
    leadLength,
    entitiesAt,
    entitiesLength,
    quoteGramsAt,
    quoteGramsLength: grams,
    freshQuoteGramsLength: freshFirst(
      views.words,
      quoteGramsAt,
      grams,
      printedMinute(minute, day),
      stats.firstPrintedOf
    ),
  }
}
