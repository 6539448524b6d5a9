/**
 * The 16-bit signatures an index keeps per article (b-bit minwise hashing):
 * the same estimate as the full 32-bit signature except where two different
 * minima share their low 16 bits, and emptiness carried apart from the values.
 * (Band keys are hashed from the full values, which only tokens hold.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ArticleTokens, consumeTokens, featuresOf } from '../src/dedup/article-features.ts'
import { mix32 } from '../src/dedup/hash-string.ts'
import { canonicalOrder, tokenizeAll } from '../src/dedup/index.ts'
import {
  estimateJaccard,
  estimateJaccard16At,
  isEmptySignature,
  jaccardAtLeast16At,
  minhashSignature,
  NUM_PERMUTATIONS,
  packSignature16,
  SIGNATURE16_WORDS,
} from '../src/dedup/minhash.ts'
import { isNearDuplicate, shingleSimilarity } from '../src/dedup/score-pair.ts'
import { makeArticle } from './helpers/make-article.ts'

/** Distinct shingle hashes `from` … `from + n - 1` of a family. */
const shingles = (family: number, from: number, n: number) =>
  Uint32Array.from({ length: n }, (_, i) => mix32(Math.imul(family, 0x9e3779b1) ^ (from + i)))

/** A 16-bit signature at an offset of its own words (-1 when empty), as features hold it. */
const packed = (signature: Uint32Array, at = 3) => {
  const words = new Uint32Array(at + SIGNATURE16_WORDS + 2)
  if (isEmptySignature(signature)) return { words, at: -1 }
  packSignature16(signature, words, at)
  return { words, at }
}
const estimate16 = (a: Uint32Array, b: Uint32Array) => {
  const [x, y] = [packed(a), packed(b, 7)]
  return estimateJaccard16At(x.words, x.at, y.words, y.at)
}
const atLeast16 = (a: Uint32Array, b: Uint32Array, t: number) => {
  const [x, y] = [packed(a), packed(b, 7)]
  return jaccardAtLeast16At(x.words, x.at, y.words, y.at, t)
}

describe('16-bit MinHash signatures', () => {
  it('estimate 1 for identical sets, about 0 for disjoint ones, and never match an empty set', () => {
    const a = minhashSignature(shingles(1, 0, 300))
    const b = minhashSignature(shingles(2, 0, 300))
    const empty = minhashSignature(new Uint32Array(0))
    expect(estimate16(a, a)).toBe(1)
    expect(atLeast16(a, a, 1)).toBe(true)
    expect(estimate16(a, b)).toBeLessThan(0.05)
    expect(estimate16(empty, empty)).toBe(0)
    expect(estimate16(a, empty)).toBe(0)
    expect(atLeast16(empty, empty, 0)).toBe(false)
    expect(atLeast16(a, empty, 0)).toBe(false)
  })

  it('keeps the low 16 bits: 0xffff is a value, and only the low bits are compared', () => {
    const all = (value: number) => new Uint32Array(NUM_PERMUTATIONS).fill(value)
    expect(estimate16(all(0x7fffffff), all(0x0000ffff))).toBe(1)
    const b = all(0x12340001)
    for (let i = 0; i < 32; i++) b[i] = 0x12340002
    expect(estimate16(all(0x5678_0001), b)).toBe(0.75)
  })

  it('estimates as the full signature does, plus the slots whose different minima share 16 bits', () => {
    const size = fc.integer({ min: 0, max: 400 })
    fc.assert(
      fc.property(
        size,
        size,
        size,
        fc.integer({ min: 1, max: 1 << 20 }),
        // Thresholds are slot counts: "at least" allows for rounding (0.5 → 64 slots).
        fc.integer({ min: 0, max: NUM_PERMUTATIONS }),
        (shared, onlyA, onlyB, family, slots) => {
          const threshold = slots / NUM_PERMUTATIONS
          const common = shingles(family, 0, shared)
          const a = minhashSignature(Uint32Array.of(...common, ...shingles(family, 1e6, onlyA)))
          const b = minhashSignature(Uint32Array.of(...common, ...shingles(family, 2e6, onlyB)))
          const full = estimateJaccard(a, b)
          const short = estimate16(a, b)
          if (shared + onlyA === 0 || shared + onlyB === 0) expect(short).toBe(0)
          else {
            let collisions = 0
            for (let i = 0; i < NUM_PERMUTATIONS; i++)
              if (a[i] !== b[i] && ((a[i] as number) & 0xffff) === ((b[i] as number) & 0xffff))
                collisions++
            expect(short).toBe(full + collisions / NUM_PERMUTATIONS)
            expect(short - full).toBeLessThanOrEqual(0.01)
          }
          expect(atLeast16(a, b, threshold)).toBe(short >= threshold)
        }
      ),
      { numRuns: 300, seed: 16 }
    )
  })

  it('rises by about 2^-16 of the unequal slots on average', () => {
    let rise = 0
    const pairs = 400
    for (let p = 0; p < pairs; p++) {
      const a = minhashSignature(shingles(p, 0, 500))
      const b = minhashSignature(shingles(p, 250, 500))
      rise += estimate16(a, b) - estimateJaccard(a, b)
    }
    expect(rise / pairs).toBeLessThan(1e-3)
  })
})

describe('signatures in article features', () => {
  const texts = [
    'Harbour officials in Selvik said 412 containers were stranded after the tide breached the sea wall on Monday, and 38 ships waited offshore.',
    'Selvik council approved a budget for school repairs on Thursday after a vote of 29 to 4, the mayor said in a statement to reporters.',
    '',
  ]
  const articles = canonicalOrder([
    ...texts.map((text, i) =>
      makeArticle({ text, title: `Report ${i}`, source: `Outlet ${i}`, published: '2025-03-03' })
    ),
    // A light edit: an exact copy would be one distinct article, never compared.
    makeArticle({
      text: `${texts[0]} Reporting by staff.`,
      title: 'Copy',
      source: 'Copier',
      published: '2025-03-04',
    }),
  ])
  const { statistics, tokens } = tokenizeAll(articles)

  it('keep 16 bits of each slot: copies still match, unrelated and empty texts do not', () => {
    const features = articles.map((article, i) => {
      const t = tokens[i] as ArticleTokens | null
      if (!t) return null
      const f = featuresOf(article, t, statistics)
      consumeTokens(t)
      return f
    })
    const [report, other, empty, copy] = texts
      .map((text) => articles.findIndex((a) => a.text === text && a.source.name !== 'Copier'))
      .concat(articles.findIndex((a) => a.source.name === 'Copier'))
      .map((i) => features[i])
    if (!report || !other || !empty || !copy) throw new Error('every article has features')
    expect(empty.signature16At).toBe(-1)
    expect(shingleSimilarity(report, report)).toBe(1)
    expect(shingleSimilarity(report, copy)).toBeGreaterThan(0.6)
    expect(isNearDuplicate(report, copy)).toBe(true)
    expect(shingleSimilarity(report, other)).toBeLessThan(0.1)
    expect(shingleSimilarity(empty, empty)).toBe(0)
    expect(isNearDuplicate(empty, empty)).toBe(false)
  })
})
