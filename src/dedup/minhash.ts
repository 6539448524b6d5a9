/**
 * @module
 * MinHash over word shingles (Broder 1997): the share of equal slots in two
 * signatures estimates the Jaccard similarity of the two shingle sets, at a
 * fixed cost per article. Computed by one-permutation hashing with optimal
 * densification (Shrivastava 2017): each shingle is hashed once and kept as
 * the minimum of one of the 128 bins; an empty bin borrows the value of the
 * bin its fixed probe sequence reaches first. Same estimator, 128× less
 * hashing than 128 independent permutations. Written here because the npm
 * `minhash` package is buggy.
 */
import { hashString, mix32 } from './hash-string.ts'

/** Words per shingle: 3 keeps word order (a paraphrase does not match) yet survives light edits. */
export const SHINGLE_SIZE = 3

/** Signature length. 128 slots give a standard error of about 0.044 at Jaccard 0.5. */
export const NUM_PERMUTATIONS = 128

const BIN_SHIFT = 32 - Math.log2(NUM_PERMUTATIONS)
const EMPTY = 0xffffffff

/** The hash of a shingle from the hashes of its words, in order. */
export const shingleHash = (a: number, b: number, c: number): number =>
  mix32(mix32(mix32(a ^ 0x2545f491) ^ b) ^ c)

/** Hashes of the word shingles of a word list, as written (repeats kept; the whole list when shorter). */
export const shingleHashesOfWordHashes = (words: Uint32Array, size = SHINGLE_SIZE): Uint32Array => {
  if (words.length === 0) return new Uint32Array(0)
  if (words.length < size) {
    let h = 0x2545f491
    for (const w of words) h = mix32(h ^ w)
    return Uint32Array.of(h)
  }
  const out = new Uint32Array(words.length - size + 1)
  for (let i = 0; i < out.length; i++) {
    out[i] =
      size === 3
        ? shingleHash(words[i] as number, words[i + 1] as number, words[i + 2] as number)
        : words.subarray(i, i + size).reduce((h, w) => mix32(h ^ w), 0x2545f491)
  }
  return out
}

/** Hashes of the distinct word shingles of a word list (the whole list when it is shorter). */
export const shingleHashes = (words: readonly string[], size = SHINGLE_SIZE): Uint32Array => {
  const hashes = shingleHashesOfWordHashes(Uint32Array.from(words, hashString), size)
  return Uint32Array.from(new Set(hashes))
}

/** Files one shingle hash into a signature's bins. */
const fileShingle = (signature: Uint32Array, shingle: number): void => {
  const h = mix32(shingle ^ 0x5bd1e995)
  const bin = h >>> BIN_SHIFT
  // The value must never be EMPTY: mix the hash again and clear the top bit.
  const value = mix32(h) >>> 1
  if (value < (signature[bin] as number)) signature[bin] = value
}

/** The MinHash signature of a shingle set (repeats do not matter); all slots 0xffffffff when empty. */
export const minhashSignature = (
  shingles: Uint32Array,
  signature: Uint32Array = new Uint32Array(NUM_PERMUTATIONS)
): Uint32Array => {
  signature.fill(EMPTY)
  for (let s = 0; s < shingles.length; s++) fileShingle(signature, shingles[s] as number)
  return densify(signature)
}

/**
 * The signature of the 3-word shingles of a text given as word hashes, written
 * into `signature`: `minhashSignature(shingleHashesOfWordHashes(words))`
 * without the intermediate array.
 */
export const minhashOfWords = (words: Uint32Array, signature: Uint32Array): Uint32Array => {
  if (words.length < SHINGLE_SIZE)
    return minhashSignature(shingleHashesOfWordHashes(words), signature)
  signature.fill(EMPTY)
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++)
    fileShingle(
      signature,
      shingleHash(words[i] as number, words[i + 1] as number, words[i + 2] as number)
    )
  return densify(signature)
}

const scratchFilled = new Uint32Array(NUM_PERMUTATIONS)

/** Fills empty bins (see the module comment); a signature with no shingle stays all EMPTY. */
const densify = (signature: Uint32Array): Uint32Array => {
  let any = false
  for (let i = 0; i < NUM_PERMUTATIONS; i++) if (signature[i] !== EMPTY) any = true
  if (!any) return signature
  // Optimal densification: bin i probes bins j(i, 1), j(i, 2), … (the same for every set).
  const filled = scratchFilled
  filled.set(signature)
  for (let i = 0; i < NUM_PERMUTATIONS; i++) {
    if (filled[i] !== EMPTY) continue
    for (let attempt = 1; ; attempt++) {
      const j = mix32(Math.imul(i + 1, 0x9e3779b1) ^ attempt) >>> BIN_SHIFT
      const value = filled[j] as number
      if (value !== EMPTY) {
        signature[i] = value
        break
      }
    }
  }
  return signature
}

/** True for the signature of an empty shingle set (every slot EMPTY; densified ones have none). */
export const isEmptySignature = (signature: Uint32Array, at = 0): boolean => signature[at] === EMPTY

/**
 * True when the estimated Jaccard similarity is at least `threshold`; stops
 * comparing as soon as the answer is known (most pairs tested are far apart).
 */
export const jaccardAtLeast = (a: Uint32Array, b: Uint32Array, threshold: number): boolean => {
  if (a.length !== b.length || a.length === 0 || isEmptySignature(a) || isEmptySignature(b))
    return false
  const needed = Math.ceil(threshold * a.length - 1e-9)
  const allowed = a.length - needed
  let equal = 0
  let different = 0
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      if (++equal >= needed) return true
    } else if (++different > allowed) return false
  }
  return equal >= needed
}

/** Estimated Jaccard similarity: the share of equal slots. 0 when either set was empty. */
export const estimateJaccard = (a: Uint32Array, b: Uint32Array): number => {
  if (a.length !== b.length || a.length === 0 || isEmptySignature(a) || isEmptySignature(b))
    return 0
  let equal = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++
  return equal / a.length
}

/**
 * Cells of a signature as kept per article: the low 16 bits of each value
 * (b-bit minwise hashing, Li & König 2010), two values per 32-bit word. Half
 * the memory; two different minima now agree by chance with probability
 * 2^-16 per slot, so an estimate rises by about 1.5e-5 on average.
 */
export const SIGNATURE16_WORDS = NUM_PERMUTATIONS / 2

/**
 * Writes the 16-bit form of a non-empty `signature` at `at` of `words`. The
 * empty signature has no 16-bit form: 0xffff is also an ordinary value, so
 * callers record emptiness themselves (offset -1 below).
 */
export const packSignature16 = (
  signature: Uint32Array,
  words: Uint32Array,
  at: number,
  from = 0
): void => {
  for (let i = 0; i < SIGNATURE16_WORDS; i++)
    words[at + i] =
      ((signature[from + 2 * i] as number) & 0xffff) |
      ((signature[from + 2 * i + 1] as number) << 16)
}

/** Equal 16-bit values in two words whose XOR is `d`: 0, 1 or 2. */
const equalHalves = (d: number): number => ((d & 0xffff) === 0 ? 1 : 0) + (d >>> 16 === 0 ? 1 : 0)

/**
 * `jaccardAtLeast` of two 16-bit signatures (`packSignature16`) at word
 * offsets `a` and `b`; an offset of -1 is the empty signature, which matches nothing.
 */
export const jaccardAtLeast16At = (
  aw: Uint32Array,
  a: number,
  bw: Uint32Array,
  b: number,
  threshold: number
): boolean => {
  if (a < 0 || b < 0) return false
  const needed = Math.ceil(threshold * NUM_PERMUTATIONS - 1e-9)
  const allowed = NUM_PERMUTATIONS - needed
  let equal = 0
  // Four words (eight slots) between tests of the answer: fewer branches, same answer.
  for (let i = 0; i < SIGNATURE16_WORDS; i += 4) {
    equal +=
      equalHalves((aw[a + i] as number) ^ (bw[b + i] as number)) +
      equalHalves((aw[a + i + 1] as number) ^ (bw[b + i + 1] as number)) +
      equalHalves((aw[a + i + 2] as number) ^ (bw[b + i + 2] as number)) +
      equalHalves((aw[a + i + 3] as number) ^ (bw[b + i + 3] as number))
    if (equal >= needed) return true
    if (2 * (i + 4) - equal > allowed) return false
  }
  return equal >= needed
}

/** `estimateJaccard` of two 16-bit signatures at word offsets `a` and `b` (-1: empty, estimate 0). */
export const estimateJaccard16At = (
  aw: Uint32Array,
  a: number,
  bw: Uint32Array,
  b: number
): number => {
  if (a < 0 || b < 0) return 0
  let equal = 0
  for (let i = 0; i < SIGNATURE16_WORDS; i++)
    equal += equalHalves((aw[a + i] as number) ^ (bw[b + i] as number))
  return equal / NUM_PERMUTATIONS
}
