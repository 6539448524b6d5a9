/**
 * @module
 * MinHash over word shingles (Broder 1997): the share of equal slots in two
 * signatures estimates the Jaccard similarity of the two shingle sets, at a
 * fixed cost per article. Written here because the npm `minhash` package is buggy.
 */
import { hashString, mix32 } from './hash-string.ts'

/** Words per shingle: 3 keeps word order (a paraphrase does not match) yet survives light edits. */
export const SHINGLE_SIZE = 3

/** Signature length. 128 slots give a standard error of about 0.044 at Jaccard 0.5. */
export const NUM_PERMUTATIONS = 128

/**
 * One seed per permutation. `x → mix32(x ^ seed)` is a bijection on 32-bit
 * integers, so each slot is the minimum under a distinct pseudo-random permutation.
 */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_PERMUTATIONS)
  let state = 0x9e3779b9
  for (let i = 0; i < NUM_PERMUTATIONS; i++) {
    state = mix32(state + 0x6d2b79f5)
    seeds[i] = state
  }
  return seeds
})()

/** Hashes of the distinct word shingles of a word list (the whole list when it is shorter). */
export const shingleHashes = (words: readonly string[], size = SHINGLE_SIZE): Uint32Array => {
  const hashes = new Set<number>()
  if (words.length === 0) return new Uint32Array(0)
  if (words.length < size) {
    hashes.add(hashString(words.join(' ')))
  } else {
    for (let i = 0; i + size <= words.length; i++) {
      hashes.add(hashString(words.slice(i, i + size).join(' ')))
    }
  }
  return Uint32Array.from(hashes)
}

/** The MinHash signature of a shingle set; all slots 0xffffffff for the empty set. */
export const minhashSignature = (shingles: Uint32Array): Uint32Array => {
  const signature = new Uint32Array(NUM_PERMUTATIONS).fill(0xffffffff)
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s] as number
    for (let i = 0; i < NUM_PERMUTATIONS; i++) {
      const h = mix32(x ^ (SEEDS[i] as number))
      if (h < (signature[i] as number)) signature[i] = h
    }
  }
  return signature
}

/** Estimated Jaccard similarity: the share of equal slots. 0 when either set was empty. */
export const estimateJaccard = (a: Uint32Array, b: Uint32Array): number => {
  if (a.length !== b.length || a.length === 0) return 0
  if (a[0] === 0xffffffff && a.every((v) => v === 0xffffffff)) return 0
  let equal = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++
  return equal / a.length
}
