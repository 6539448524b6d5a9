/**
 * @module
 * The baseline issue #4 quotes for its mixed set ("a single TF-IDF threshold
 * 0.57"): every text a TF-IDF vector over its content terms (folded, lightly
 * stemmed, stop words dropped; names included, as a bag of words has them),
 * two texts one story when their cosine reaches a threshold, stories the
 * connected components. Run over a
 * grid of thresholds against gold labels, its best is an optimistic bar (the
 * threshold is chosen on the answers) that the clusterer should clear on any
 * labelled corpus (`scripts/eval-labelled-corpus.ts`). Not used in serving.
 */
import { contentTermsOf } from '../tokenize-text.ts'
import { componentsAt, type ScoredPair, scoreLabels } from './components-at.ts'
import type { PairwiseScores } from './pairwise-f1.ts'

/** The cosine thresholds tried; the best is reported. */
export const TFIDF_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]

type Posting = { doc: number; weight: number }

/**
 * For every pair of texts with a cosine at or above `floor` (> 0), its cosine:
 * `[a, b, cosine]` with a < b. Log-scaled term frequency times IDF
 * (log N/df: a term in every text weighs nothing), unit length over all of a
 * text's terms; only terms in two texts or more are posted, since only they
 * add to a pair's dot product.
 */
export const tfidfCosines = (texts: readonly string[], floor: number): ScoredPair[] => {
  const bags = texts.map((text) => {
    const counts = new Map<string, number>()
    for (const term of contentTermsOf(text)) counts.set(term, (counts.get(term) ?? 0) + 1)
    return counts
  })
  const documentFrequency = new Map<string, number>()
  for (const bag of bags)
    for (const term of bag.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
  const postings = new Map<string, Posting[]>()
  for (const [doc, bag] of bags.entries()) {
    const weights: [string, number][] = []
    let norm = 0
    for (const [term, count] of bag) {
      const df = documentFrequency.get(term) as number
      const weight = (1 + Math.log(count)) * Math.log(texts.length / df)
      norm += weight * weight
      if (df > 1) weights.push([term, weight])
    }
    const length = Math.sqrt(norm)
    if (length === 0) continue
    for (const [term, weight] of weights) {
      const list = postings.get(term) ?? []
      list.push({ doc, weight: weight / length })
      postings.set(term, list)
    }
  }
  // Dot products accumulated through the postings, one row of later texts at a time.
  const termsOf: [Posting[], number][][] = bags.map(() => [])
  for (const list of postings.values())
    for (const [i, posting] of list.entries()) termsOf[posting.doc]?.push([list, i])
  const pairs: ScoredPair[] = []
  const dot = new Float64Array(texts.length)
  const isTouched = new Uint8Array(texts.length)
  const touched: number[] = []
  for (let a = 0; a < texts.length; a++) {
    for (const [list, i] of termsOf[a] ?? []) {
      const weight = (list[i] as Posting).weight
      for (let k = i + 1; k < list.length; k++) {
        const { doc, weight: other } = list[k] as Posting
        if (isTouched[doc] === 0) {
          isTouched[doc] = 1
          touched.push(doc)
        }
        dot[doc] = (dot[doc] as number) + weight * other
      }
    }
    for (const b of touched) {
      const cosine = dot[b] as number
      if (cosine >= floor) pairs.push([a, b, cosine])
      dot[b] = 0
      isTouched[b] = 0
    }
    touched.length = 0
  }
  return pairs
}

export type TfidfBaseline = { threshold: number; scores: PairwiseScores }

/**
 * The baseline at every threshold of TFIDF_THRESHOLDS against `gold` (a story
 * label per text, in the order of `texts`), best F1 first.
 */
export const tfidfBaseline = (
  texts: readonly string[],
  gold: readonly string[]
): TfidfBaseline[] => {
  const pairs = tfidfCosines(texts, Math.min(...TFIDF_THRESHOLDS))
  return TFIDF_THRESHOLDS.map((threshold) => ({
    threshold,
    scores: scoreLabels(componentsAt(texts.length, pairs, threshold), gold),
  })).sort((x, y) => y.scores.f1 - x.scores.f1)
}
