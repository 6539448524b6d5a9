/**
 * The single-threshold TF-IDF baseline of issue #4 (`src/dedup/eval/tfidf-baseline.ts`):
 * cosines as a bag of words has them, stories as components at a threshold.
 */
import { describe, expect, it } from 'vitest'
import { tfidfBaseline, tfidfCosines } from '../src/dedup/eval/tfidf-baseline.ts'

const flood = [
  'The river Marn burst its banks at Tollen overnight and flooded four hundred homes.',
  'Four hundred homes in Tollen were flooded when the Marn burst its banks overnight.',
  'Overnight flooding at Tollen: the Marn burst its banks, and homes were evacuated.',
]
const strike = [
  'Dock workers at Harwick walked out on Monday over pay, halting the container terminal.',
  'The Harwick container terminal stopped on Monday as dock workers walked out over pay.',
]
const unrelated = 'A violinist from Sarno won the city prize for chamber music on Friday evening.'

describe('tfidfCosines', () => {
  it('scores each pair once, earlier text first, at or above the floor', () => {
    const texts = [...flood, ...strike, unrelated]
    const pairs = tfidfCosines(texts, 0.05)
    for (const [a, b, cosine] of pairs) {
      expect(a).toBeLessThan(b)
      expect(cosine).toBeGreaterThanOrEqual(0.05)
      expect(cosine).toBeLessThanOrEqual(1 + 1e-9)
    }
    const cosine = (a: number, b: number) => pairs.find(([x, y]) => x === a && y === b)?.[2] ?? 0
    expect(cosine(0, 1)).toBeGreaterThan(0.3)
    expect(cosine(3, 4)).toBeGreaterThan(0.3)
    expect(cosine(0, 3)).toBeLessThan(0.05)
    expect(pairs.some(([a, b]) => a === 5 || b === 5)).toBe(false)
  })

  it('gives a text and its copy a cosine of one', () => {
    const [[a, b, cosine] = [0, 0, 0]] = tfidfCosines(
      [flood[0] as string, flood[0] as string, ...strike],
      0.5
    )
    expect([a, b]).toEqual([0, 1])
    expect(cosine).toBeCloseTo(1, 9)
  })
})

describe('tfidfBaseline', () => {
  it('finds the stories at its best threshold, and reports every threshold, best first', () => {
    // A news roundup shares words with both stories: a low threshold joins all three.
    const roundup =
      'In brief: the Marn flooded homes at Tollen, and dock workers at Harwick walked out over pay.'
    const texts = [...flood, ...strike, roundup, unrelated]
    const gold = ['flood', 'flood', 'flood', 'strike', 'strike', 'roundup', 'violin']
    const results = tfidfBaseline(texts, gold)
    expect(results[0]?.scores.f1).toBe(1)
    const f1s = results.map((r) => r.scores.f1)
    expect(f1s).toEqual([...f1s].sort((x, y) => y - x))
    const atLowest = results.find((r) => r.threshold === 0.1)
    expect(atLowest?.scores.recall).toBe(1)
    expect(atLowest?.scores.precision).toBeLessThan(0.5)
  })
})
