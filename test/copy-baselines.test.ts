/**
 * The exact-hashing and MinHash baselines of issue #4 (`src/dedup/eval/copy-baselines.ts`):
 * copies found by their keys or their shingles, write-ups in other words never.
 */
import { describe, expect, it } from 'vitest'
import {
  exactHashBaseline,
  MINHASH_THRESHOLDS,
  minhashBaseline,
} from '../src/dedup/eval/copy-baselines.ts'
import { makeArticle } from './helpers/make-article.ts'

const report =
  'The river Marn burst its banks at Tollen overnight and flooded four hundred homes, ' +
  'the regional fire service said on Tuesday, as crews pumped water from the old town ' +
  'and the mayor opened the sports hall to families who could not go home.'
const writeUp =
  'Four hundred homes in Tollen were flooded when the Marn burst its banks overnight; ' +
  'the mayor opened a sports hall for evacuated families while firefighters pumped out streets.'
const strike =
  'Dock workers at Harwick walked out on Monday over pay, halting the container terminal ' +
  'for the first time in a decade, as union leaders said talks with the port had failed.'

describe('exactHashBaseline', () => {
  it('joins captures of one text or one URL, and nothing written in other words', () => {
    const articles = [
      makeArticle({ text: report, source: 'Tollen Post', url: 'https://post.example/flood' }),
      makeArticle({ text: report, source: 'Region Times', url: null }),
      makeArticle({ text: writeUp, source: 'Harbour Digest', url: null }),
      makeArticle({
        text: `${report} Updated.`,
        source: 'Tollen Post',
        url: 'https://post.example/flood?utm_source=feed',
      }),
      makeArticle({ text: strike, source: 'Harbour Digest', url: null }),
    ]
    const gold = ['flood', 'flood', 'flood', 'flood', 'strike']
    const { threshold, scores } = exactHashBaseline(articles, gold)
    expect(threshold).toBeNull()
    // Three captures join (text, then URL); the write-up stays apart: 3 of 6 pairs.
    expect(scores.precision).toBe(1)
    expect(scores.recall).toBeCloseTo(3 / 6, 9)
  })
})

describe('minhashBaseline', () => {
  it('joins a copy with a credit line under it, not a write-up, at its best threshold', () => {
    const copy = `${report} This story was originally published by the Tollen Post.`
    const texts = [report, copy, writeUp, strike]
    const gold = ['flood-copy', 'flood-copy', 'flood-write-up', 'strike']
    const results = minhashBaseline(texts, gold)
    expect(results.map((r) => r.threshold).sort()).toEqual([...MINHASH_THRESHOLDS].sort())
    expect(results[0]?.scores.f1).toBe(1)
    const f1s = results.map((r) => r.scores.f1)
    expect(f1s).toEqual([...f1s].sort((x, y) => y - x))
    // At the highest threshold the copy (Jaccard about 0.8) is apart from its original.
    expect(results.find((r) => r.threshold === 0.9)?.scores.recall).toBe(0)
  })
})
