import { describe, expect, it } from 'vitest'
import { attributeStory } from '../src/attribute/index.ts'
import { clusterArticles, withExplanations } from '../src/dedup/index.ts'
import { ClusteringSchema } from '../src/schema/index.ts'
import { fixtureFolders } from './helpers/dedup-eval-sets.ts'
import { type ArticleInput, makeArticle } from './helpers/make-article.ts'

type FixtureArticle = ArticleInput & { key: string }
type Expected = {
  /** Stories as groups of article keys; order inside and between groups does not matter. */
  stories: string[][]
  /** Groups of keys that must be one distinct article (exact duplicates). */
  distinct?: string[][]
  lead?: string
  relations?: Record<string, 'lead' | 'copy' | 'coverage'>
  /** "keyA keyB" → the verdict the story's explanation gives that pair. */
  verdicts?: Record<string, 'near-duplicate' | 'same-story' | 'related'>
}

const articleFiles = import.meta.glob<FixtureArticle[]>('./fixtures/dedup/*/articles.json', {
  eager: true,
  import: 'default',
})
const expectedFiles = import.meta.glob<Expected>('./fixtures/dedup/*/expected.json', {
  eager: true,
  import: 'default',
})

const cases = fixtureFolders(articleFiles, expectedFiles)

const canonical = (groups: string[][]): string[][] =>
  groups.map((g) => [...g].sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1))

describe('dedup fixtures', () => {
  it('finds the fixture folders', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5)
  })

  it.each(cases)('$name', ({ inputs, expected }) => {
    const articles = inputs.map(({ key, ...input }) => ({ key, article: makeArticle(input) }))
    const clustering = clusterArticles(articles.map((a) => a.article))
    expect(ClusteringSchema.safeParse(withExplanations(clustering)).success).toBe(true)

    // Captures of one canonical URL share an id, so an id may stand for several keys.
    const keysOf = new Map<string, string[]>()
    for (const { key, article } of articles)
      keysOf.set(article.id, [...(keysOf.get(article.id) ?? []), key])
    const groups = new Map<string, string[]>()
    for (const { key, article } of articles) {
      const story = clustering.storyIdByArticleId[article.id] as string
      groups.set(story, [...(groups.get(story) ?? []), key])
    }
    expect(canonical([...groups.values()])).toEqual(canonical(expected.stories))

    if (expected.distinct) {
      const distinct = new Map<string, string[]>()
      for (const { key, article } of articles) {
        const id = clustering.distinctIdByArticleId[article.id] as string
        distinct.set(id, [...(distinct.get(id) ?? []), key])
      }
      const multi = [...distinct.values()].filter((g) => g.length > 1)
      expect(canonical(multi)).toEqual(canonical(expected.distinct))
    }

    const members = new Map(
      clustering.stories.flatMap((s) =>
        s.members.flatMap((m) => (keysOf.get(m.articleId) ?? []).map((k) => [k, m] as const))
      )
    )
    if (expected.lead) {
      const lead = expected.lead
      const story = clustering.stories.find((s) => keysOf.get(s.leadArticleId)?.includes(lead))
      expect(story, `a story led by ${expected.lead}`).toBeDefined()
    }
    for (const [key, relation] of Object.entries(expected.relations ?? {})) {
      expect(members.get(key)?.relation, key).toBe(relation)
    }
    const idOf = new Map(articles.map(({ key, article }) => [key, article.id]))
    for (const [pair, verdict] of Object.entries(expected.verdicts ?? {})) {
      const [a, b] = pair.split(' ').map((key) => idOf.get(key)) as [string, string]
      const explained = clustering
        .explain(clustering.storyIdByArticleId[a] as string)
        ?.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))
      expect(explained?.verdict, pair).toBe(verdict)
    }

    // Attribution covers every capture of every member exactly once.
    const byId = new Map(clustering.articles.map((a) => [a.id, a]))
    const attributed = clustering.stories.flatMap((s) => {
      const a = attributeStory(s, byId)
      return [a.lead, ...a.coverage].map((e) => e.sightingId)
    })
    expect([...attributed].sort()).toEqual([...keysOf.keys()].sort())
  })
})
