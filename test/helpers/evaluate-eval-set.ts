/**
 * One evaluation set clustered as `clusterArticles` does, scored against its
 * gold labels, with the explanation of every wrong pair
 * (`StoryIndex.comparePair`) and of every story's members. Shared by the
 * dedup-eval test files, which vitest runs side by side.
 */
import { pairwiseF1 } from '../../src/dedup/eval/pairwise-f1.ts'
import { canonicalOrder, clusterArticles, StoryIndex, tokenizeAll } from '../../src/dedup/index.ts'
import type { Article, PairExplanation } from '../../src/schema/index.ts'
import { type EvalArticle, type Expected, toArticle } from './eval-article.ts'

/**
 * A test that clusters every set (or all of them as one corpus) takes 5–35 s
 * alone on a 2-core machine, and the eval files run side by side: the 30 s
 * default timed one out once under load.
 */
export const EVAL_TEST_TIMEOUT = 120_000

export type Pair = { a: string; b: string; explanation: PairExplanation | undefined }

export const evaluate = (inputs: EvalArticle[], expected: Expected) => {
  const articles = new Map(inputs.map((input) => [input.key, toArticle(input)]))
  const clustering = clusterArticles([...articles.values()])
  const predicted = new Map(
    [...articles].map(([key, a]) => [key, clustering.storyIdByArticleId[a.id] as string])
  )
  const truth = new Map(
    Object.entries(expected.stories).flatMap(([story, keys]) => keys.map((k) => [k, story]))
  )

  // The explanation API on an index built exactly as `clusterArticles` builds its own.
  const ordered = canonicalOrder([...articles.values()])
  const { statistics, tokens } = tokenizeAll(ordered)
  const index = new StoryIndex({ statistics })
  for (const [i, article] of ordered.entries()) index.fileArticle(article, tokens[i] ?? undefined)
  const pair = (a: string, b: string): Pair => ({
    a,
    b,
    explanation: index.comparePair(
      (articles.get(a) as Article).id,
      (articles.get(b) as Article).id
    ),
  })

  const keys = [...articles.keys()]
  const falseMerges: Pair[] = []
  const missedMerges: Pair[] = []
  for (const [i, a] of keys.entries()) {
    for (const b of keys.slice(i + 1)) {
      const samePredicted = predicted.get(a) === predicted.get(b)
      const sameTruth = truth.get(a) === truth.get(b)
      if (samePredicted && !sameTruth) falseMerges.push(pair(a, b))
      if (sameTruth && !samePredicted) missedMerges.push(pair(a, b))
    }
  }
  const together = ([a, b]: [string, string, string?]) => predicted.get(a) === predicted.get(b)
  // Every member of a story must be accounted for by its explanation: reachable from
  // the lead through linked pairs and joins. A join connects its group to its targets
  // through one member of each, so each side must hold together by its own links: an
  // attached text must not stand in for a link its target story lacks.
  const unexplained: string[] = []
  const joinRules = new Set<string>()
  for (const story of clustering.stories) {
    const explanation = clustering.explain(story.id)
    const neighbours = new Map<string, string[]>()
    const connect = (x: string, y: string) => {
      neighbours.set(x, [...(neighbours.get(x) ?? []), y])
      neighbours.set(y, [...(neighbours.get(y) ?? []), x])
    }
    for (const p of explanation?.pairs ?? [])
      if (p.linked || p.verdict !== 'related') connect(p.a, p.b)
    for (const j of explanation?.joins ?? []) {
      joinRules.add(j.rule)
      connect(j.memberIds[0] as string, j.toIds[0] as string)
    }
    const reached = new Set([story.leadArticleId])
    const queue = [story.leadArticleId]
    for (let next = queue.pop(); next !== undefined; next = queue.pop())
      for (const n of neighbours.get(next) ?? [])
        if (!reached.has(n) && reached.add(n)) queue.push(n)
    for (const m of story.memberIds) if (!reached.has(m)) unexplained.push(m)
  }
  return {
    unexplained,
    joinRules,
    scores: pairwiseF1(predicted, truth),
    predicted,
    truth,
    falseMerges,
    missedMerges,
    splitCopies: expected.copies.filter((c) => !together(c)),
    mergedHardNegatives: expected.hardNegatives.filter(together),
  }
}

export const describePair = ({ a, b, explanation: e }: Pair): string => {
  if (!e) return `${a} ~ ${b}: not comparable`
  const s = e.signals
  const f = (n: number) => n.toFixed(2)
  return (
    `${a} ~ ${b}: score ${f(e.score)} (${e.verdict}), text ${f(s.text)} lead ${f(s.lead)} ` +
    `entities ${f(s.entities)} quotes ${f(s.quotes)} shingles ${f(s.shingles)} ` +
    `time ${f(s.time)} days ${e.daysApart ?? '?'}; entities [${e.matched.entities.join(', ')}]` +
    `; terms [${e.matched.terms.slice(0, 8).join(', ')}]`
  )
}
