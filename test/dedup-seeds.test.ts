import { describe, expect, it } from 'vitest'
import { clusterArticles, StoryIndex, withExplanations } from '../src/dedup/index.ts'
import { BUNDLED_FILES } from '../src/generated/bundled-articles.ts'
import { readCorpus } from '../src/ingest/read-corpus.ts'
import { normalizeArticle } from '../src/normalize/index.ts'
import { type Article, ClusterInputSchema } from '../src/schema/index.ts'
import { makeArticle } from './helpers/make-article.ts'

const raws = readCorpus(BUNDLED_FILES).articles

/** The bundled seeds as the normalizer makes them. */
const normalized: Article[] = raws.map((raw) => normalizeArticle(raw))

/**
 * The same seeds through the test builder (raw text, sidecar metadata, no
 * tags): the harder case, entities come only from capitalised words.
 */
const builderSeeds: Article[] = raws.map((raw) => {
  const source = raw.metadata.source
  return makeArticle({
    text: raw.content,
    source: typeof source === 'string' ? source : (source?.name ?? 'Unknown'),
    url: raw.metadata.url ?? null,
    published: raw.metadata.published ?? null,
    file: raw.file ?? null,
  })
})

const prefixOf = (article: Article | undefined): string => article?.origin.file?.slice(0, 3) ?? '?'

describe.each([
  ['normalized', normalized],
  ['test-builder', builderSeeds],
])('seed corpus (%s)', (_, seeds) => {
  it('forms exactly two stories: {000, 001, 002} and {003, 004}', () => {
    const clustering = clusterArticles(seeds)
    const byId = new Map(seeds.map((a) => [a.id, a]))
    const groups = clustering.stories
      .map((s) => s.memberIds.map((id) => prefixOf(byId.get(id))).sort())
      .sort()
    expect(groups).toEqual([
      ['000', '001', '002'],
      ['003', '004'],
    ])
  })

  it('keeps a story id as coverage joins it', () => {
    const index = new StoryIndex()
    const [first, ...rest] = [...seeds].sort((a, b) =>
      (a.origin.file ?? '') < (b.origin.file ?? '') ? -1 : 1
    )
    const founded = index.add(first as Article).storyId
    for (const article of rest) index.add(article)
    expect(index.storyIdOf((first as Article).id)).toBe(founded)
  })

  it('explains each story with pairwise scores and matched signals', () => {
    const clustering = clusterArticles(seeds)
    for (const story of clustering.stories) {
      const explanation = clustering.explain(story.id)
      expect(explanation?.storyId).toBe(story.id)
      expect(explanation?.pairs.length).toBeGreaterThanOrEqual(story.memberIds.length - 1)
      for (const pair of explanation?.pairs ?? []) {
        expect(pair.score).toBeGreaterThan(0)
        expect(pair.matched.entities.length).toBeGreaterThan(0)
      }
      // Formed once, then remembered.
      expect(clustering.explain(story.id)).toBe(explanation)
    }
    expect(clustering.explain('0'.repeat(32))).toBeUndefined()
  })

  it('clusters the fields it reads (ClusterInput) as it clusters whole articles', () => {
    const full = clusterArticles(seeds)
    const projected = seeds.map((a) => ClusterInputSchema.parse(a))
    const clustering = clusterArticles(projected)
    // Each record comes back as given: a projection stays a projection.
    for (const d of clustering.articles) expect(projected).toContain(d.article)
    const { articles, ...rest } = withExplanations(clustering)
    const { articles: fullArticles, ...fullRest } = withExplanations(full)
    expect(rest).toEqual(fullRest)
    expect(articles.map((d) => [d.id, d.sightings])).toEqual(
      fullArticles.map((d) => [d.id, d.sightings])
    )
    expect(fullArticles.map((d) => d.article)).toEqual(
      articles.map((d) => seeds.find((a) => a.id === d.article.id))
    )
  })
})
