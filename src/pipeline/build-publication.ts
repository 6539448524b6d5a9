/**
 * @module
 * The one place the pure stages are composed: raw articles → normalize →
 * dedup (distinct articles, stories) → attribute → what the feeds, pages and
 * API publish. Pure and deterministic: the same raw input gives the same
 * publication, whatever the file order.
 */
import { attributeStory } from '../attribute/index.ts'
import { clusterArticles } from '../dedup/index.ts'
import type { CorpusProblem } from '../ingest/read-corpus.ts'
import { NormalizeError } from '../normalize/index.ts'
import {
  type Article,
  type DistinctArticle,
  hash128,
  type RawArticle,
  type Source,
  type Story,
  type StoryAttribution,
  type StoryExplanation,
} from '../schema/index.ts'
import { normalizeCaptured } from './normalize-captured.ts'

export type PublishedStory = {
  story: Story
  attribution: StoryAttribution
  lead: DistinctArticle
}

export type Publication = {
  /** Changes whenever anything published changes; part of every cache key. */
  version: string
  /**
   * When the store behind it was last written (null: never since seeding, or
   * no store). Items' dates alone do not say when a feed changed: a backdated
   * article or a deletion changes it too.
   */
  writtenAt: Date | null
  /** Distinct articles (exact copies merged, every sighting kept), newest first. */
  articles: readonly DistinctArticle[]
  /** Any captured article id, a republished copy's included → its distinct article. */
  articleById: ReadonlyMap<string, DistinctArticle>
  /** Stories, newest first. */
  stories: readonly PublishedStory[]
  storyById: ReadonlyMap<string, PublishedStory>
  /**
   * Why a story has its members (pairwise scores, matched signals), formed when
   * first asked for and then kept: only `GET /api/stories/:id` reads it.
   */
  explain: (storyId: string) => StoryExplanation | undefined
  /** Distinct article id → the story it belongs to. */
  storyByArticleId: ReadonlyMap<string, PublishedStory>
  /** Every outlet with at least one sighting, by name. */
  sources: readonly Source[]
  /** Distinct articles each outlet published or republished, newest first. */
  articlesBySource: ReadonlyMap<string, readonly DistinctArticle[]>
  /** Inputs that could not be published, with the reason. */
  problems: readonly CorpusProblem[]
}

/** Normalizes every raw article; the ones that cannot be normalized become problems. */
export const normalizeAll = (raws: readonly RawArticle[]) => {
  const articles: Article[] = []
  const problems: CorpusProblem[] = []
  for (const raw of raws) {
    try {
      articles.push(normalizeCaptured(raw))
    } catch (error) {
      if (!(error instanceof NormalizeError)) throw error
      problems.push({ file: raw.file ?? '(unnamed input)', reason: error.reason })
    }
  }
  return { articles, problems }
}

export const buildPublication = (
  raws: readonly RawArticle[],
  inputProblems: readonly CorpusProblem[] = []
): Publication => {
  const normalized = normalizeAll(raws)
  return publish(normalized.articles, [...inputProblems, ...normalized.problems])
}

/** A version for a set of articles when the store gives none: their ids and record hashes. */
const versionOf = (articles: readonly Article[]): string =>
  hash128(
    articles
      .map((a) => `${a.id}:${hash128(JSON.stringify(a))}`)
      .sort()
      .join(',')
  )

/**
 * Clusters normalized articles and indexes everything the routes look up.
 * `version` identifies the input (the store's version); derived from the
 * articles themselves when absent.
 */
export const publish = (
  articles: readonly Article[],
  problems: readonly CorpusProblem[] = [],
  version: string = versionOf(articles),
  writtenAt: Date | null = null
): Publication => {
  const clustering = clusterArticles(articles)
  const distinctById = new Map(clustering.articles.map((a) => [a.id, a]))
  const articleById = new Map<string, DistinctArticle>()
  for (const [capturedId, distinctId] of Object.entries(clustering.distinctIdByArticleId)) {
    const distinct = distinctById.get(distinctId)
    if (distinct) articleById.set(capturedId, distinct)
  }

  const stories: PublishedStory[] = clustering.stories.map((story) => ({
    story,
    attribution: attributeStory(story, distinctById),
    lead: distinctById.get(story.leadArticleId) as DistinctArticle,
  }))
  const storyById = new Map(stories.map((s) => [s.story.id, s]))
  const storyByArticleId = new Map<string, PublishedStory>()
  for (const published of stories) {
    for (const id of published.story.memberIds) storyByArticleId.set(id, published)
  }

  const newestFirst = [...clustering.articles].reverse()
  const sources = new Map<string, Source>()
  const articlesBySource = new Map<string, DistinctArticle[]>()
  for (const distinct of newestFirst) {
    for (const source of new Map(distinct.sightings.map((s) => [s.source.id, s.source])).values()) {
      sources.set(source.id, source)
      const list = articlesBySource.get(source.id)
      if (list) list.push(distinct)
      else articlesBySource.set(source.id, [distinct])
    }
  }

  return {
    version,
    writtenAt,
    articles: newestFirst,
    articleById,
    stories,
    storyById,
    explain: clustering.explain,
    storyByArticleId,
    sources: [...sources.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    articlesBySource,
    problems,
  }
}

const formerStoryIds = new WeakMap<Publication, Map<string, string>>()

/**
 * The story an id names now. A story's id derives from its first text
 * (docs/dedup.md §4, Ids): when an earlier report of it arrives later (a
 * backdated copy) or two stories merge, its id becomes another text's. A
 * link to the old id follows the text the old id was founded on, to the
 * story that text is in now. Undefined when no stored text founded it.
 */
export const currentStoryId = (publication: Publication, id: string): string | undefined => {
  if (publication.storyById.has(id)) return id
  let former = formerStoryIds.get(publication)
  if (!former) {
    former = new Map()
    for (const [captureId, distinct] of publication.articleById) {
      const story = publication.storyByArticleId.get(distinct.id)
      if (story) former.set(hash128(`story:${captureId}`), story.story.id)
    }
    formerStoryIds.set(publication, former)
  }
  return former.get(id)
}
