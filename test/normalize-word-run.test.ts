/**
 * `hasWordRun` (entity salience: is a name's last word a word of the title or
 * lead?) answers as the set of the text's letter-and-digit runs would, surrogate
 * pairs and lone surrogates included.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasWordRun } from '../src/normalize/extract-entities.ts'

const runsOf = (text: string): Set<string> => new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])

// Letters, digits, separators, an astral letter (𝐀) and digit (𝟏), an astral symbol (😀), lone halves.
const PIECES = [
  'a',
  'b',
  'é',
  '7',
  ' ',
  '-',
  "'",
  '.',
  '𝐀',
  '𝟏',
  '😀',
  '\ud835',
  '\udc00',
  'ab',
  'ba',
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join(''))

describe('hasWordRun', () => {
  it('agrees with the set of runs for words of the text and for any piece', () => {
    fc.assert(
      fc.property(text, text, (haystack, probe) => {
        const runs = runsOf(haystack)
        for (const word of [...runs, probe, ...PIECES])
          expect(hasWordRun(haystack, word)).toBe(runs.has(word))
      }),
      { numRuns: 2000, seed: 7 }
    )
  })

  it('finds whole words only', () => {
    expect(hasWordRun('talks in kyiv resumed', 'kyiv')).toBe(true)
    expect(hasWordRun('talks in kyivstar resumed', 'kyiv')).toBe(false)
    expect(hasWordRun('o’brien said', 'brien')).toBe(true)
    expect(hasWordRun('𝐀kyiv', 'kyiv')).toBe(false)
    expect(hasWordRun('\ud835kyiv', 'kyiv')).toBe(true)
    expect(hasWordRun('', '')).toBe(false)
  })
})
