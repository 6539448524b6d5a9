/**
 * @module
 * Realistic synthetic corpora of any size for benchmarks and evaluation:
 * `generateCorpus({ articles, seed })` returns normalized-looking `Article`s
 * and the true story of each, built on `generateSyntheticNews` (stories covered
 * by several outlets in paraphrase, exact/URL-variant/near/spun copies, events
 * of one topic sharing their cast and days, unrelated noise). Deterministic
 * for its options; invented text only.
 */

// Evaluation tooling, not the dedup stage: builds articles the way the normalizer would.
import { foldMatchingText } from '../../normalize/index.ts'
import {
  type Article,
  articleIdFor,
  type DateValue,
  type Source,
  sourceIdFor,
} from '../../schema/index.ts'
import {
  generateSyntheticNews,
  type SyntheticArticle,
  type SyntheticOptions,
} from './generate-synthetic-news.ts'

const foldForMatching = foldMatchingText

export type CorpusOptions = {
  /** About how many articles to generate (the result is within a few of it). */
  articles: number
  seed?: number
  /** Share of the articles that are unrelated single-article noise. Default 0.3. */
  noiseShare?: number
  /** Days the corpus spans. Default: one day per 1,500 articles, at least 7. */
  days?: number
  /** Independent write-ups per event, inclusive range. Default [2, 8]. */
  outletsPerEvent?: [number, number]
  /** Events per topic (a topic shares its cast of people). Default 8. */
  eventsPerTopic?: number
  /** Chance an original write-up is copied. Default 0.3. */
  copyRate?: number
  /** Include normalizer-style tags (entity names). Default true. */
  tags?: boolean
}

export type Corpus = {
  articles: Article[]
  /** True story label of each article, parallel to `articles`. */
  labels: string[]
  /** Article id → true story label (URL variants share an id and a label). */
  truth: Map<string, string>
  /** What each article is (`original`, `exact-copy`, `url-variant`, `near-copy`, `spun-copy`, `noise`). */
  kinds: SyntheticArticle['kind'][]
  /** The raw generated records, parallel to `articles`. */
  synthetic: SyntheticArticle[]
}

const sources = new Map<string, Source>()
const sourceOf = (name: string, url: string): Source => {
  const homepage = `${new URL(url).origin.replace('://m.', '://')}/`
  const key = `${name}\u0000${homepage}`
  let source = sources.get(key)
  if (!source) {
    source = { id: sourceIdFor(name, homepage), name, homepage, feedUrl: null }
    sources.set(key, source)
  }
  return source
}

/** A synthetic record as the normalizer would hand it to dedup. */
export const syntheticToArticle = (s: SyntheticArticle, withTags = true): Article => {
  const paragraphs = s.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const text = paragraphs.join('\n\n')
  const matchingText = foldForMatching(text)
  const published: DateValue = { value: s.published, precision: 'day' }
  return {
    id: articleIdFor({ url: s.url, matchingText }),
    url: s.url,
    title: s.title.slice(0, 200),
    titleDerived: false,
    // A slice of `text`, not of the generated record, so the record can be collected.
    summary: text.slice(0, paragraphs[0]?.length ?? 0),
    text,
    html: '',
    matchingText,
    source: sourceOf(s.source, s.url),
    authors: [],
    published,
    updated: null,
    language: 'en',
    wordCount: (text.match(/[\p{L}\p{N}]+/gu) ?? []).length,
    tags: withTags ? s.tags : [],
    origin: { form: 'text', file: null },
    removed: [],
  }
}

/**
 * A corpus of about `articles` articles: ~70% story coverage (each event by
 * 2–8 outlets, 30% of write-ups copied), ~30% unrelated noise, spread over
 * one day per 1,500 articles.
 */
export const generateCorpus = (options: CorpusOptions): Corpus => {
  const target = Math.max(1, Math.floor(options.articles))
  const noiseShare = options.noiseShare ?? 0.3
  const outletsPerEvent = options.outletsPerEvent ?? [2, 8]
  const copyRate = options.copyRate ?? 0.3
  const eventsPerTopic = options.eventsPerTopic ?? 8
  const meanPerEvent = ((outletsPerEvent[0] + outletsPerEvent[1]) / 2) * (1 + copyRate)
  const noise = Math.round(target * noiseShare)
  const events = Math.max(1, Math.round((target - noise) / meanPerEvent))
  const synthOptions: SyntheticOptions = {
    seed: options.seed ?? 1,
    topics: Math.max(1, Math.ceil(events / eventsPerTopic)),
    eventsPerTopic,
    outletsPerEvent,
    copyRate,
    noise,
    days: options.days ?? Math.max(7, Math.round(target / 1500)),
  }
  const synthetic = generateSyntheticNews(synthOptions)
  const articles = synthetic.map((s) => syntheticToArticle(s, options.tags ?? true))
  const labels = synthetic.map((s) => s.event)
  const truth = new Map<string, string>()
  for (const [i, a] of articles.entries()) truth.set(a.id, labels[i] as string)
  return { articles, labels, truth, kinds: synthetic.map((s) => s.kind), synthetic }
}
