/**
 * @module
 * Pairwise precision, recall and F1 of a clustering against true labels: the
 * measure the held-out evaluations use. Counted from the contingency table,
 * so it is linear in the number of articles, not quadratic.
 */

export type PairwiseScores = {
  precision: number
  recall: number
  f1: number
  truePairs: number
  predictedPairs: number
  correctPairs: number
}

const pairs = (n: number): number => (n * (n - 1)) / 2

/** Scores predicted cluster labels against true labels, both keyed by item id. */
export const pairwiseF1 = (
  predicted: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, string>
): PairwiseScores => {
  const truthSizes = new Map<string, number>()
  const predictedSizes = new Map<string, number>()
  const cells = new Map<string, number>()
  for (const [item, label] of truth) {
    const guess = predicted.get(item) ?? `singleton:${item}`
    truthSizes.set(label, (truthSizes.get(label) ?? 0) + 1)
    predictedSizes.set(guess, (predictedSizes.get(guess) ?? 0) + 1)
    const cell = `${label}\u0000${guess}`
    cells.set(cell, (cells.get(cell) ?? 0) + 1)
  }
  let truePairs = 0
  let predictedPairs = 0
  let correctPairs = 0
  for (const n of truthSizes.values()) truePairs += pairs(n)
  for (const n of predictedSizes.values()) predictedPairs += pairs(n)
  for (const n of cells.values()) correctPairs += pairs(n)
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, truePairs, predictedPairs, correctPairs }
}
