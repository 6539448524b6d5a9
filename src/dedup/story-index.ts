/**
 * @module
 * The incremental story index. `add(article)` files one article and links it
 * to the stories it belongs to, looking only at candidates: articles sharing
 * a MinHash-LSH band (near-duplicates) or a key term or entity within the time
 * window (same story). It never passes over the corpus, so the cost of adding
 * one article does not grow with the corpus, only with how crowded its keys are.
 *
 * Stories are the connected components of the pairwise links (union-find).
 * Each link depends only on the two articles (given fixed term statistics) and
 * candidate finding is symmetric, so the final membership does not depend on
 * arrival order (see `docs/dedup.md` for the two documented exceptions).
 */
import {
  type Article,
  canonicalizeUrl,
  type DateValue,
  type DistinctArticle,
  hash128,
  type PairExplanation,
  type Sighting,
  type Story,
  type StoryExplanation,
  type StoryMember,
} from '../schema/index.ts'
import {
  type ArticleFeatures,
  documentTerms,
  ENTITY_PREFIX,
  featuresOf,
  tokenizeArticle,
} from './article-features.ts'
import {
  chooseLeadArticle,
  compareByPublished,
  compareLeadCandidates,
  comparePublished,
  dateMs,
} from './choose-lead-article.ts'
import { quoteGrams } from './extract-quotes.ts'
import { bandKeys } from './lsh-bands.ts'
import { daysApart, STORY_WINDOW_DAYS, scorePair } from './score-pair.ts'
import { sharedEntries, sortedIntersectionSize } from './sparse-vector.ts'
import { TermStatistics } from './term-statistics.ts'

/**
 * Candidates scored per added article at most, most-shared keys first. Only a
 * pathological corpus (hundreds of same-day articles sharing every key) reaches it.
 */
export const MAX_CANDIDATES = 400

/** Undated articles are compared through a day-less list per key, capped at this many entries. */
export const MAX_ANY_DAY_POSTINGS = 1000

/** Day slot of the postings key for undated articles. */
const UNDATED = 0xffff
/** Keys combine a term id and a day: term * DAY_SLOTS + (day mod DAY_SLOTS). */
const DAY_SLOTS = 0x10000

export type StoryIndexOptions = {
  /**
   * Term statistics to weigh terms with. Frozen statistics (counted over the
   * whole input first, as `clusterArticles` does) make every link independent
   * of arrival order. Without them the index counts as it goes.
   */
  statistics?: TermStatistics
}

/** What `add` did with an article. */
export type AddResult = {
  /** The distinct article it is (or became a sighting of). */
  distinctId: string
  storyId: string
  /** True when it was an exact duplicate of an article already filed. */
  duplicate: boolean
}

type Entry = {
  article: Article
  /** Id of the first capture filed: the story id of a story it founds derives from it. */
  firstCaptureId: string
  captures: Article[]
  features: ArticleFeatures
  arrival: number
}

type Link = { a: number; b: number }

export class StoryIndex {
  readonly #stats: TermStatistics
  readonly #entries: Entry[] = []
  /** `u:<canonical url>` and `t:<text hash>` → entry. */
  readonly #exact = new Map<string, number>()
  /** Capture id → entry. */
  readonly #captureEntry = new Map<string, number>()
  readonly #bands = new Map<number, number[]>()
  readonly #postings = new Map<number, number[]>()
  readonly #anyDayByKey = new Map<number, number[]>()
  readonly #entityNames = new Map<number, string>()
  /** Union-find over entries. */
  readonly #parent: number[] = []
  readonly #members = new Map<number, number[]>()
  readonly #founder = new Map<number, number>()
  readonly #links = new Map<number, Link[]>()
  readonly #nearDuplicates = new Map<number, number[]>()

  constructor(options: StoryIndexOptions = {}) {
    this.#stats = options.statistics ?? new TermStatistics()
  }

  /** Number of distinct articles filed. */
  get size(): number {
    return this.#entries.length
  }

  /** Files one article; near-constant work (see the module comment). */
  add(article: Article): AddResult {
    const keys = exactKeys(article)
    const existing = keys.map((k) => this.#exact.get(k)).find((e) => e !== undefined)
    if (existing !== undefined) return this.#addCapture(existing, article, keys)

    const tokens = tokenizeArticle(article)
    if (!this.#stats.frozen) this.#stats.countDocument(documentTerms(tokens))
    const features = featuresOf(article, tokens, this.#stats)
    const index = this.#entries.length
    this.#entries.push({
      article,
      firstCaptureId: article.id,
      captures: [article],
      features,
      arrival: index,
    })
    for (const [key, name] of tokens.entityNames) {
      const id = this.#stats.idOf(key)
      if (!this.#entityNames.has(id)) this.#entityNames.set(id, name.replace(ENTITY_PREFIX, ''))
    }
    for (const key of keys) this.#exact.set(key, index)
    this.#captureEntry.set(article.id, index)
    this.#parent.push(index)
    this.#members.set(index, [index])
    this.#founder.set(index, index)

    for (const candidate of this.#candidates(index)) {
      const other = this.#entries[candidate] as Entry
      const { verdict } = scorePair(features, other.features)
      if (verdict === 'related') continue
      if (verdict === 'near-duplicate') {
        this.#nearDuplicates.set(index, [...(this.#nearDuplicates.get(index) ?? []), candidate])
        this.#nearDuplicates.set(candidate, [...(this.#nearDuplicates.get(candidate) ?? []), index])
      }
      this.#union(index, candidate)
    }
    this.#file(index)
    return { distinctId: article.id, storyId: this.#storyIdOf(index), duplicate: false }
  }

  /** A capture of an article already filed: one more sighting, maybe a better representative. */
  #addCapture(index: number, article: Article, keys: string[]): AddResult {
    const entry = this.#entries[index] as Entry
    if (!this.#captureEntry.has(article.id)) {
      entry.captures.push(article)
      this.#captureEntry.set(article.id, index)
    }
    for (const key of keys) {
      const other = this.#exact.get(key)
      // Same URL as one article, same text as another: the two are one article seen twice.
      if (other !== undefined && other !== index) this.#union(index, other)
      else this.#exact.set(key, index)
    }
    entry.article = chooseLeadArticle(entry.captures)
    return { distinctId: entry.article.id, storyId: this.#storyIdOf(index), duplicate: true }
  }

  /** Entries worth scoring against entry `index`, found through its LSH bands and keys. */
  #candidates(index: number): number[] {
    const { features } = this.#entries[index] as Entry
    const shared = new Map<number, number>()
    const bump = (list: number[] | undefined, weight: number) => {
      if (!list) return
      for (const other of list) shared.set(other, (shared.get(other) ?? 0) + weight)
    }
    // A shared band is near-certain evidence of a copy: rank those first.
    for (const key of bandKeys(features.signature)) bump(this.#bands.get(key), 1000)
    for (const term of features.keys) {
      if (features.day === null) {
        bump(this.#anyDayByKey.get(term), 1)
      } else {
        for (let d = features.day - STORY_WINDOW_DAYS; d <= features.day + STORY_WINDOW_DAYS; d++)
          bump(this.#postings.get(postingKey(term, d)), 1)
        bump(this.#postings.get(postingKey(term, null)), 1)
      }
    }
    shared.delete(index)
    const ranked = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0])
    return ranked.slice(0, MAX_CANDIDATES).map(([other]) => other)
  }

  #file(index: number): void {
    const { features } = this.#entries[index] as Entry
    for (const key of bandKeys(features.signature)) push(this.#bands, key, index)
    for (const term of features.keys) {
      push(this.#postings, postingKey(term, features.day), index)
      const anyDay = this.#anyDayByKey.get(term) ?? []
      if (anyDay.length < MAX_ANY_DAY_POSTINGS) {
        anyDay.push(index)
        this.#anyDayByKey.set(term, anyDay)
      }
    }
  }

  #find(index: number): number {
    let root = index
    while (this.#parent[root] !== root) root = this.#parent[root] as number
    while (this.#parent[index] !== root) {
      const next = this.#parent[index] as number
      this.#parent[index] = root
      index = next
    }
    return root
  }

  #union(a: number, b: number): void {
    const ra = this.#find(a)
    const rb = this.#find(b)
    const link = { a: Math.min(a, b), b: Math.max(a, b) }
    if (ra === rb) {
      this.#links.get(ra)?.push(link)
      return
    }
    const ma = this.#members.get(ra) as number[]
    const mb = this.#members.get(rb) as number[]
    const [big, small] = ma.length >= mb.length ? [ra, rb] : [rb, ra]
    this.#parent[small] = big
    const bigMembers = this.#members.get(big) as number[]
    for (const m of this.#members.get(small) as number[]) bigMembers.push(m)
    this.#members.delete(small)
    const links = [...(this.#links.get(big) ?? []), ...(this.#links.get(small) ?? []), link]
    this.#links.set(big, links)
    this.#links.delete(small)
    // The story founded first keeps its id.
    const fa = this.#founder.get(ra) as number
    const fb = this.#founder.get(rb) as number
    this.#founder.set(big, Math.min(fa, fb))
    this.#founder.delete(small)
  }

  #storyIdOf(index: number): string {
    const founder = this.#founder.get(this.#find(index)) as number
    return hash128(`story:${(this.#entries[founder] as Entry).firstCaptureId}`)
  }

  /** The distinct article a capture id belongs to, if filed. */
  distinctIdOf(articleId: string): string | undefined {
    const index = this.#captureEntry.get(articleId)
    return index === undefined ? undefined : (this.#entries[index] as Entry).article.id
  }

  /** The story a capture id belongs to, if filed. */
  storyIdOf(articleId: string): string | undefined {
    const index = this.#captureEntry.get(articleId)
    return index === undefined ? undefined : this.#storyIdOf(index)
  }

  /** Every distinct article with its sightings, by published date then id. */
  distinctArticles(): DistinctArticle[] {
    return this.#entries
      .map(toDistinctArticle)
      .sort((a, b) => compareByPublished(a.article, b.article))
  }

  /** Every capture id filed, with its distinct article id and story id. */
  assignments(): { articleId: string; distinctId: string; storyId: string }[] {
    return [...this.#captureEntry].map(([articleId, index]) => ({
      articleId,
      distinctId: (this.#entries[index] as Entry).article.id,
      storyId: this.#storyIdOf(index),
    }))
  }

  /** Every story, newest first (by first published), then by id. */
  stories(): Story[] {
    return [...this.#members.keys()]
      .map((root) => this.#story(root))
      .sort(
        (a, b) => comparePublished(b.firstPublished, a.firstPublished) || (a.id < b.id ? -1 : 1)
      )
  }

  /** One story by id, or undefined. */
  story(storyId: string): Story | undefined {
    const root = this.#rootOfStory(storyId)
    return root === undefined ? undefined : this.#story(root)
  }

  /** Why a story has its members; undefined for an unknown id. */
  explain(storyId: string): StoryExplanation | undefined {
    const root = this.#rootOfStory(storyId)
    return root === undefined ? undefined : this.#explain(root)
  }

  /** Explanations of every story, in the order of `stories()`. */
  explanations(stories: readonly Story[] = this.stories()): StoryExplanation[] {
    const roots = new Map<string, number>()
    for (const root of this.#members.keys()) roots.set(this.#storyIdOf(root), root)
    return stories.map((s) => this.#explain(roots.get(s.id) as number))
  }

  /** Compares two filed articles (capture ids) and says why they match or not. */
  comparePair(a: string, b: string): PairExplanation | undefined {
    const ia = this.#captureEntry.get(a)
    const ib = this.#captureEntry.get(b)
    if (ia === undefined || ib === undefined) return undefined
    return this.#pairExplanation(ia, ib, false)
  }

  #rootOfStory(storyId: string): number | undefined {
    for (const root of this.#members.keys()) if (this.#storyIdOf(root) === storyId) return root
    return undefined
  }

  #ordered(root: number): number[] {
    const members = this.#members.get(root) as number[]
    const lead = chooseLeadArticle(members.map((m) => (this.#entries[m] as Entry).article))
    return [...members].sort((x, y) => {
      const ax = (this.#entries[x] as Entry).article
      const ay = (this.#entries[y] as Entry).article
      if (ax === lead) return -1
      if (ay === lead) return 1
      return compareByPublished(ax, ay)
    })
  }

  #story(root: number): Story {
    const ordered = this.#ordered(root)
    const position = new Map(ordered.map((m, i) => [m, i]))
    const members: StoryMember[] = ordered.map((m, i) => {
      const id = (this.#entries[m] as Entry).article.id
      if (i === 0) return { articleId: id, relation: 'lead', copyOf: null }
      const earlier = (this.#nearDuplicates.get(m) ?? [])
        .filter((n) => (position.get(n) ?? Number.POSITIVE_INFINITY) < i)
        .sort((x, y) => (position.get(x) as number) - (position.get(y) as number))[0]
      return earlier === undefined
        ? { articleId: id, relation: 'coverage', copyOf: null }
        : {
            articleId: id,
            relation: 'copy',
            copyOf: (this.#entries[earlier] as Entry).article.id,
          }
    })
    const captures = ordered.flatMap((m) => (this.#entries[m] as Entry).captures)
    return {
      id: this.#storyIdOf(root),
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

  #explain(root: number): StoryExplanation {
    const ordered = this.#ordered(root)
    const lead = ordered[0] as number
    const seen = new Set<string>()
    const pairs: PairExplanation[] = []
    const linked = new Set((this.#links.get(root) ?? []).map((l) => `${l.a}:${l.b}`))
    const addPair = (x: number, y: number) => {
      const key = `${Math.min(x, y)}:${Math.max(x, y)}`
      if (x === y || seen.has(key)) return
      seen.add(key)
      pairs.push(this.#pairExplanation(x, y, linked.has(key)))
    }
    for (const m of ordered.slice(1)) addPair(lead, m)
    for (const link of this.#links.get(root) ?? []) addPair(link.a, link.b)
    return { storyId: this.#storyIdOf(root), pairs }
  }

  #pairExplanation(x: number, y: number, linked: boolean): PairExplanation {
    const a = this.#entries[x] as Entry
    const b = this.#entries[y] as Entry
    const { score, verdict, signals } = scorePair(a.features, b.features)
    const entities = sharedEntries(a.features.entities, b.features.entities)
      .slice(0, 10)
      .map(([id]) => this.#entityNames.get(id) ?? this.#stats.termOf(id))
    const terms = sharedEntries(a.features.text, b.features.text)
      .slice(0, 10)
      .map(([id]) => this.#stats.termOf(id))
    const quotes = a.features.quotes.filter(
      (q) => sortedIntersectionSize(quoteGrams([q]), b.features.quoteGrams) > 0
    )
    return {
      a: a.article.id,
      b: b.article.id,
      score,
      verdict,
      linked,
      signals,
      matched: { entities, quotes: quotes.slice(0, 5), terms },
      daysApart: daysApart(a.features, b.features),
    }
  }
}

const push = (map: Map<number, number[]>, key: number, value: number): void => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const postingKey = (term: number, day: number | null): number =>
  term * DAY_SLOTS + (day === null ? UNDATED : ((day % UNDATED) + UNDATED) % UNDATED)

/** The keys under which two captures are the same article: canonical URL and text hash. */
export const exactKeys = (article: Article): string[] => {
  const keys: string[] = []
  const canonical = article.url ? canonicalizeUrl(article.url) : null
  if (canonical) keys.push(`u:${canonical}`)
  const text = article.matchingText.trim()
  if (text !== '') keys.push(`t:${hash128(text)}`)
  return keys
}

const toSighting = (article: Article): Sighting => ({
  articleId: article.id,
  source: article.source,
  url: article.url,
  file: article.origin.file,
  published: article.published,
})

const toDistinctArticle = (entry: Entry): DistinctArticle => {
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
