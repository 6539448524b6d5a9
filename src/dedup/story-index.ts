/**
 * @module
 * The incremental story index. `add(article)` files one article and scores it
 * only against candidates: articles sharing a MinHash-LSH band (near-duplicates)
 * or a key term or entity within the time window (same story). It never passes
 * over the corpus, so the cost of adding one article does not grow with the
 * corpus, only with how crowded its keys are.
 *
 * Scored pairs become edges: near-duplicate, story link (score ≥ threshold)
 * or related (score ≥ EDGE_FLOOR, kept for averages); two articles of one
 * outlet are an edge only as copies (`sameOutlet`). Linked articles form
 * components (union-find); inside a component, stories are formed by gated
 * average-link agglomeration: near-duplicates first, then the two groups
 * with the highest average pair score merge while some pair between them
 * links and the average reaches AVERAGE_LINK_THRESHOLD (two stories of
 * several texts: GROUP_MERGE_THRESHOLD, or COHESIVE_MERGE_* when they are
 * nearly as alike as the looser of them is within itself, `groupsMerge`,
 * and the merge gate's model finds them likely, `cohesiveGate`).
 * A single bridge pair therefore cannot chain two stories together. Then two
 * stories of several texts that are alike as wholes (pooled centroids, shared
 * figures, one news day: POOLED_MERGE_*) merge, each at most once. Last, a
 * story of one text joins the story of several it matches best, on average
 * or as a whole (ATTACH_THRESHOLD, POOLED_ATTACH_THRESHOLD), which may lie in
 * another component.
 *
 * Every edge depends only on its two articles (given fixed term statistics),
 * candidate finding is symmetric and the agglomeration breaks ties by article
 * ids, so final membership does not depend on arrival order (see
 * `docs/dedup.md` for the documented exceptions).
 */
import {
  type Article,
  type ClusterInput,
  canonicalizeUrl,
  type DateValue,
  type DistinctArticle,
  hash128,
  type PairExplanation,
  type Sighting,
  type Story,
  type StoryExplanation,
  type StoryJoin,
  type StoryMember,
  UNKNOWN_SOURCE,
} from '../schema/index.ts'
import {
  type ArticleFeatures,
  type ArticleTokens,
  consumeTokens,
  countDocument,
  featuresOf,
  indexKeys,
  printedMinuteOf,
  quotedTextOf,
  tokenBandKeys,
  tokenizeArticle,
} from './article-features.ts'
import { BinaryHeap } from './binary-heap.ts'
import {
  chooseLeadArticle,
  compareByPublished,
  compareLeadCandidates,
  comparePublished,
  dateMs,
} from './choose-lead-article.ts'
import { EdgeStore } from './edge-store.ts'
import { ExactKeys } from './exact-keys.ts'
import { extractQuotes, quoteGrams } from './extract-quotes.ts'
import { findRoot } from './find-root.ts'
import { grownTo } from './grow-array.ts'
import { mix32 } from './hash-string.ts'
import { MultiMap } from './multi-map.ts'
import {
  type PooledSignals,
  partsOfDayApartWithoutHours,
  pooledFigures,
  pooledScoreOf,
  pooledSignals,
} from './pooled-similarity.ts'
import { countsForPair } from './quote-recaps.ts'
import {
  ATTACH_MARGIN,
  ATTACH_THRESHOLD,
  AVERAGE_LINK_THRESHOLD,
  COHESIVE_MERGE_SHARE,
  COHESIVE_MERGE_THRESHOLD,
  COMPONENT_LINK_THRESHOLD,
  CYCLE_MERGE_THRESHOLD,
  CYCLE_MERGE_TIME,
  daysApart,
  EDGE_NEAR_DUPLICATE,
  EDGE_NONE,
  EDGE_RELATED,
  EDGE_STORY,
  eventDaysApart,
  GROUP_MERGE_THRESHOLD,
  isNearDuplicate,
  joinsComponents,
  NEAR_ATTACH_FIGURES,
  NEAR_ATTACH_MINUTES,
  NEAR_ATTACH_THRESHOLD,
  NEAR_DUPLICATE_WINDOW_DAYS,
  OTHER_DAY_POOLED_AVERAGE,
  POOLED_ATTACH_THRESHOLD,
  POOLED_MERGE_FIGURES,
  POOLED_MERGE_THRESHOLD,
  POOLED_MERGE_TIME,
  POOLED_NEAR_ATTACH_THRESHOLD,
  pairTimeFactor,
  quickResult,
  quickVerdict,
  round,
  STORY_WINDOW_DAYS,
  scorePair,
  withinNewsCycle,
} from './score-pair.ts'
import { topSharedIdsAt } from './sparse-vector.ts'
import { TermStatistics } from './term-statistics.ts'
import { type AttachEvidence, UNKNOWN_HOURS, weighedBest } from './weigh-attachment.ts'
import {
  COHESIVE_MERGE_LIKELIHOOD,
  type MergeEvidence,
  mergeLikelihood,
  WEIGHED_MERGE_LIKELIHOOD,
} from './weigh-merge.ts'

/**
 * Same-story candidates scored per added article at most, by the summed IDF
 * of the keys they share (a shared place or name outranks shared subject
 * words). Copies found through LSH bands come on top. Caps the work of one add.
 */
export const MAX_CANDIDATES = 50

/**
 * An LSH band key shared by more documents than this is boilerplate and is
 * ignored: copies of one text share many bands, so they are still found. With
 * frozen statistics the count is over the whole set (order-independent).
 */
export const MAX_BAND_DOCUMENTS = 64

/** A candidate found only through keys must share at least this many of them. */
export const MIN_SHARED_KEYS = 1

/**
 * A single text is pooled with (`pooledScore`) at most this many stories: those
 * its pair scores are highest with on average, when that average reaches
 * POOL_CANDIDATE_AVERAGE. Pooling reads every member's vectors; this keeps an
 * add near-constant work when a busy topic surrounds it with stories.
 */
export const POOL_CANDIDATES = 3
export const POOL_CANDIDATE_AVERAGE = 0.1

/**
 * Two stories of several texts are pooled (`mergeAlikeStories`) only when
 * their pair scores average at least this. Pooling costs a pass over both
 * stories' vectors and runs on every add into their component; the merges it
 * finds have pair averages of 0.24–0.39 (pooled 1.4–1.7 times the average,
 * against the 0.4 needed), so pairs below 0.2 cannot reach it in practice.
 */
export const POOL_MERGE_CANDIDATE_AVERAGE = 0.2

/** Earlier members a story member is checked against for being their copy. */
const MAX_COPY_CHECKS = 64

/** Undated articles are compared through a day-less list per key, capped at this many entries. */
export const MAX_ANY_DAY_POSTINGS = 1000

/** Day slot of the postings key for undated articles. */
const UNDATED = 0xffff
/** `#day` of an undated entry. */
const NO_DAY = -0x80000000
/** Weight of a shared LSH band in candidate ranking: above any number of shared keys. */
const BAND_WEIGHT = 1 << 16

export type StoryIndexOptions = {
  /**
   * Term statistics to weigh terms with. Frozen statistics (counted over the
   * whole input first, as `clusterArticles` does) make every link independent
   * of arrival order. Without them the index counts as it goes.
   */
  statistics?: TermStatistics
  /**
   * For fitting WEIGHED_ATTACH_MODEL (scripts/fit-weighed-attachment.ts): called
   * with every single text that is not commentary and has candidate stories:
   * its capture ids, its candidates' evidence, and whether a threshold rule
   * attached it. With `weighedAttach: false` the weighed rule is never applied.
   */
  observeWeighedAttach?: (
    single: string[],
    candidates: WeighedCandidate[],
    thresholdRuleAttached: boolean
  ) => void
  weighedAttach?: boolean
  /**
   * For fitting WEIGHED_MERGE_MODEL (scripts/fit-weighed-merge.ts): called with
   * the capture ids of every two stories a merge rule would join as wholes
   * (and `partsOfDayApartWithoutHours` does not keep apart), and their
   * evidence. With `weighedMerge: false` the gate refuses no merge.
   */
  observeMerge?: (a: string[], b: string[], evidence: MergeEvidence) => void
  weighedMerge?: boolean
  /**
   * With `false`, the same model never refuses a cohesive merge as stories
   * are formed (COHESIVE_MERGE_LIKELIHOOD): for the test that checks it.
   */
  weighedCohesiveMerge?: boolean
  /**
   * With `false`, two stories whose leads place them in different parts of
   * one day, without the hours (`partsOfDayApartWithoutHours`), may still
   * merge as wholes: for the test that checks it.
   */
  partsOfDayMergeGate?: boolean
}

/** One candidate story of a single text, as the weighed attachment sees it. */
export type WeighedCandidate = { memberIds: string[]; evidence: AttachEvidence }

/** What `add` did with an article. */
export type AddResult = {
  /** The distinct article it is (or became a sighting of). */
  distinctId: string
  storyId: string
  /** True when it was an exact duplicate of an article already filed. */
  duplicate: boolean
}

type Entry<A extends ClusterInput = ClusterInput> = {
  article: A
  /** Id of the first capture filed: the story id of a story it founds derives from it. */
  firstCaptureId: string
  captures: A[]
  features: ArticleFeatures
  /** `hash128('story:' + firstCaptureId)`, computed when first needed. */
  storyHash: string | null
  /** Its quotes, each with its own grams, for explanations; read from the text when first needed. */
  quotes: { quote: string; grams: Uint32Array }[] | null
}

/**
 * A distinct article whose captures are the records given to the index, as
 * given: full Articles for the Worker, or the clustering projection
 * (`ClusterInput`) for a batch job that loaded only those columns.
 */
export type DistinctOf<A extends ClusterInput = Article> = Omit<DistinctArticle, 'article'> & {
  article: A
}

export class StoryIndex<A extends ClusterInput = Article> {
  readonly #stats: TermStatistics
  readonly #entries: Entry<A>[] = []
  /** `u:<canonical url>` and `t:<text hash>` → entry. */
  readonly #exact = this.#exactKeys()
  /** Capture id → entry. */
  readonly #captureEntry = new Map<string, number>()
  /** Band key → entry, or entries when several share it (most keys have one: no array). */
  readonly #bands = new MultiMap()
  /** (Term, day) key → entry or entries. */
  readonly #postings = new MultiMap()
  /** Term → entries with that key on any day (for undated articles), capped per term. */
  readonly #anyDayByKey = new MultiMap()
  #anyDayCount = new Uint16Array(1024)
  /**
   * Whether `#anyDayByKey` is kept. Only an undated article reads it. In a
   * set that takes no more (statistics `complete`: frozen before the first
   * article is filed, and no article filed after the set) an entry's keys
   * never change, so it is made when the first undated article of the set is
   * filed, from every entry before it, the same as if kept all along (at
   * 100k dated articles, ~10 MB never held); that one pass is part of the
   * batch. An index that may take more keeps it from the start, so that no
   * `add` passes over the corpus (and without frozen statistics keys depend
   * on the counts at filing).
   */
  #anyDayKept: boolean
  /** Scored pairs, each entry's in the order they were made. */
  readonly #edges = new EdgeStore()
  /** Union-find over linked entries (components). */
  #parent = new Int32Array(1024)
  /**
   * Entry → its `features.day` (NO_DAY when undated): the many band sharers
   * too far apart to be copies are told apart without reading their features.
   */
  #day = new Int32Array(1024)
  /**
   * Entry → its article's outlet number (`#outletNumber`): same-outlet pairs
   * are told without reading two articles' sources.
   */
  #outletOf = new Int32Array(1024)
  /** Source id → outlet number. */
  readonly #outlets = new Map<string, number>()
  /** Root of a linked component → its members (undefined: not a root); indexed by entry, as `#storyMembers`. */
  readonly #componentMembers: (number[] | undefined)[] = []
  /** Components whose stories must be formed again. */
  readonly #dirty = new Set<number>()
  /** Entry → founder (first-arrived member) of its story; -1 while its component is dirty. */
  #storyFounder = new Int32Array(1024).fill(-1)
  /**
   * Founder → story members (undefined: founds none). Indexed by entry, not a
   * map: at 100k articles the maps' tables and their growth cost ~7 MB in
   * the step where the clustering's peak is.
   */
  readonly #storyMembers: (number[] | undefined)[] = []
  /** Story id → founder. */
  readonly #storyById = new Map<string, number>()
  /** Founder → number of independent texts in its story (copies of one text count once); 0: founds none. */
  #storyParts = new Int32Array(1024)
  /**
   * Founder of a single-text story → the story it is attached to, the rule
   * that attached it (ATTACH_*, NEAR_ATTACH_*, WEIGHED_ATTACH_*), its pair
   * average and pooled score there, and its figures cosine when a rule other
   * than the first weighed them (for explanations).
   */
  readonly #attachedTo = new Map<number, AttachedTo>()
  /** Founder → the merges `mergeAlikeStories` made into its story. */
  readonly #mergeJoins = new Map<number, MergeJoin[]>()
  /** Founder → the members its story is pooled by (`poolSample`), computed when first needed. */
  readonly #poolSamples = new Map<number, ArticleFeatures[]>()
  /** Founder → founders of the single-text stories attached to it. */
  readonly #attachments = new Map<number, number[]>()
  /** Candidates of the article being filed that share an LSH band with it and are its copies (`isNearDuplicate`). */
  readonly #bandSharers = new Set<number>()
  /** Scratch for candidate counting. */
  #shared = new Int32Array(1024)
  /** Scratch: summed IDF of the keys each candidate shares. */
  #rank = new Float64Array(1024)

  readonly #observeWeighed: StoryIndexOptions['observeWeighedAttach']
  readonly #weighedAttach: boolean
  readonly #mergeGate: MergeGate

  constructor(options: StoryIndexOptions = {}) {
    this.#stats = options.statistics ?? new TermStatistics()
    // `complete` implies frozen (`releaseWords` freezes).
    this.#anyDayKept = !this.#stats.complete
    this.#observeWeighed = options.observeWeighedAttach
    this.#weighedAttach = options.weighedAttach ?? true
    const observe = options.observeMerge
    this.#mergeGate = {
      weighed: options.weighedMerge ?? true,
      cohesive: options.weighedCohesiveMerge ?? true,
      partsOfDay: options.partsOfDayMergeGate ?? true,
      observe:
        observe &&
        ((a, b, evidence) => observe(this.#captureIds(a), this.#captureIds(b), evidence)),
    }
  }

  readonly #isNumber = (id: number): boolean => this.#stats.isNumber(id)

  /** True once `seal` freed the filing tables. */
  #sealed = false

  /**
   * Batch use, once every article is filed: frees what only filing reads (LSH
   * band and posting tables, exact-duplicate keys). Stories, explanations,
   * assignments and comparisons still work; filing another article throws.
   */
  seal(): void {
    this.#sealed = true
    // Freed now, not at the next full collection: forming the stories comes next.
    this.#exact.release()
    this.#bands.release()
    this.#postings.release()
    this.#anyDayByKey.release()
    this.#anyDayCount = new Uint16Array(0)
    this.#shared = new Int32Array(0)
    this.#rank = new Float64Array(0)
  }

  /** Pairs scored so far (diagnostics: the work candidate finding let through). */
  scoredPairs = 0

  /** Number of distinct articles filed. */
  get size(): number {
    return this.#entries.length
  }

  /** Files one article; near-constant work (see the module comment). */
  add(article: A): AddResult {
    const result = this.fileArticle(article)
    const index = this.#captureEntry.get(article.id) as number
    // Every dirty component, not only this one: an attachment judged here reads its
    // neighbours' stories, which articles filed without `add` may have left unformed.
    // After `add` alone only this article's component is dirty, so the cost is the same.
    this.#settleAll()
    return { ...result, storyId: this.#storyIdOf(index) }
  }

  /**
   * Files an article without forming stories yet (batch use: stories form on
   * the next query). `tokens`, when given, must come from `tokenizeArticle`
   * with this index's statistics.
   */
  fileArticle(article: A, tokens?: ArticleTokens): Omit<AddResult, 'storyId'> {
    if (this.#sealed) throw new Error('StoryIndex: sealed (batch done), no article can be filed')
    const pending = tokens ?? this.#stats.pendingTokens.get(article)
    if (pending) this.#stats.pendingTokens.delete(article)
    const keys = pending?.exactKeys ?? exactKeys(article)
    let existing: number | undefined
    for (const k of keys) {
      existing = this.#exact.get(k)
      if (existing !== undefined) break
    }
    if (existing !== undefined) {
      if (pending) consumeTokens(pending)
      // The copy printed the text's quotes at its own date (a backfill files out of date order).
      const { words, quoteGramsAt, quoteGramsLength } = (this.#entries[existing] as Entry<A>)
        .features
      this.#stats.notePrinted(
        words.subarray(quoteGramsAt, quoteGramsAt + quoteGramsLength),
        printedMinuteOf(article.published)
      )
      return this.#addCapture(existing, article, keys)
    }

    // A complete set's articles come with their tokens: a new one would be filed
    // against band keys and any-day postings kept for the set alone.
    if (!pending && this.#stats.complete)
      throw new Error(
        'StoryIndex: its set is complete (fileAll final); a new article needs an index that may take more'
      )
    const tokenized = pending ?? tokenizeArticle(article, this.#stats)
    const tokenBands = tokenBandKeys(tokenized)
    if (!this.#stats.frozen) countDocument(tokenized, article, this.#stats, tokenBands)
    const features = featuresOf(article, tokenized, this.#stats)
    // Nothing reads the tokens again: their pool may become arena space.
    consumeTokens(tokenized)
    const index = this.#entries.length
    this.#entries.push({
      article,
      firstCaptureId: article.id,
      captures: [article],
      features,
      storyHash: null,
      quotes: null,
    })
    for (const key of keys) this.#exact.set(key, index, 0)
    this.#captureEntry.set(article.id, index)
    this.#grow(index)
    this.#parent[index] = index
    this.#day[index] = features.day ?? NO_DAY
    this.#outletOf[index] = this.#outletNumber(article)
    this.#componentMembers.push([index])
    this.#storyMembers.push(undefined)
    this.#dirty.add(index)

    const bands = this.#usableBands(tokenBands)
    if (features.day === null && !this.#anyDayKept) this.#keepAnyDay(index)
    const termKeys = indexKeys(features, this.#stats)
    for (const candidate of this.#candidates(index, bands, termKeys)) {
      const other = this.#entries[candidate] as Entry<A>
      this.scoredPairs++
      // Band sharers were confirmed copies by #candidates (the same test quickVerdict makes first).
      const copy = this.#bandSharers.has(candidate)
      const kind = copy ? EDGE_NEAR_DUPLICATE : quickVerdict(features, other.features)
      if (
        kind === EDGE_NONE ||
        (kind !== EDGE_NEAR_DUPLICATE &&
          (this.#sameOutlet(index, candidate) || opinionOf(features, other.features)))
      )
        continue
      const score = copy ? 1 : quickResult.score
      this.#edges.link(index, candidate, kind, score)
      if (joinsComponents(kind, score, quickResult.time)) this.#union(index, candidate)
    }
    this.#file(index, bands, termKeys)
    return { distinctId: article.id, duplicate: false }
  }

  /** An empty exact-key table confirming claims by the captures' own keys. */
  #exactKeys(): ExactKeys {
    return new ExactKeys((entry, capture, key) =>
      exactKeyOf((this.#entries[entry] as Entry<A>).captures[capture] as A, key.charCodeAt(0))
    )
  }

  #grow(index: number): void {
    if (index < this.#parent.length) return
    const size = this.#parent.length * 2
    this.#parent = grownTo(this.#parent, size)
    this.#day = grownTo(this.#day, size)
    this.#outletOf = grownTo(this.#outletOf, size)
    this.#storyFounder = grownTo(this.#storyFounder, size, -1)
    this.#storyParts = grownTo(this.#storyParts, size)
    this.#shared = new Int32Array(size)
    this.#rank = new Float64Array(size)
  }

  /** A capture of an article already filed: one more sighting, maybe a better representative. */
  #addCapture(index: number, article: A, keys: string[]): Omit<AddResult, 'storyId'> {
    const entry = this.#entries[index] as Entry<A>
    if (!this.#captureEntry.has(article.id)) {
      entry.captures.push(article)
      this.#captureEntry.set(article.id, index)
    }
    for (const key of keys) {
      const other = this.#exact.get(key)
      // Same URL as one article, same text as another: the two are one article seen twice.
      if (other !== undefined && other !== index) {
        this.#edges.link(index, other, EDGE_NEAR_DUPLICATE, 1)
        this.#union(index, other)
      } else if (other === undefined)
        this.#exact.set(key, index, entry.captures.lastIndexOf(article))
    }
    entry.article = chooseLeadArticle(entry.captures)
    this.#outletOf[index] = this.#outletNumber(entry.article)
    this.#dirty.add(this.#find(index))
    return { distinctId: entry.article.id, duplicate: true }
  }

  /** Entries worth scoring against entry `index`, found through its LSH bands and keys. */
  #candidates(index: number, bands: readonly number[], keys: Int32Array): number[] {
    const { features } = this.#entries[index] as Entry<A>
    const shared = this.#shared
    const rank = this.#rank
    const touched: number[] = []
    let weight = BAND_WEIGHT
    let specificity = 0
    const bump = (other: number) => {
      if (shared[other] === 0) touched.push(other)
      shared[other] = (shared[other] as number) + weight
      rank[other] = (rank[other] as number) + specificity
    }
    // A shared band is near-certain evidence of a copy: rank those first.
    for (const key of bands) this.#bands.forEach(key, bump)
    weight = 1
    for (let k = 0; k < keys.length; k++) {
      const term = keys[k] as number
      // Rarer shared keys (a place, a name) rank a candidate above common ones.
      specificity = this.#stats.idf(term)
      if (features.day === null) {
        this.#anyDayByKey.forEach(term, bump)
      } else {
        for (let d = features.day - STORY_WINDOW_DAYS; d <= features.day + STORY_WINDOW_DAYS; d++)
          this.#postings.forEach(postingKey(term, d), bump)
        this.#postings.forEach(postingKey(term, null), bump)
      }
    }
    // Band sharers are checked for being copies here, outside the cap: shared
    // boilerplate makes some share a band with many articles of any date, and
    // ranked first they would crowd the same-story candidates out. Those that
    // are not copies compete by their shared keys like everyone else.
    const copies: number[] = []
    const kept: number[] = []
    this.#bandSharers.clear()
    for (const other of touched) {
      if (other === index) continue
      const n = shared[other] as number
      if (
        n >= BAND_WEIGHT &&
        !this.#tooFarApartForCopies(index, other) &&
        isNearDuplicate(features, (this.#entries[other] as Entry<A>).features)
      ) {
        this.#bandSharers.add(other)
        copies.push(other)
      } else if (n % BAND_WEIGHT >= MIN_SHARED_KEYS) kept.push(other)
    }
    if (kept.length > MAX_CANDIDATES)
      kept.sort((a, b) => (rank[b] as number) - (rank[a] as number) || a - b)
    for (const other of touched) {
      shared[other] = 0
      rank[other] = 0
    }
    if (kept.length > MAX_CANDIDATES) kept.length = MAX_CANDIDATES
    return copies.length === 0 ? kept : [...copies, ...kept]
  }

  /**
   * Whether two entries' articles come from one known outlet. Its articles
   * share its house text whatever they report (bylines, footers, background
   * paragraphs recycled from one day's story into the next), so two of them
   * are evidence of one story only as copies; different write-ups of one
   * event by one outlet still meet through the other outlets' coverage.
   */
  #sameOutlet(a: number, b: number): boolean {
    const outlet = this.#outletOf[a] as number
    return outlet >= 0 && outlet === this.#outletOf[b]
  }

  /** A number for the known outlet of an article (by source id), -1 for an unknown source. */
  #outletNumber(article: A): number {
    const id = article.source.id
    if (id === UNKNOWN_SOURCE.id) return -1
    let outlet = this.#outlets.get(id)
    if (outlet === undefined) {
      outlet = this.#outlets.size
      this.#outlets.set(id, outlet)
    }
    return outlet
  }

  /** True when both entries are dated and further apart than copies may be (`isNearDuplicate` is false). */
  #tooFarApartForCopies(a: number, b: number): boolean {
    const x = this.#day[a] as number
    const y = this.#day[b] as number
    return x !== NO_DAY && y !== NO_DAY && Math.abs(x - y) > NEAR_DUPLICATE_WINDOW_DAYS
  }

  /**
   * The band keys an article is filed and looked up under: a band key in more
   * than MAX_BAND_DOCUMENTS documents is boilerplate (stock sentences shared by
   * an outlet's or a template's articles), not evidence of a copy. Nor, in a
   * complete set (`keepSharedBands`), is a key no other article has: it finds
   * nothing, and filed it would only fill the table.
   */
  #usableBands(keys: readonly number[]): number[] {
    return keys.filter(
      (k) => this.#stats.bandFrequency(k) <= MAX_BAND_DOCUMENTS && this.#stats.bandShared(k)
    )
  }

  #file(index: number, bands: readonly number[], keys: Int32Array): void {
    const { features } = this.#entries[index] as Entry<A>
    for (const key of bands) this.#bands.add(key, index)
    for (let k = 0; k < keys.length; k++)
      this.#postings.add(postingKey(keys[k] as number, features.day), index)
    if (this.#anyDayKept) this.#fileAnyDay(index, keys)
  }

  /** Makes the any-day lists (`#anyDayKept`) of the entries before `index`, in filing order. */
  #keepAnyDay(index: number): void {
    this.#anyDayKept = true
    for (let i = 0; i < index; i++)
      this.#fileAnyDay(i, indexKeys((this.#entries[i] as Entry<A>).features, this.#stats))
  }

  #fileAnyDay(index: number, keys: Int32Array): void {
    for (let k = 0; k < keys.length; k++) {
      const term = keys[k] as number
      if (term >= this.#anyDayCount.length) {
        const grown = new Uint16Array(Math.max(term + 1, this.#anyDayCount.length * 2))
        grown.set(this.#anyDayCount)
        this.#anyDayCount = grown
      }
      if ((this.#anyDayCount[term] as number) < MAX_ANY_DAY_POSTINGS) {
        this.#anyDayCount[term] = (this.#anyDayCount[term] as number) + 1
        this.#anyDayByKey.add(term, index)
      }
    }
  }

  #find(index: number): number {
    return findRoot(this.#parent, index)
  }

  #union(a: number, b: number): void {
    const ra = this.#find(a)
    const rb = this.#find(b)
    if (ra === rb) {
      this.#dirty.add(ra)
      return
    }
    const ma = this.#componentMembers[ra] as number[]
    const mb = this.#componentMembers[rb] as number[]
    const [big, small] = ma.length >= mb.length ? [ra, rb] : [rb, ra]
    this.#parent[small] = big
    const bigMembers = this.#componentMembers[big] as number[]
    for (const m of this.#componentMembers[small] as number[]) bigMembers.push(m)
    this.#componentMembers[small] = undefined
    this.#dirty.delete(small)
    this.#dirty.add(big)
  }

  /** Forms the stories of every component that changed. */
  #settleAll(): void {
    if (this.#dirty.size === 0) return
    const roots = new Set<number>()
    for (const root of this.#dirty) roots.add(this.#find(root))
    this.#settleRoots(roots)
  }

  /**
   * Forms the stories of these components, then attaches again every
   * single-text story they hold or border: an attachment depends only on the
   * single text's edges and the stories at their other ends.
   */
  #settleRoots(roots: Iterable<number>): void {
    const settled: number[] = []
    for (const root of roots) {
      if (!this.#dirty.has(root)) continue
      this.#settle(root)
      for (const m of this.#componentMembers[root] as number[]) settled.push(m)
    }
    if (settled.length === 0) return
    const singles = new Set<number>()
    const consider = (m: number) => {
      const founder = this.#storyFounder[m] as number
      if (founder >= 0 && this.#storyParts[founder] === 1) singles.add(founder)
    }
    for (const m of settled) {
      consider(m)
      for (let e = this.#edges.first(m); e >= 0; e = this.#edges.next(e))
        consider(this.#edges.other(e))
    }
    for (const single of [...singles].sort((a, b) => a - b)) this.#attach(single)
  }

  /**
   * Attaches a single-text story to the story it is most alike as a whole, if
   * any (`#attachOne`); for a text carried in copies, the lone texts beside it
   * then choose again.
   */
  #attach(single: number): void {
    this.#attachOne(single)
    const core = this.#storyMembers[single] as number[]
    if (core.length < 2) return
    // A text carried in copies takes lone texts only while it has joined no
    // story itself, which may just have changed: the lone texts beside it
    // choose again, so the outcome does not depend on which came first.
    const lone = new Set<number>()
    for (const m of core)
      for (let e = this.#edges.first(m); e >= 0; e = this.#edges.next(e)) {
        const founder = this.#storyFounder[this.#edges.other(e)] as number
        if (founder >= 0 && (this.#storyMembers[founder] as number[]).length === 1)
          lone.add(founder)
      }
    for (const founder of [...lone].sort((a, b) => a - b)) this.#attachOne(founder)
  }

  /** One single-text story's attachment, decided afresh (`#takesAttachments` says which stories may take it). */
  #attachOne(single: number): void {
    this.#detach(single)
    const core = this.#storyMembers[single] as number[]
    const lone = core.length === 1 ? (this.#entries[core[0] as number] as Entry<A>).features : null
    // Candidates by their members' edges: summed pair scores (missing pairs count 0).
    const sums = edgeSums(core, this.#edges, (neighbour) => {
      const target = this.#storyFounder[neighbour] as number
      return target < 0 || target === single || !this.#takesAttachments(target, lone)
        ? undefined
        : target
    })
    // Only the few most alike on average are pooled: pooling reads every member's vectors.
    const averageOf = (target: number) =>
      (sums.get(target) as number) / (core.length * (this.#storyMembers[target] as number[]).length)
    const targets = [...sums.keys()]
      .filter((t) => averageOf(t) >= POOL_CANDIDATE_AVERAGE)
      .sort((a, b) => averageOf(b) - averageOf(a) || (this.#hashOf(a) < this.#hashOf(b) ? -1 : 1))
      .slice(0, POOL_CANDIDATES)
    if (targets.length === 0) return
    const own = poolSample(core, this.#entries)
    const signalsOf = new Map(targets.map((t) => [t, pooledSignals(own, this.#poolSampleOf(t))]))
    const pooledOf = new Map(targets.map((t) => [t, pooledScoreOf(signalsOf.get(t) ?? null)]))
    // Evidence in units of each rule's threshold: by its pair average, or as a whole.
    const evidence = (threshold: number, pooledThreshold: number) => (t: number) =>
      Math.max(averageOf(t) / threshold, (pooledOf.get(t) as number) / pooledThreshold)
    const attachEvidence = evidence(ATTACH_THRESHOLD, POOLED_ATTACH_THRESHOLD)
    let best = this.#clearBest(
      targets,
      (t) =>
        averageOf(t) >= OTHER_DAY_POOLED_AVERAGE || !this.#onAnotherDay(core, t)
          ? attachEvidence(t)
          : averageOf(t) / ATTACH_THRESHOLD,
      1
    )
    let rule: AttachRule = 'attached'
    let figures: number | null = null
    if (!core.some((m) => (this.#entries[m] as Entry<A>).features.commentary !== null)) {
      const figuresOf = new Map<number, number>()
      const figuresFor = (t: number): number => {
        let f = figuresOf.get(t)
        if (f === undefined) {
          f = pooledFigures(own, this.#poolSampleOf(t), this.#isNumber)
          figuresOf.set(t, f)
        }
        return f
      }
      if (best < 0) {
        // Reported within hours of the story and repeating its figures: weaker evidence will do.
        const near = targets.filter(
          (t) =>
            this.#publishedWithin(core, t, NEAR_ATTACH_MINUTES) &&
            figuresFor(t) >= NEAR_ATTACH_FIGURES
        )
        best = this.#clearBest(
          near,
          evidence(NEAR_ATTACH_THRESHOLD, POOLED_NEAR_ATTACH_THRESHOLD),
          ATTACH_THRESHOLD / NEAR_ATTACH_THRESHOLD
        )
        if (best >= 0) rule = 'attached-within-hours'
      }
      if (best < 0 || this.#observeWeighed) {
        // Every signal at once, weighed (`weigh-attachment.ts`).
        const weighed = targets.map((t) => {
          const signals = signalsOf.get(t) ?? null
          return {
            pooled: pooledOf.get(t) as number,
            text: signals?.text ?? 0,
            lead: signals?.lead ?? 0,
            time: signals?.time ?? 0,
            average: averageOf(t),
            figures: figuresFor(t),
            hours: this.#hoursApart(core, t),
            timed: this.#nearest(core, t, minutesApart) < Number.POSITIVE_INFINITY,
          }
        })
        this.#observeWeighed?.(
          this.#captureIds(core),
          weighed.map((evidence, i) => ({
            memberIds: this.#captureIds(this.#storyMembers[targets[i] as number] as number[]),
            evidence,
          })),
          best >= 0
        )
        const chosen = best < 0 && this.#weighedAttach ? weighedBest(weighed) : -1
        if (chosen >= 0) {
          best = targets[chosen] as number
          rule = 'attached-on-weighed-evidence'
        }
      }
      if (rule !== 'attached') figures = figuresFor(best)
    }
    if (best < 0) return
    this.#attachedTo.set(single, {
      target: best,
      rule,
      pairAverage: averageOf(best),
      pooledScore: pooledOf.get(best) as number,
      figures,
    })
    const list = this.#attachments.get(best)
    if (list) list.push(single)
    else this.#attachments.set(best, [single])
  }

  /**
   * The target whose evidence (in threshold units) reaches 1 and beats every
   * other by ATTACH_MARGIN (in pair-average units, scaled by `marginScale`
   * for a rule of another threshold), or -1. Ties go to the smaller story id,
   * which does not depend on arrival order.
   */
  #clearBest(targets: readonly number[], evidence: (t: number) => number, marginScale: number) {
    let best = -1
    let bestScore = 0
    let second = 0
    for (const target of targets) {
      const score = evidence(target)
      if (
        score > bestScore ||
        (score === bestScore && best >= 0 && this.#hashOf(target) < this.#hashOf(best))
      ) {
        second = bestScore
        best = target
        bestScore = score
      } else if (score > second) second = score
    }
    const margin = (ATTACH_MARGIN / ATTACH_THRESHOLD) * marginScale
    return best < 0 || bestScore < 1 || bestScore - second < margin ? -1 : best
  }

  /**
   * Whether a story may take a single text: one of several texts, or, for a
   * lone text (one article, no copies), one text carried in copies by several
   * outlets that has joined no story itself and was published within
   * NEAR_ATTACH_MINUTES of it (on its day when the hours are unknown). First
   * reports are often a wire text and its republications, with each outlet's
   * own write-up scoring under STORY_THRESHOLD against it; without this they
   * all stayed apart. The window keeps out the next day's wire text that
   * recaps the event (a currency's rebound recapping its plunge). Only lone
   * texts take that way, and only to a story that is not attached, so
   * attachments never chain.
   */
  #takesAttachments(founder: number, lone: ArticleFeatures | null): boolean {
    if ((this.#storyParts[founder] as number) >= 2) return true
    if (lone === null || this.#attachedTo.has(founder)) return false
    const members = this.#storyMembers[founder] as number[]
    return (
      members.length >= 2 &&
      members.some(
        (m) => hoursApart(lone, (this.#entries[m] as Entry<A>).features) <= NEAR_ATTACH_MINUTES / 60
      )
    )
  }

  #captureIds(members: readonly number[]): string[] {
    return members.map((m) => (this.#entries[m] as Entry<A>).firstCaptureId)
  }

  /** The smallest `gap` between a member of `core` and one of the story's reports (Infinity if none has one). */
  #nearest(
    core: readonly number[],
    founder: number,
    gap: (a: ArticleFeatures, b: ArticleFeatures) => number
  ): number {
    let nearest = Number.POSITIVE_INFINITY
    for (const c of core) {
      const a = (this.#entries[c] as Entry<A>).features
      for (const m of this.#storyMembers[founder] as number[])
        nearest = Math.min(nearest, gap(a, (this.#entries[m] as Entry<A>).features))
    }
    return nearest
  }

  /** Whether `core` is dated, on another calendar day than each of the story's dated reports (some are dated). */
  #onAnotherDay(core: readonly number[], founder: number): boolean {
    const days = this.#nearest(core, founder, calendarDaysApart)
    return days >= 1 && days < Number.POSITIVE_INFINITY
  }

  /** Hours between `core` and the story's nearest report (`hoursApart`); UNKNOWN_HOURS when no pair is dated. */
  #hoursApart(core: readonly number[], founder: number): number {
    const hours = this.#nearest(core, founder, hoursApart)
    return hours === Number.POSITIVE_INFINITY ? UNKNOWN_HOURS : hours
  }

  /** Whether some member of `core` was published within `minutes` of one of the story's reports (times of day known). */
  #publishedWithin(core: readonly number[], founder: number, minutes: number): boolean {
    return this.#nearest(core, founder, minutesApart) <= minutes
  }

  #detach(single: number): void {
    const target = this.#attachedTo.get(single)?.target
    if (target === undefined) return
    this.#attachedTo.delete(single)
    const list = (this.#attachments.get(target) as number[]).filter((s) => s !== single)
    if (list.length > 0) this.#attachments.set(target, list)
    else this.#attachments.delete(target)
  }

  #poolSampleOf(founder: number): ArticleFeatures[] {
    let sample = this.#poolSamples.get(founder)
    if (!sample) {
      sample = poolSample(this.#storyMembers[founder] as number[], this.#entries)
      this.#poolSamples.set(founder, sample)
    }
    return sample
  }

  /** A story's members: its own, then those of the single texts attached to it. */
  #membersOf(founder: number): number[] {
    const own = this.#storyMembers[founder] as number[]
    const attached = this.#attachments.get(founder)
    if (!attached) return own
    return [...own, ...attached.flatMap((s) => this.#storyMembers[s] as number[])]
  }

  /**
   * Forms the stories of one component by gated average-link agglomeration
   * (see the module comment). Ties break by the smallest capture id, so the
   * result is a function of the component's articles and edges.
   */
  #settle(root: number): void {
    if (!this.#dirty.has(root)) return
    this.#dirty.delete(root)
    const members = this.#componentMembers[root] as number[]
    for (const m of members) {
      const founder = this.#storyFounder[m] as number
      if (founder >= 0 && this.#storyMembers[founder]) {
        this.#detach(founder)
        // Single texts attached to this story are attached again by #settleRoots.
        for (const single of this.#attachments.get(founder) ?? []) this.#attachedTo.delete(single)
        this.#attachments.delete(founder)
        this.#storyMembers[founder] = undefined
        this.#storyParts[founder] = 0
        this.#mergeJoins.delete(founder)
        this.#poolSamples.delete(founder)
        this.#storyById.delete(this.#hashOf(founder))
      }
    }
    const formed = mergeAlikeStories(
      formStories(members, this.#entries, this.#edges, this.#mergeGate.cohesive),
      this.#entries,
      this.#edges,
      this.#isNumber,
      this.#mergeGate
    )
    for (const story of formed) {
      const { members: group, texts, joins } = story
      let founder = group[0] as number
      for (const m of group) if (m < founder) founder = m
      if (joins) this.#mergeJoins.set(founder, joins)
      for (const m of group) this.#storyFounder[m] = founder
      this.#storyMembers[founder] = group
      this.#storyParts[founder] = texts
      this.#storyById.set(this.#hashOf(founder), founder)
    }
  }

  #hashOf(index: number): string {
    const entry = this.#entries[index] as Entry<A>
    entry.storyHash ??= hash128(`story:${entry.firstCaptureId}`)
    return entry.storyHash
  }

  #storyIdOf(index: number): string {
    const founder = this.#storyFounder[index] as number
    return this.#hashOf(this.#idFounder(this.#attachedTo.get(founder)?.target ?? founder))
  }

  /**
   * The text a story's id derives from: the first filed of its members, the
   * single texts attached to it included. A text filed before the others
   * that only later joined them by attachment founded the story as readers
   * first saw it; its id must not give way to the group's.
   */
  #idFounder(founder: number): number {
    let first = founder
    for (const single of this.#attachments.get(founder) ?? []) if (single < first) first = single
    return first
  }

  /** The founder of the story with this id (not an attached text's), or undefined. */
  #founderOfId(storyId: string): number | undefined {
    const own = this.#storyById.get(storyId)
    if (own === undefined) return undefined
    const founder = this.#attachedTo.get(own)?.target ?? own
    return this.#idFounder(founder) === own ? founder : undefined
  }

  /**
   * Every capture of each topic of `min` to `max` distinct articles, topics
   * in order of their first-filed article. A topic's core is a linked
   * component, joined with every other that one of its stories reaches (a
   * text attached on evidence weaker than links components), so that it
   * holds whole stories. Cores joined by any scored pair of at least
   * `edgeScore` form one topic when it is at most `max` articles; a bigger
   * group (several subjects meeting on shared words) falls back to its cores.
   * On the corpus's statistics one week's coverage is often several cores
   * (a week's strands of 27, 19 and 8 texts, none a topic alone), and a core
   * too small to be a topic is clustered on weights where its subject's
   * words are rare, which merges its events. (Joining by every scored pair,
   * down to EDGE_FLOOR, puts a third of a 100k synthetic corpus in topics.)
   */
  topicCaptures(min: number, max: number, edgeScore: number): A[][] {
    this.#settleAll()
    const n = this.#entries.length
    const core = new Int32Array(n)
    for (let i = 0; i < n; i++) core[i] = this.#find(i)
    const join = (up: Int32Array, a: number, b: number) => {
      const ra = findRoot(up, a)
      const rb = findRoot(up, b)
      if (ra !== rb) up[Math.max(ra, rb)] = Math.min(ra, rb)
    }
    for (let i = 0; i < n; i++) {
      const founder = this.#storyFounder[i] as number
      join(core, i, this.#attachedTo.get(founder)?.target ?? founder)
    }
    const wide = Int32Array.from(core)
    for (let i = 0; i < n; i++)
      for (let e = this.#edges.first(i); e >= 0; e = this.#edges.next(e))
        if (this.#edges.score(e) >= edgeScore) join(wide, i, this.#edges.other(e))
    const wideSize = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const w = findRoot(wide, i)
      wideSize[w] = (wideSize[w] as number) + 1
    }
    const members = new Map<number, number[]>()
    for (let i = 0; i < n; i++) {
      const w = findRoot(wide, i)
      // A wide group and a core never share a root: cores are keyed one past n.
      const root = (wideSize[w] as number) <= max ? w : n + findRoot(core, i)
      const list = members.get(root)
      if (list) list.push(i)
      else members.set(root, [i])
    }
    const out: A[][] = []
    for (const list of members.values())
      if (list.length >= min && list.length <= max)
        out.push(list.flatMap((m) => (this.#entries[m] as Entry<A>).captures))
    return out
  }

  /** Sizes of the linked components, largest first (diagnostics). */
  componentSizes(): number[] {
    return this.#componentMembers.flatMap((m) => (m ? [m.length] : [])).sort((a, b) => b - a)
  }

  /** The distinct article a capture id belongs to, if filed. */
  distinctIdOf(articleId: string): string | undefined {
    const index = this.#captureEntry.get(articleId)
    return index === undefined ? undefined : (this.#entries[index] as Entry<A>).article.id
  }

  /** The story a capture id belongs to, if filed. */
  storyIdOf(articleId: string): string | undefined {
    const index = this.#captureEntry.get(articleId)
    if (index === undefined) return undefined
    this.#settleAll()
    return this.#storyIdOf(index)
  }

  /** Every distinct article with its sightings, by published date then id. */
  distinctArticles(): DistinctOf<A>[] {
    return this.#entries
      .map((entry) => toDistinctArticle(entry))
      .sort((a, b) => compareByPublished(a.article, b.article))
  }

  /** Every capture id filed, in the order filed. */
  articleIds(): string[] {
    return [...this.#captureEntry.keys()]
  }

  /** Every capture id filed, with its distinct article id and story id. */
  assignments(): { articleId: string; distinctId: string; storyId: string }[] {
    this.#settleAll()
    return [...this.#captureEntry].map(([articleId, index]) => ({
      articleId,
      distinctId: (this.#entries[index] as Entry<A>).article.id,
      storyId: this.#storyIdOf(index),
    }))
  }

  /** Every story, newest first (by first published), then by id. */
  stories(): Story[] {
    this.#settleAll()
    const founders: number[] = []
    for (const [founder, members] of this.#storyMembers.entries())
      if (members && !this.#attachedTo.has(founder)) founders.push(founder)
    return founders.map((founder) => this.#story(founder)).sort(newestStoryFirst)
  }

  /** One story by id, or undefined. */
  story(storyId: string): Story | undefined {
    this.#settleAll()
    const founder = this.#founderOfId(storyId)
    return founder === undefined ? undefined : this.#story(founder)
  }

  /** Why a story has its members; undefined for an unknown id. */
  explain(storyId: string): StoryExplanation | undefined {
    this.#settleAll()
    const founder = this.#founderOfId(storyId)
    return founder === undefined ? undefined : this.#explain(founder)
  }

  /** Explanations of every story, in the order of `stories()`. */
  explanations(stories: readonly Story[] = this.stories()): StoryExplanation[] {
    this.#settleAll()
    return stories.map((s) => this.#explain(this.#founderOfId(s.id) as number))
  }

  /** Compares two filed articles (capture ids) and says why they match or not. */
  comparePair(a: string, b: string): PairExplanation | undefined {
    const ia = this.#captureEntry.get(a)
    const ib = this.#captureEntry.get(b)
    if (ia === undefined || ib === undefined) return undefined
    return this.#pairExplanation(ia, ib, false)
  }

  #ordered(founder: number): number[] {
    const members = this.#membersOf(founder)
    const lead = chooseLeadArticle(members.map((m) => (this.#entries[m] as Entry<A>).article))
    return [...members].sort((x, y) => {
      const ax = (this.#entries[x] as Entry<A>).article
      const ay = (this.#entries[y] as Entry<A>).article
      if (ax === lead) return -1
      if (ay === lead) return 1
      return compareByPublished(ax, ay)
    })
  }

  #story(founder: number): Story {
    const ordered = this.#ordered(founder)
    const position = new Map(ordered.map((m, i) => [m, i]))
    const members: StoryMember[] = ordered.map((m, i) => {
      const entry = this.#entries[m] as Entry<A>
      const id = entry.article.id
      if (i === 0) return { articleId: id, relation: 'lead', copyOf: null }
      // A copy of the earliest-listed member it is a near-duplicate of: by a
      // near-duplicate edge, or (a pair scored without the shingle test, as
      // candidates without a shared band are) by the same test made here.
      let earlier = -1
      let earliest = i
      const edges = this.#edges
      for (let e = edges.first(m); e >= 0; e = edges.next(e)) {
        if (edges.kind(e) !== EDGE_NEAR_DUPLICATE) continue
        const p = position.get(edges.other(e))
        if (p !== undefined && p < earliest) {
          earliest = p
          earlier = edges.other(e)
        }
      }
      for (let p = 0; p < Math.min(earliest, MAX_COPY_CHECKS); p++) {
        const other = this.#entries[ordered[p] as number] as Entry<A>
        if (isNearDuplicate(entry.features, other.features)) {
          earlier = ordered[p] as number
          break
        }
      }
      return earlier < 0
        ? { articleId: id, relation: 'coverage', copyOf: null }
        : {
            articleId: id,
            relation: 'copy',
            copyOf: (this.#entries[earlier] as Entry<A>).article.id,
          }
    })
    const captures = ordered.flatMap((m) => (this.#entries[m] as Entry<A>).captures)
    return {
      id: this.#hashOf(this.#idFounder(founder)),
      leadArticleId: members[0]?.articleId as string,
      memberIds: members.map((m) => m.articleId),
      members,
      firstPublished: extremeDate(
        captures.map((c) => c.published),
        -1
      ),
      lastUpdated: extremeDate(
        captures.flatMap((c) => [c.updated ?? c.published]),
        1
      ),
    }
  }

  #explain(founder: number): StoryExplanation {
    const ordered = this.#ordered(founder)
    const lead = ordered[0] as number
    const inStory = new Set(ordered)
    const seen = new Set<string>()
    const pairs: PairExplanation[] = []
    const linked = new Set<string>()
    const links: [number, number][] = []
    const edges = this.#edges
    for (const m of ordered) {
      for (let e = edges.first(m); e >= 0; e = edges.next(e)) {
        const other = edges.other(e)
        if (other <= m || !inStory.has(other) || edges.kind(e) < EDGE_STORY) continue
        linked.add(`${m}:${other}`)
        links.push([m, other])
      }
    }
    links.sort((x, y) => x[0] - y[0] || x[1] - y[1])
    const addPair = (x: number, y: number) => {
      const key = `${Math.min(x, y)}:${Math.max(x, y)}`
      if (x === y || seen.has(key)) return
      seen.add(key)
      pairs.push(this.#pairExplanation(x, y, linked.has(key)))
    }
    for (const m of ordered.slice(1)) addPair(lead, m)
    for (const [a, b] of links) addPair(a, b)
    return {
      storyId: this.#hashOf(this.#idFounder(founder)),
      pairs,
      joins: this.#joins(founder),
      idfCorpusSize: this.#stats.documents,
    }
  }

  /** The groups that joined the story as wholes: merges, then attached single texts. */
  #joins(founder: number): StoryJoin[] {
    const ids = (members: readonly number[]) =>
      members.map((m) => (this.#entries[m] as Entry<A>).article.id).sort()
    const joins: StoryJoin[] = (this.#mergeJoins.get(founder) ?? []).map((j) => ({
      rule: j.rule,
      memberIds: ids(j.members),
      toIds: ids(j.to),
      pairAverage: round(j.pairAverage),
      pooledScore: round(j.pooledScore),
      figures: j.figures === null ? null : round(j.figures),
    }))
    const own = this.#storyMembers[founder] as number[]
    for (const single of this.#attachments.get(founder) ?? []) {
      const { rule, pairAverage, pooledScore, figures } = this.#attachedTo.get(single) as AttachedTo
      joins.push({
        rule,
        memberIds: ids(this.#storyMembers[single] as number[]),
        toIds: ids(own),
        pairAverage: round(pairAverage),
        pooledScore: round(pooledScore),
        figures: figures === null ? null : round(figures),
      })
    }
    return joins.sort((x, y) => ((x.memberIds[0] as string) < (y.memberIds[0] as string) ? -1 : 1))
  }

  #pairExplanation(x: number, y: number, linked: boolean): PairExplanation {
    const a = this.#entries[x] as Entry<A>
    const b = this.#entries[y] as Entry<A>
    const { score, verdict, signals } = scorePair(a.features, b.features)
    const fa = a.features
    const fb = b.features
    const entities = topSharedIdsAt(
      fa.ints,
      fa.floats,
      fa.entitiesAt,
      fa.entitiesLength,
      fb.ints,
      fb.floats,
      fb.entitiesAt,
      fb.entitiesLength,
      10
    ).map((id) => this.#stats.entityNames.get(id) ?? this.#stats.termOf(id))
    const terms = topSharedIdsAt(
      fa.ints,
      fa.floats,
      fa.textAt,
      fa.textLength,
      fb.ints,
      fb.floats,
      fb.textAt,
      fb.textLength,
      10
    ).map((id) => this.#stats.termOf(id))
    let quotes: string[] = []
    if (fa.quoteGramsLength > 0 && fb.quoteGramsLength > 0) {
      // Quotes are read again from the text the features were made of (the first capture's).
      a.quotes ??= extractQuotes(quotedTextOf(a.captures[0] as A)).map((quote) => ({
        quote,
        grams: quoteGrams([quote]),
      }))
      // Only quotes with a gram that counts (`countsForPair`): a recapped quote is not evidence.
      quotes = a.quotes
        .filter(({ grams }) => grams.some((gram) => countsForPair(fa, fb, gram)))
        .map(({ quote }) => quote)
    }
    return {
      a: a.article.id,
      b: b.article.id,
      score,
      verdict,
      linked,
      signals,
      matched: { entities, quotes: quotes.slice(0, 5), terms },
      daysApart: daysApart(a.features, b.features),
      eventDaysApart: eventDaysApart(a.features, b.features),
    }
  }
}

/**
 * The related pairs of a component whose two texts are each other's best
 * match among the links that join components, as `[a, b]` by entry: each
 * is one story (`formStories`), though its score is under STORY_THRESHOLD.
 * Such a pair is of one day and at COMPONENT_LINK_THRESHOLD or more
 * (`joinsComponents`). Outlets write up one event each in their own words,
 * and what one outlet wrote is then closest to another's write-up of it:
 * a text of another event has its own event's coverage to match first.
 * Copies are left out (a copy is one text with its original). Ties go to
 * the smaller entry key, so the pairs do not depend on the order of
 * arrival; and every link that can be a text's best joins its two ends
 * into one component, so a new best re-forms the component of the old one.
 * docs/dedup.md §4, "Each other's best match".
 */
const mutualBestPairs = (
  members: readonly number[],
  entries: readonly Entry[],
  edges: EdgeStore,
  keyOf: (m: number) => string
): [number, number][] => {
  const best = new Map<number, number>()
  const related = new Set<number>()
  for (const m of members) {
    let top = -1
    let topScore = -1
    let topKind = EDGE_NONE
    for (let e = edges.first(m); e >= 0; e = edges.next(e)) {
      const kind = edges.kind(e)
      const score = edges.score(e)
      if (kind === EDGE_NEAR_DUPLICATE || score < topScore) continue
      const other = edges.other(e)
      if (score === topScore && keyOf(other) > keyOf(top)) continue
      // The score first: a related link under it joins nothing, and its time factor is not read.
      if (
        kind === EDGE_RELATED &&
        (score < COMPONENT_LINK_THRESHOLD ||
          !joinsComponents(
            kind,
            score,
            pairTimeFactor((entries[m] as Entry).features, (entries[other] as Entry).features)
          ))
      )
        continue
      top = other
      topScore = score
      topKind = kind
    }
    if (top < 0) continue
    best.set(m, top)
    if (topKind === EDGE_RELATED) related.add(m)
  }
  const pairs: [number, number][] = []
  for (const [m, other] of best)
    if (m < other && best.get(other) === m && related.has(m)) pairs.push([m, other])
  return pairs
}

/** Smallest capture id of an entry: an order-independent tie-break key. */
const entryKey = (entry: Entry): string => {
  let key = entry.article.id
  for (const c of entry.captures) if (c.id < key) key = c.id
  return key
}

type Group = {
  members: number[]
  /** Tie-break rank: the smallest member key's rank in the component. */
  rank: number
  /** Independent texts (near-duplicate groups) merged into it. */
  parts: number
  /** Summed pair scores between its own members (for its cohesion). */
  inner: number
  /** Neighbouring group → [sum of pair scores, linked (0/1)]. */
  links: Map<number, [number, number]>
  /** Merges it has absorbed: a queued pair weighed at an older version is stale. */
  version: number
}

/** A pair of groups x < y that may merge, as weighed at their versions then. */
type Candidate = {
  average: number
  rank: number
  x: number
  y: number
  versionX: number
  versionY: number
}

/**
 * Whether two linked groups may merge at `average` (the gates of the module
 * comment), given how many independent texts each holds (`parts`) and each
 * one's own average pair score (`cohesion`): a single text joins a group at
 * AVERAGE_LINK_THRESHOLD; two stories of several texts at
 * GROUP_MERGE_THRESHOLD, or at COHESIVE_MERGE_THRESHOLD when they are nearly
 * as alike as the looser of them is within itself.
 */
export const groupsMerge = (
  average: number,
  partsX: number,
  cohesionX: number,
  partsY: number,
  cohesionY: number
): boolean => {
  if (partsX === 1 || partsY === 1) return average >= AVERAGE_LINK_THRESHOLD
  if (average >= GROUP_MERGE_THRESHOLD) return true
  return (
    average >= COHESIVE_MERGE_THRESHOLD &&
    average >= COHESIVE_MERGE_SHARE * Math.min(cohesionX, cohesionY)
  )
}

/**
 * A group's average pair score among its own `size` members, from their summed
 * scores (a pair of copies counts 1, as in the averages; unscored pairs 0).
 */
export const cohesionOf = (size: number, inner: number): number =>
  size > 1 ? inner / ((size * (size - 1)) / 2) : 0

/**
 * For one component's agglomeration: whether the merge gate refuses a
 * cohesive merge (two groups of several texts below GROUP_MERGE_THRESHOLD)
 * of groups `x` and `y`, by the model of the merges as wholes
 * (`mergeLikelihood`) at COHESIVE_MERGE_LIKELIHOOD. A group keeps its id
 * as it grows, so an id and a size name one set of members: each pair is
 * weighed once, and members are looked up only then.
 */
const cohesiveGate = (
  entries: readonly Entry[],
  weighed: boolean,
  membersOf: (group: number) => readonly number[]
) => {
  const refused = new Map<string, boolean>()
  return (
    x: number,
    sizeX: number,
    y: number,
    sizeY: number,
    average: number,
    partsX: number,
    partsY: number
  ): boolean => {
    if (!weighed || partsX === 1 || partsY === 1 || average >= GROUP_MERGE_THRESHOLD) return false
    const key = `${x}:${sizeX}:${y}:${sizeY}`
    let verdict = refused.get(key)
    if (verdict === undefined) {
      const signals = pooledSignals(
        poolSample(membersOf(x), entries),
        poolSample(membersOf(y), entries)
      )
      verdict =
        signals === null ||
        mergeLikelihood(mergeEvidence(signals, average)) < COHESIVE_MERGE_LIKELIHOOD
      refused.set(key, verdict)
    }
    return verdict
  }
}

/** A formed story: its members and how many independent texts they are (copies count once). */
type FormedStory = {
  members: number[]
  texts: number
  /** The groups that joined it as wholes (`joinMutualBest`, `mergeAlikeStories`). */
  joins?: MergeJoin[]
}

/**
 * The stories of one component (see the module comment): near-duplicate
 * groups first, then gated average-link merges, best average first
 * (`formLinkedStories`); then single texts that are each other's best match
 * (`joinMutualBest`).
 */
const formStories = (
  members: readonly number[],
  entries: readonly Entry[],
  edges: EdgeStore,
  weighCohesive: boolean
): FormedStory[] =>
  members.length === 1
    ? [{ members: [...members], texts: 1 }]
    : joinMutualBest(formLinkedStories(members, entries, edges, weighCohesive), entries, edges)

/**
 * Two single texts (a text and its copies count as one) left apart by the
 * agglomeration that are each other's best match (`mutualBestPairs`) are
 * one story, unless either is linked to a story of several texts in the
 * component (it may attach to it). Only single texts: a pair joined first,
 * as a group, would meet the stricter gates of groups.
 */
const joinMutualBest = (
  stories: FormedStory[],
  entries: readonly Entry[],
  edges: EdgeStore
): FormedStory[] => {
  const storyOf = new Map<number, FormedStory>()
  for (const story of stories) for (const m of story.members) storyOf.set(m, story)
  // A single text linked to a story of several texts may attach to it (`#attach`): it is
  // not paired off before it can.
  const bordersStory = (story: FormedStory) =>
    story.members.some((m) => {
      for (let e = edges.first(m); e >= 0; e = edges.next(e)) {
        const other = storyOf.get(edges.other(e))
        if (other !== undefined && other.texts > 1) return true
      }
      return false
    })
  const singles = new Map<number, FormedStory>()
  for (const story of stories)
    if (story.texts === 1 && !bordersStory(story))
      for (const m of story.members) singles.set(m, story)
  if (singles.size < 2) return stories
  // By entry keys, not filing order: which pair comes first (a text carried in copies
  // may have two partners) and which text the other joins do not depend on arrival.
  const keys = new Map([...singles.keys()].map((m) => [m, entryKey(entries[m] as Entry)]))
  const keyOf = (m: number) => keys.get(m) as string
  const pairs = mutualBestPairs([...singles.keys()], entries, edges, keyOf)
    .map(([a, b]): [number, number] => (keyOf(a) < keyOf(b) ? [a, b] : [b, a]))
    .sort((p, q) => (keyOf(p[0]) < keyOf(q[0]) ? -1 : keyOf(p[0]) > keyOf(q[0]) ? 1 : 0))
  const joined = new Set<FormedStory>()
  for (const [a, b] of pairs) {
    const x = singles.get(a) as FormedStory
    const y = singles.get(b) as FormedStory
    if (x === y || joined.has(x) || joined.has(y)) continue
    x.joins = [
      {
        members: [...y.members],
        to: [...x.members],
        pairAverage: pairAverageOf(x.members, y.members, edges),
        pooledScore: pooledScoreOf(
          pooledSignals(poolSample(y.members, entries), poolSample(x.members, entries))
        ),
        figures: null,
        rule: 'paired-as-best-matches',
      },
    ]
    x.members.push(...y.members)
    x.texts = 2
    joined.add(x)
    joined.add(y)
    y.members = []
  }
  return joined.size === 0 ? stories : stories.filter((story) => story.members.length > 0)
}

/** Near-duplicate groups, then gated average-link merges, best average first. */
const formLinkedStories = (
  members: readonly number[],
  entries: readonly Entry[],
  edges: EdgeStore,
  weighCohesive: boolean
): FormedStory[] => {
  // Two members are one story when linked; a related link of one day
  // (`joinsComponents`) puts them in one component without making them one story.
  if (members.length === 2) {
    const [a, b] = members as [number, number]
    // Two near-duplicates are one text.
    const copies = edges.has(a, b, EDGE_NEAR_DUPLICATE)
    return copies || edges.has(a, b, EDGE_STORY)
      ? [{ members: [a, b], texts: copies ? 1 : 2 }]
      : [
          { members: [a], texts: 1 },
          { members: [b], texts: 1 },
        ]
  }
  if (members.length <= DENSE_LIMIT) return formStoriesDense(members, entries, edges, weighCohesive)
  const keys = new Map(members.map((m) => [m, entryKey(entries[m] as Entry)]))
  const sorted = [...members].sort((a, b) =>
    (keys.get(a) as string) < (keys.get(b) as string) ? -1 : 1
  )
  const rankOf = new Map(sorted.map((m, i) => [m, i]))
  // Near-duplicate groups (union-find on the component's members).
  const parent = new Map(members.map((m) => [m, m]))
  const find = (x: number): number => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r) as number
    parent.set(x, r)
    return r
  }
  for (const m of members) {
    for (let e = edges.first(m); e >= 0; e = edges.next(e)) {
      if (edges.kind(e) !== EDGE_NEAR_DUPLICATE || !rankOf.has(edges.other(e))) continue
      const a = find(m)
      const b = find(edges.other(e))
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b))
    }
  }
  const groups = new Map<number, Group>()
  const gated = cohesiveGate(entries, weighCohesive, (g) => (groups.get(g) as Group).members)
  const groupOf = new Map<number, number>()
  for (const m of sorted) {
    const r = find(m)
    groupOf.set(m, r)
    const g = groups.get(r)
    if (g) g.members.push(m)
    else
      groups.set(r, {
        members: [m],
        rank: rankOf.get(m) as number,
        parts: 1,
        inner: 0,
        links: new Map(),
        version: 0,
      })
  }
  for (const m of members) {
    const gm = groupOf.get(m) as number
    for (let e = edges.first(m); e >= 0; e = edges.next(e)) {
      const other = edges.other(e)
      const go = groupOf.get(other)
      if (go === undefined || other < m) continue
      const kind = edges.kind(e)
      const score = edges.score(e)
      if (go === gm) {
        ;(groups.get(gm) as Group).inner += score
        continue
      }
      for (const [x, y] of [
        [gm, go],
        [go, gm],
      ] as const) {
        const links = (groups.get(x) as Group).links
        const cell = links.get(y)
        if (cell) {
          cell[0] += score
          if (kind >= EDGE_STORY) cell[1] = 1
        } else links.set(y, [score, kind >= EDGE_STORY ? 1 : 0])
      }
    }
  }
  // Agglomerate: the best eligible pair of groups (highest average, then smallest
  // ranks) merges, until none is left. A pair's eligibility depends on its two
  // groups alone, so only the merged group's pairs are weighed again after a
  // merge: candidates wait in a heap, and one whose group has changed since it
  // was weighed is dropped when it comes up. Rescanning every pair on each
  // merge made a component of 300 texts cost 20–70 ms to form.
  const candidates = new BinaryHeap<Candidate>(
    (a, b) => a.average > b.average || (a.average === b.average && a.rank < b.rank)
  )
  /** Weighs the pair of groups x < y and queues it when it may merge. */
  const weigh = (x: number, y: number): void => {
    const g = groups.get(x) as Group
    const h = groups.get(y) as Group
    const cell = g.links.get(y)
    if (!cell?.[1]) return
    const average = cell[0] / (g.members.length * h.members.length)
    const cohesionG = cohesionOf(g.members.length, g.inner)
    const cohesionH = cohesionOf(h.members.length, h.inner)
    if (!groupsMerge(average, g.parts, cohesionG, h.parts, cohesionH)) return
    if (gated(x, g.members.length, y, h.members.length, average, g.parts, h.parts)) return
    candidates.push({
      average,
      rank: Math.min(g.rank, h.rank) * 1e6 + Math.max(g.rank, h.rank),
      x,
      y,
      versionX: g.version,
      versionY: h.version,
    })
  }
  for (const [x, g] of groups) for (const y of g.links.keys()) if (x < y) weigh(x, y)
  for (;;) {
    const best = candidates.pop()
    if (!best) break
    const { x, y } = best
    const gx = groups.get(x)
    const gy = groups.get(y)
    if (!gx || !gy || gx.version !== best.versionX || gy.version !== best.versionY) continue
    for (const m of gy.members) gx.members.push(m)
    gx.rank = Math.min(gx.rank, gy.rank)
    gx.parts += gy.parts
    gx.inner += gy.inner + ((gx.links.get(y) as [number, number])[0] as number)
    gx.links.delete(y)
    for (const [z, [sum, linked]] of gy.links) {
      if (z === x) continue
      const gz = groups.get(z) as Group
      const cell = gx.links.get(z)
      if (cell) {
        cell[0] += sum
        cell[1] = cell[1] || linked
      } else gx.links.set(z, [sum, linked])
      const back = gz.links.get(y) as [number, number]
      gz.links.delete(y)
      const zx = gz.links.get(x)
      if (zx) {
        zx[0] += back[0]
        zx[1] = zx[1] || back[1]
      } else gz.links.set(x, [back[0], back[1]])
    }
    groups.delete(y)
    gx.version++
    for (const z of gx.links.keys()) weigh(Math.min(x, z), Math.max(x, z))
  }
  return [...groups.values()].map((g) => ({ members: g.members, texts: g.parts }))
}

/**
 * Summed edge scores from `members` to each group that `groupOf` maps a
 * neighbour to (undefined: not counted). An unscored pair adds nothing, so
 * sum / (|members| × |group|) is the average with missing pairs as 0.
 */
/** The average score of every pair between two member lists (a pair without an edge counts 0). */
const pairAverageOf = (xs: readonly number[], ys: readonly number[], edges: EdgeStore): number => {
  const inX = new Set(xs)
  const sum = edgeSums(ys, edges, (m) => (inX.has(m) ? true : undefined)).get(true) ?? 0
  return sum / (xs.length * ys.length)
}

const edgeSums = <G>(
  members: readonly number[],
  edges: EdgeStore,
  groupOf: (neighbour: number) => G | undefined
): Map<G, number> => {
  const sums = new Map<G, number>()
  for (const m of members) {
    for (let e = edges.first(m); e >= 0; e = edges.next(e)) {
      const group = groupOf(edges.other(e))
      if (group !== undefined) sums.set(group, (sums.get(group) ?? 0) + edges.score(e))
    }
  }
  return sums
}

/**
 * A group is pooled by at most this many members: its centroid's direction is
 * settled by then, and pooling a story of thousands on every add would make
 * the cost of an add grow with the story.
 */
export const POOL_MEMBERS = 24

/**
 * The features a group is pooled by: its POOL_MEMBERS members of smallest
 * capture id, in that order, so the sample and the order of every sum do not
 * depend on arrival order.
 */
const poolSample = (members: readonly number[], entries: readonly Entry[]): ArticleFeatures[] =>
  sampleOf(byCaptureId(members, entries), entries)

const sampleOf = (sorted: { m: number }[], entries: readonly Entry[]): ArticleFeatures[] =>
  sorted.slice(0, POOL_MEMBERS).map(({ m }) => (entries[m] as Entry).features)

/** Members with their smallest capture id (`entryKey`), in that order. */
const byCaptureId = (
  members: readonly number[],
  entries: readonly Entry[]
): { key: string; m: number }[] =>
  members
    .map((m) => ({ key: entryKey(entries[m] as Entry), m }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))

/** Minutes between two publications whose times of day are known, else Infinity. */
const minutesApart = (a: ArticleFeatures, b: ArticleFeatures): number =>
  a.minute !== null && b.minute !== null ? Math.abs(a.minute - b.minute) : Number.POSITIVE_INFINITY

/** Calendar days between two dated articles (each date's own day); infinite when either is undated. */
const calendarDaysApart = (a: ArticleFeatures, b: ArticleFeatures): number =>
  a.day === null || b.day === null ? Number.POSITIVE_INFINITY : Math.abs(a.day - b.day)

/**
 * Hours between two publications: by the minute when both times of day are
 * known, else whole days (at least half of one); Infinity when either is undated.
 */
const hoursApart = (a: ArticleFeatures, b: ArticleFeatures): number =>
  a.minute !== null && b.minute !== null
    ? Math.abs(a.minute - b.minute) / 60
    : a.day !== null && b.day !== null
      ? Math.max(12, 24 * Math.abs(a.day - b.day))
      : Number.POSITIVE_INFINITY

/** Which rule attached a single text (the schema's StoryJoin rules for a single). */
type AttachRule = 'attached' | 'attached-within-hours' | 'attached-on-weighed-evidence'

/** Where a single-text story is attached, by which rule, and the evidence (for explanations). */
type AttachedTo = {
  target: number
  rule: AttachRule
  pairAverage: number
  pooledScore: number
  figures: number | null
}

/** A merge made by `mergeAlikeStories`, as entry indices, for explanations. */
type MergeJoin = {
  members: number[]
  to: number[]
  pairAverage: number
  pooledScore: number
  /** Null for two texts paired as each other's best match. */
  figures: number | null
  /**
   * The rule that made it: two single texts each other's best match
   * (`joinMutualBest`); or, for stories of several texts, the figures rule, or
   * the news-cycle rule (CYCLE_MERGE_*) alone, by known hours or, when no
   * pair's times of day are both known within the news cycle, by one calendar
   * day.
   */
  rule: 'paired-as-best-matches' | 'merged-as-wholes' | 'merged-within-hours' | 'merged-on-one-day'
}

/** What the merge gate weighs for two groups: their pooled signals and pair average. */
const mergeEvidence = (signals: PooledSignals, average: number): MergeEvidence => ({
  text: signals.text,
  lead: signals.lead,
  entities: signals.entities,
  time: signals.time,
  average,
})

/**
 * The checks every merge as wholes passes (the parts of the day,
 * `partsOfDayApartWithoutHours`, then the weighed `weigh-merge.ts`), and who
 * is told of each merge a rule would make and the first lets through (for
 * the fit), as entry indices.
 */
type MergeGate = {
  weighed: boolean
  /** Whether cohesive merges as stories are formed are weighed too (`cohesiveGate`). */
  cohesive: boolean
  /** Whether stories placed in different parts of the day without hours stay apart. */
  partsOfDay: boolean
  observe: ((a: number[], b: number[], evidence: MergeEvidence) => void) | undefined
}

/** Time factors are averages of a few fixed values: compare them with this tolerance. */
const TIME_TOLERANCE = 1e-9

/**
 * Last step of forming a component's stories: two stories of several texts
 * each merge when they are alike as wholes (`pooledScore` at least
 * POOLED_MERGE_THRESHOLD) and repeat each other's figures (`pooledFigures`
 * at least POOLED_MERGE_FIGURES), about a day apart (POOLED_MERGE_TIME), or
 * when they were written in one news cycle (CYCLE_MERGE_TIME) and are alike
 * as wholes at CYCLE_MERGE_THRESHOLD, whatever their figures (on one day
 * whose hours are unknown, sharing at least one). The
 * average-link gates keep apart groups of one event's write-ups that each
 * match the other's members only weakly, though their pooled facts agree.
 * Best pair first; a story merges at most once, so a merged story's broader
 * centroid cannot draw in a third (pooled scores of growing groups would
 * snowball across a subject's events). Only pairs joined by edges whose pair
 * scores average at least POOL_MERGE_CANDIDATE_AVERAGE are pooled. Stories are
 * ranked by their smallest capture id, so the merges do not depend on
 * arrival order. Stories whose leads place them in different parts of the
 * day, without the hours, do not merge (`partsOfDayApartWithoutHours`). Every
 * other merge a rule would make must also pass the merge gate
 * (`weigh-merge.ts`): alike as wholes, two events of one cast are not one.
 */
const mergeAlikeStories = (
  stories: FormedStory[],
  entries: readonly Entry[],
  edges: EdgeStore,
  isNumber: (id: number) => boolean,
  gate: MergeGate
): FormedStory[] => {
  const several = stories.filter((s) => s.texts > 1)
  if (several.length < 2) return stories
  const ranked = several
    .map((s) => ({ s, sorted: byCaptureId(s.members, entries) }))
    .sort((x, y) => ((x.sorted[0]?.key as string) < (y.sorted[0]?.key as string) ? -1 : 1))
  const multi = ranked.map(({ s }) => s)
  const samples = ranked.map(({ sorted }) => sampleOf(sorted, entries))
  const storyOf = new Map<number, number>()
  for (const [i, s] of multi.entries()) for (const m of s.members) storyOf.set(m, i)
  const pairs: {
    a: number
    b: number
    score: number
    average: number
    figures: number
    rule: MergeJoin['rule']
  }[] = []
  for (const [i, s] of multi.entries()) {
    const sums = edgeSums(s.members, edges, (neighbour) => {
      const j = storyOf.get(neighbour)
      return j !== undefined && j > i ? j : undefined
    })
    for (const [j, sum] of sums) {
      const average = sum / (s.members.length * (multi[j] as FormedStory).members.length)
      if (average < POOL_MERGE_CANDIDATE_AVERAGE) continue
      const a = samples[i] as ArticleFeatures[]
      const b = samples[j] as ArticleFeatures[]
      const signals = pooledSignals(a, b)
      if (!signals || signals.time + TIME_TOLERANCE < POOLED_MERGE_TIME) continue
      // Without the hours, leads placing the two in different parts of the day: two events.
      if (gate.partsOfDay && partsOfDayApartWithoutHours(a, b)) continue
      const score = pooledScoreOf(signals)
      const byHours =
        signals.time + TIME_TOLERANCE >= CYCLE_MERGE_TIME && score >= CYCLE_MERGE_THRESHOLD
      if (!byHours && score < POOLED_MERGE_THRESHOLD) continue
      const figures = pooledFigures(a, b, isNumber)
      const byFigures = score >= POOLED_MERGE_THRESHOLD && figures >= POOLED_MERGE_FIGURES
      if (!byFigures && !byHours) continue
      const withinHours = a.some((x) => b.some((y) => withinNewsCycle(x, y)))
      // One day without known hours is weaker evidence than hours: the stories
      // must at least share a figure.
      if (!byFigures && !withinHours && figures <= 0) continue
      const rule: MergeJoin['rule'] = byFigures
        ? 'merged-as-wholes'
        : withinHours
          ? 'merged-within-hours'
          : 'merged-on-one-day'
      const evidence = mergeEvidence(signals, average)
      gate.observe?.(s.members, (multi[j] as FormedStory).members, evidence)
      // Alike enough for a rule, yet likelier two events of one subject and cast.
      if (gate.weighed && mergeLikelihood(evidence) < WEIGHED_MERGE_LIKELIHOOD) continue
      pairs.push({ a: i, b: j, score, average, figures, rule })
    }
  }
  if (pairs.length === 0) return stories
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  const merged = new Set<number>()
  const absorbed = new Set<FormedStory>()
  for (const { a, b, score, average, figures, rule } of pairs) {
    if (merged.has(a) || merged.has(b)) continue
    merged.add(a)
    merged.add(b)
    // The story of smaller rank (a < b) absorbs the other: which one does not depend on arrival.
    const into = multi[a] as FormedStory
    const from = multi[b] as FormedStory
    into.joins = [
      ...(into.joins ?? []),
      ...(from.joins ?? []),
      {
        members: [...from.members],
        to: [...into.members],
        pairAverage: average,
        pooledScore: score,
        figures,
        rule,
      },
    ]
    into.members.push(...from.members)
    into.texts += from.texts
    absorbed.add(from)
  }
  return stories.filter((s) => !absorbed.has(s))
}

/**
 * Whether either article is labelled opinion (`commentaryKind`). A column about
 * an event argues about it without reporting it: it is its own story, joined
 * only by its copies, never listed as an outlet's report of the event.
 */
const opinionOf = (a: ArticleFeatures, b: ArticleFeatures): boolean =>
  a.commentary === 'opinion' || b.commentary === 'opinion'

/** Components up to this size are formed on dense matrices (the common case). */
const DENSE_LIMIT = 96
const denseSum = new Float64Array(DENSE_LIMIT * DENSE_LIMIT)
const denseLinked = new Uint8Array(DENSE_LIMIT * DENSE_LIMIT)

/** `formStories` on n × n matrices indexed by rank: same merges, same tie-breaks. */
const formStoriesDense = (
  members: readonly number[],
  entries: readonly Entry[],
  edges: EdgeStore,
  weighCohesive: boolean
): FormedStory[] => {
  const n = members.length
  const keys = members.map((m) => entryKey(entries[m] as Entry))
  const byRank = members
    .map((_, i) => i)
    .sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1))
  const rankOf = new Map<number, number>()
  for (const [rank, local] of byRank.entries()) rankOf.set(members[local] as number, rank)
  const entryAt = byRank.map((local) => members[local] as number)
  // Near-duplicate groups: each rank points to its group's smallest rank.
  const parent = new Int32Array(n)
  for (let i = 0; i < n; i++) parent[i] = i
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] as number
    return x
  }
  denseSum.fill(0, 0, n * DENSE_LIMIT)
  denseLinked.fill(0, 0, n * DENSE_LIMIT)
  const pending: number[] = []
  for (let r = 0; r < n; r++) {
    for (let e = edges.first(entryAt[r] as number); e >= 0; e = edges.next(e)) {
      const o = rankOf.get(edges.other(e))
      if (o === undefined || o <= r) continue
      const kind = edges.kind(e)
      if (kind === EDGE_NEAR_DUPLICATE) {
        const a = find(r)
        const b = find(o)
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
      }
      pending.push(r, o, kind, edges.score(e))
    }
  }
  const groupOf = new Int32Array(n)
  const size = new Int32Array(n)
  const parts = new Int32Array(n)
  const alive = new Uint8Array(n)
  for (let r = 0; r < n; r++) {
    const g = find(r)
    groupOf[r] = g
    size[g] = (size[g] as number) + 1
    parts[g] = 1
    alive[g] = 1
  }
  const inner = new Float64Array(n)
  for (let p = 0; p < pending.length; p += 4) {
    const g = groupOf[pending[p] as number] as number
    const h = groupOf[pending[p + 1] as number] as number
    const score = pending[p + 3] as number
    if (g === h) {
      inner[g] = (inner[g] as number) + score
      continue
    }
    const linked = (pending[p + 2] as number) >= EDGE_STORY ? 1 : 0
    denseSum[g * DENSE_LIMIT + h] = (denseSum[g * DENSE_LIMIT + h] as number) + score
    denseSum[h * DENSE_LIMIT + g] = (denseSum[h * DENSE_LIMIT + g] as number) + score
    if (linked) {
      denseLinked[g * DENSE_LIMIT + h] = 1
      denseLinked[h * DENSE_LIMIT + g] = 1
    }
  }
  const cohesion = new Float64Array(n)
  for (let g = 0; g < n; g++) cohesion[g] = cohesionOf(size[g] as number, inner[g] as number)
  const gated = cohesiveGate(entries, weighCohesive, (g) => {
    const out: number[] = []
    for (let r = 0; r < n; r++) if (groupOf[r] === g) out.push(entryAt[r] as number)
    return out
  })
  // A group's id is its smallest rank, which is also its tie-break rank.
  for (;;) {
    let bx = -1
    let by = -1
    let bestAverage = -1
    for (let x = 0; x < n; x++) {
      if (alive[x] === 0) continue
      for (let y = x + 1; y < n; y++) {
        if (alive[y] === 0 || denseLinked[x * DENSE_LIMIT + y] === 0) continue
        const average =
          (denseSum[x * DENSE_LIMIT + y] as number) / ((size[x] as number) * (size[y] as number))
        // Scanning x < y in rank order, a strictly better average is needed to
        // replace the best: ties keep the pair of smallest ranks.
        if (
          average > bestAverage &&
          groupsMerge(
            average,
            parts[x] as number,
            cohesion[x] as number,
            parts[y] as number,
            cohesion[y] as number
          ) &&
          !gated(
            x,
            size[x] as number,
            y,
            size[y] as number,
            average,
            parts[x] as number,
            parts[y] as number
          )
        ) {
          bx = x
          by = y
          bestAverage = average
        }
      }
    }
    if (bx < 0) break
    for (let z = 0; z < n; z++) {
      if (alive[z] === 0 || z === bx || z === by) continue
      const sum =
        (denseSum[bx * DENSE_LIMIT + z] as number) + (denseSum[by * DENSE_LIMIT + z] as number)
      denseSum[bx * DENSE_LIMIT + z] = sum
      denseSum[z * DENSE_LIMIT + bx] = sum
      const linked =
        (denseLinked[bx * DENSE_LIMIT + z] as number) |
        (denseLinked[by * DENSE_LIMIT + z] as number)
      denseLinked[bx * DENSE_LIMIT + z] = linked
      denseLinked[z * DENSE_LIMIT + bx] = linked
    }
    inner[bx] =
      (inner[bx] as number) + (inner[by] as number) + (denseSum[bx * DENSE_LIMIT + by] as number)
    size[bx] = (size[bx] as number) + (size[by] as number)
    cohesion[bx] = cohesionOf(size[bx] as number, inner[bx] as number)
    parts[bx] = (parts[bx] as number) + (parts[by] as number)
    alive[by] = 0
    for (let r = 0; r < n; r++) if (groupOf[r] === by) groupOf[r] = bx
  }
  const out = new Map<number, FormedStory>()
  for (let r = 0; r < n; r++) {
    const g = groupOf[r] as number
    const story = out.get(g)
    if (story) story.members.push(entryAt[r] as number)
    else out.set(g, { members: [entryAt[r] as number], texts: parts[g] as number })
  }
  return [...out.values()]
}

/** A 32-bit key for a (term, day) posting; undated articles use their own day slot. */
const postingKey = (term: number, day: number | null): number =>
  mix32(mix32(term + 1) ^ (day === null ? UNDATED : ((day % UNDATED) + UNDATED) % UNDATED))

/** The keys under which two captures are the same article: canonical URL and text hash. */
export const exactKeys = (article: ClusterInput): string[] => {
  const keys: string[] = []
  const url = exactKeyOf(article, U)
  if (url !== '') keys.push(url)
  const text = exactKeyOf(article, T)
  if (text !== '') keys.push(text)
  return keys
}
const U = 'u'.charCodeAt(0)
const T = 't'.charCodeAt(0)

/** One exact key of an article: `u:` canonical URL (kind U) or `t:` text hash (T); '' when none. */
const exactKeyOf = (article: ClusterInput, kind: number): string => {
  if (kind === U) {
    const canonical = article.url ? canonicalizeUrl(article.url) : null
    return canonical ? `u:${canonical}` : ''
  }
  const text = article.matchingText.trim()
  return text !== '' ? `t:${hash128(text)}` : ''
}

const toSighting = (article: ClusterInput): Sighting => ({
  articleId: article.id,
  source: article.source,
  url: article.url,
  file: article.origin.file,
  published: article.published,
})

/** Story order: newest first (by first published), then by id. */
export const newestStoryFirst = (a: Story, b: Story): number =>
  comparePublished(b.firstPublished, a.firstPublished) || (a.id < b.id ? -1 : 1)

const toDistinctArticle = <A extends ClusterInput>(entry: Entry<A>): DistinctOf<A> => {
  const others = entry.captures
    .filter((c) => c !== entry.article)
    .sort(
      (a, b) =>
        comparePublished(a.published, b.published) ||
        (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0) ||
        ((a.url ?? '') < (b.url ?? '') ? -1 : 1)
    )
  return {
    id: entry.article.id,
    article: entry.article,
    sightings: [entry.article, ...others].map(toSighting),
  }
}

/** Earliest (direction -1) or latest (1) of some dates. */
const extremeDate = (dates: (DateValue | null)[], direction: -1 | 1): DateValue | null => {
  let best: DateValue | null = null
  for (const date of dates) {
    if (!date || dateMs(date) === null) continue
    if (best === null || direction * comparePublished(date, best) > 0) best = date
  }
  return best
}

export { compareLeadCandidates }
