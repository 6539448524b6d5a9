/**
 * @module
 * The opening of a text as two hashes, for copies cut short. An excerpt under
 * a "read more" link is the original's first paragraph, and a syndicated copy
 * trimmed to fit keeps its first paragraphs: both open with the original's
 * words, but their shingle Jaccard is only the shorter text's share of the
 * longer (a fifth for one paragraph of five), far below
 * NEAR_DUPLICATE_THRESHOLD. Equal openings are found as one more LSH band
 * (`band`) and confirmed by a second, independent hash (`check`), so a 32-bit
 * collision of the first is not taken for a copy.
 */
import { mix32 } from './hash-string.ts'

/**
 * Words of the text (as `matchingText` folds them) that make its opening: a
 * first sentence or two. Independent write-ups rarely open with the same 25
 * words, but a standing line may open many reports (a disclaimer, a helpline
 * note, a digest's header), which is why a match also needs outlets not known
 * to be one, the shorter text mostly inside the longer and a same-story score
 * (`isCutCopy` in score-pair.ts).
 */
export const OPENING_WORDS = 25

const BAND_SEED = 0x6f70656e
const CHECK_SEED = 0x2d6b6579

/** One hash of the first OPENING_WORDS word hashes from `seed`; never 0, which means "no opening". */
const hashOpening = (wordHashes: Uint32Array, seed: number): number => {
  let h = mix32(seed)
  for (let i = 0; i < OPENING_WORDS; i++) h = mix32(h ^ (wordHashes[i] as number))
  return h === 0 ? 1 : h
}

/** The opening's band key and check hash; both 0 for a text shorter than OPENING_WORDS. */
export const openingKeyOf = (wordHashes: Uint32Array): { band: number; check: number } =>
  wordHashes.length < OPENING_WORDS
    ? { band: 0, check: 0 }
    : { band: hashOpening(wordHashes, BAND_SEED), check: hashOpening(wordHashes, CHECK_SEED) }
