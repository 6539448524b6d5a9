/**
 * @module
 * The two other baselines issue #4 quotes for its mixed set ("exact hashing
 * scores 0.45 there, MinHash 0.53"), so that a labelled corpus can be checked
 * for that set's shape and the clusterer compared with all three
 * (`scripts/eval-labelled-corpus.ts`; TF-IDF is `tfidf-baseline.ts`). Exact
 * hashing: two texts one story when they share an exact key as the index
 * files them (canonical URL or matching-text hash). MinHash: word 3-shingles,
 * 128 permutations, two texts one story when their estimated Jaccard reaches
 * a threshold; the best threshold of a grid is reported, as for TF-IDF.
 * Every pair is compared (quadratic: for evaluation sets of a few thousand
 * texts, not for serving).
 */
import type { ClusterInput } from '../../schema/index.ts'
import { estimateJaccard, minhashSignature, shingleHashes } from '../minhash.ts'
import { exactKeys } from '../story-index.ts'
import { wordsOf } from '../tokenize-text.ts'
import { componentsAt, type ScoredPair, scoreLabels } from './components-at.ts'
import type { PairwiseScores } from './pairwise-f1.ts'

/** The estimated-Jaccard thresholds tried; the best is reported. */
export const MINHASH_THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]

export type CopyBaseline = { threshold: number | null; scores: PairwiseScores }

/** Exact hashing: texts sharing a canonical URL or a matching-text hash are one story. */
export const exactHashBaseline = (
  articles: readonly ClusterInput[],
  gold: readonly string[]
): CopyBaseline => {
  const firstWithKey = new Map<string, number>()
  const pairs: ScoredPair[] = []
  for (const [i, article] of articles.entries())
    for (const key of exactKeys(article)) {
      const first = firstWithKey.get(key)
      if (first === undefined) firstWithKey.set(key, i)
      else pairs.push([first, i, 1])
    }
  return { threshold: null, scores: scoreLabels(componentsAt(articles.length, pairs, 1), gold) }
}

/** MinHash at every threshold of MINHASH_THRESHOLDS against `gold`, best F1 first. */
export const minhashBaseline = (
  texts: readonly string[],
  gold: readonly string[]
): CopyBaseline[] => {
  const signatures = texts.map((text) => minhashSignature(shingleHashes(wordsOf(text))))
  const floor = Math.min(...MINHASH_THRESHOLDS)
  const pairs: ScoredPair[] = []
  for (let a = 0; a < texts.length; a++)
    for (let b = a + 1; b < texts.length; b++) {
      const jaccard = estimateJaccard(signatures[a] as Uint32Array, signatures[b] as Uint32Array)
      if (jaccard >= floor) pairs.push([a, b, jaccard])
    }
  return MINHASH_THRESHOLDS.map((threshold) => ({
    threshold,
    scores: scoreLabels(componentsAt(texts.length, pairs, threshold), gold),
  })).sort((x, y) => y.scores.f1 - x.scores.f1)
}
