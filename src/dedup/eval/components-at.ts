/**
 * @module
 * What the single-threshold baselines share (`tfidf-baseline.ts`,
 * `copy-baselines.ts`): stories as the connected components of the scored
 * pairs at or above a threshold, and their pairwise scores against gold labels.
 */
import { findRoot } from '../find-root.ts'
import { type PairwiseScores, pairwiseF1 } from './pairwise-f1.ts'

/** A scored pair of texts by index: `[a, b, score]`. */
export type ScoredPair = [number, number, number]

/** Stories as connected components of the pairs at or above `threshold`: a story label per text. */
export const componentsAt = (
  count: number,
  pairs: readonly ScoredPair[],
  threshold: number
): number[] => {
  const parent = Int32Array.from({ length: count }, (_, i) => i)
  const root = (x: number): number => findRoot(parent, x)
  for (const [a, b, score] of pairs) if (score >= threshold) parent[root(a)] = root(b)
  return Array.from(parent, (_, i) => root(i))
}

/** Pairwise scores of a story label per text against `gold`, a label per text in the same order. */
export const scoreLabels = (labels: readonly number[], gold: readonly string[]): PairwiseScores =>
  pairwiseF1(
    new Map(labels.map((label, i) => [String(i), String(label)])),
    new Map(gold.map((label, i) => [String(i), label]))
  )
