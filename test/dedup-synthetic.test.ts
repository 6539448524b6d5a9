import { describe, expect, it } from 'vitest'
import {
  generateSyntheticNews,
  type SyntheticOptions,
} from '../src/dedup/eval/generate-synthetic-news.ts'
import { pairwiseF1 } from '../src/dedup/eval/pairwise-f1.ts'
import { clusterArticles } from '../src/dedup/index.ts'
import { makeArticle } from './helpers/make-article.ts'

/**
 * Pairwise F1 on seeded synthetic news: paraphrased coverage by several
 * outlets, exact/URL-variant/near/spun copies, events of one topic sharing
 * their cast (hard negatives) and unrelated noise.
 */
const evaluate = (options: SyntheticOptions, withTags = true) => {
  const synthetic = generateSyntheticNews(options)
  const articles = synthetic.map((s) =>
    makeArticle({
      text: s.text,
      title: s.title,
      source: s.source,
      url: s.url,
      published: s.published,
      tags: withTags ? s.tags : [],
    })
  )
  const truth = new Map<string, string>()
  for (const [i, a] of articles.entries()) truth.set(a.id, synthetic[i]?.event as string)
  const clustering = clusterArticles(articles, { skipExplanations: true })
  const predicted = new Map(Object.entries(clustering.storyIdByArticleId))
  const copiesApart = synthetic.filter((s, i) => {
    if (s.kind === 'original' || s.kind === 'noise') return false
    const story = predicted.get(articles[i]?.id as string)
    return !synthetic.some(
      (o, j) =>
        o.kind === 'original' &&
        o.event === s.event &&
        predicted.get(articles[j]?.id as string) === story
    )
  }).length
  return { ...pairwiseF1(predicted, truth), copiesApart }
}

/** The floors this method reaches on these seeds; a regression below them fails. */
const F1_FLOOR = 0.8
/**
 * Among many unrelated articles built from the same templates (shared filler
 * and background sentences, a small pool of matters) precision is lower.
 */
const NOISY_F1_FLOOR = 0.75

describe('synthetic evaluation', () => {
  it.each([1, 2, 3])('reaches the F1 floor with every copy merged (seed %i)', (seed) => {
    const scores = evaluate({ seed })
    expect(scores.copiesApart).toBe(0)
    expect(scores.f1).toBeGreaterThanOrEqual(F1_FLOOR)
  })

  it('reaches the floor without normalizer tags (entities from capitalised words only)', () => {
    expect(evaluate({ seed: 11 }, false).f1).toBeGreaterThanOrEqual(F1_FLOOR)
  })

  it('keeps stories apart among many unrelated articles', () => {
    const scores = evaluate({ seed: 5, topics: 4, eventsPerTopic: 5, noise: 400, days: 10 })
    expect(scores.copiesApart).toBe(0)
    expect(scores.f1).toBeGreaterThanOrEqual(NOISY_F1_FLOOR)
  })
})
