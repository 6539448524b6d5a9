import { describe, expect, it } from 'vitest'
import {
  generateSyntheticNews,
  type SyntheticOptions,
} from '../src/dedup/eval/generate-synthetic-news.ts'
import { pairwiseF1 } from '../src/dedup/eval/pairwise-f1.ts'
import { generateCorpus } from '../src/dedup/eval/synthetic-corpus.ts'
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
  const clustering = clusterArticles(articles)
  const predicted = new Map(Object.entries(clustering.storyIdByArticleId))
  // Pairs of distinct events (hard negatives included) with originals in one predicted story.
  const eventsOf = new Map<string, Set<string>>()
  for (const [i, s] of synthetic.entries()) {
    if (s.kind !== 'original') continue
    const story = predicted.get(articles[i]?.id as string) as string
    eventsOf.set(story, (eventsOf.get(story) ?? new Set()).add(s.event))
  }
  const eventsMerged = [...eventsOf.values()].reduce((n, e) => n + (e.size * (e.size - 1)) / 2, 0)
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
  return { ...pairwiseF1(predicted, truth), copiesApart, eventsMerged, clustering, articles }
}

/**
 * Floors below what this method reaches on these seeds (0.97–1.0), at the
 * held-out targets: a regression below them fails.
 */
const F1_FLOOR = 0.9
/** Many unrelated articles built from the same templates (shared filler, context and areas). */
const NOISY_F1_FLOOR = 0.85

/**
 * One week of one subject from dozens of outlets: every event shares the cast;
 * many fall on the same day as another (different matter), some follow up an
 * earlier matter 2–3 days later. Same-story pairs score 0.45–0.9 (median ≈ 0.64).
 */
const WEEK: SyntheticOptions = {
  topics: 1,
  eventsPerTopic: 30,
  outletsPerEvent: [3, 10],
  days: 7,
  noise: 0,
  sameDayRate: 0.4,
  followUpRate: 0.25,
}

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

  it.each([1, 2])(
    'separates the events of one subject in one week, merging every copy (seed %i)',
    (seed) => {
      const scores = evaluate({ ...WEEK, seed })
      expect(scores.copiesApart).toBe(0)
      expect(scores.eventsMerged).toBe(0)
      expect(scores.f1).toBeGreaterThanOrEqual(F1_FLOOR)
    }
  )

  it('keeps big stories whole (20–80 outlets each) in a one-subject week', () => {
    // Terms of a big story are in hundreds of documents: they must stay index keys.
    const scores = evaluate({ ...WEEK, seed: 2, eventsPerTopic: 12, outletsPerEvent: [20, 80] })
    expect(scores.eventsMerged).toBe(0)
    expect(scores.recall).toBeGreaterThanOrEqual(0.95)
    expect(scores.f1).toBeGreaterThanOrEqual(F1_FLOOR)
  })

  it('does not chain two stories through a roundup that reports both', () => {
    const synthetic = generateSyntheticNews({ ...WEEK, seed: 3, copyRate: 0 })
    const byEvent = new Map<string, number[]>()
    for (const [i, s] of synthetic.entries())
      byEvent.set(s.event, [...(byEvent.get(s.event) ?? []), i])
    // Two events of the same day with several reports each.
    const [a, b] = [...byEvent.values()]
      .filter((is) => is.length >= 3)
      .flatMap((x, _, all) =>
        all
          .filter(
            (y) =>
              y !== x &&
              synthetic[y[0] as number]?.published === synthetic[x[0] as number]?.published
          )
          .map((y) => [x, y] as const)
      )[0] as readonly [number[], number[]]
    const half = (i: number) => {
      const paragraphs = (synthetic[i] as (typeof synthetic)[number]).text.split('\n\n')
      return paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join('\n\n')
    }
    const first = synthetic[a[0] as number] as (typeof synthetic)[number]
    const roundup = makeArticle({
      text: `${half(a[0] as number)}\n\n${half(b[0] as number)}`,
      title: 'The day in review',
      source: 'Roundup Daily',
      url: 'https://roundup.example/day-in-review',
      published: first.published,
      tags: [...first.tags, ...(synthetic[b[0] as number]?.tags ?? [])],
    })
    const toArticle = (i: number) => {
      const s = synthetic[i] as (typeof synthetic)[number]
      return makeArticle({ ...s, source: s.source })
    }
    const articles = [...a.map(toArticle), ...b.map(toArticle), roundup]
    const { storyIdByArticleId } = clusterArticles(articles)
    const storiesOf = (is: number[]) => new Set(is.map((i) => storyIdByArticleId[toArticle(i).id]))
    expect(storiesOf(a).size).toBe(1)
    expect(storiesOf(b).size).toBe(1)
    expect([...storiesOf(a)][0]).not.toBe([...storiesOf(b)][0])
  })
})

describe('generateCorpus', () => {
  it('builds a labelled corpus of about the asked size, the same for the same seed', () => {
    const corpus = generateCorpus({ articles: 1000, seed: 9 })
    expect(Math.abs(corpus.articles.length - 1000)).toBeLessThan(100)
    expect(corpus.labels.length).toBe(corpus.articles.length)
    expect(corpus.kinds).toContain('noise')
    expect(corpus.kinds).toContain('near-copy')
    expect(generateCorpus({ articles: 1000, seed: 9 }).articles.map((a) => a.id)).toEqual(
      corpus.articles.map((a) => a.id)
    )
    const clustering = clusterArticles(corpus.articles)
    const scores = pairwiseF1(new Map(Object.entries(clustering.storyIdByArticleId)), corpus.truth)
    expect(scores.f1).toBeGreaterThanOrEqual(NOISY_F1_FLOOR)
  })
})
