/**
 * @module
 * How close a kept body is to the body a reader should see, over words: the
 * measure of the normalize fixtures and of `scripts/eval-real-pages.ts`.
 */

/** Words as the scorers count them: runs of letters and digits, lower-cased. */
export const bodyTokens = (text: string): string[] =>
  text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

export type WordScore = {
  recall: number
  precision: number
  f1: number
  /** Words kept, and words expected. */
  kept: number
  expected: number
}

/**
 * Recall, precision and F1 of a kept body against the expected one, over the
 * multisets of their words (each expected word matches at most once). Two
 * empty bodies agree fully.
 */
export const scoreKeptWords = (kept: string, expected: string): WordScore => {
  const got = bodyTokens(kept)
  const want = bodyTokens(expected)
  if (got.length === 0 && want.length === 0)
    return { recall: 1, precision: 1, f1: 1, kept: 0, expected: 0 }
  const left = new Map<string, number>()
  for (const token of want) left.set(token, (left.get(token) ?? 0) + 1)
  let shared = 0
  for (const token of got) {
    const n = left.get(token) ?? 0
    if (n > 0) {
      shared++
      left.set(token, n - 1)
    }
  }
  const precision = got.length === 0 ? 0 : shared / got.length
  const recall = want.length === 0 ? 0 : shared / want.length
  const f1 = shared === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { recall, precision, f1, kept: got.length, expected: want.length }
}
