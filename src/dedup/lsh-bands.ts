/**
 * @module
 * Locality-sensitive hashing by banding: a signature is cut into bands of
 * rows; two articles become near-duplicate candidates when any whole band is
 * equal. The chance of that is 1 − (1 − J^r)^b for Jaccard J, an S-curve that
 * is ½ near (1/b)^(1/r). With 32 bands of 4 rows it is ½ at J ≈ 0.42, 0.87 at
 * J = 0.5 and 0.99 at J = 0.6, below 0.04 at J = 0.2: candidates for the
 * near-duplicate threshold (0.5) are found without comparing with every article.
 */
import { mix32 } from './hash-string.ts'
import { NUM_PERMUTATIONS } from './minhash.ts'

export const LSH_BANDS = 32
export const LSH_ROWS = NUM_PERMUTATIONS / LSH_BANDS

/** Probability that two sets of Jaccard similarity `j` share at least one band. */
export const candidateProbability = (j: number): number => 1 - (1 - j ** LSH_ROWS) ** LSH_BANDS

/** One key per band (of the signature at offset `at`); the band number is mixed in so equal rows in different bands differ. */
export const bandKeys = (signature: Uint32Array, at = 0): number[] => {
  const keys: number[] = []
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = mix32(band + 1)
    for (let row = 0; row < LSH_ROWS; row++) {
      h = mix32(h ^ (signature[at + band * LSH_ROWS + row] as number))
    }
    keys.push(h)
  }
  return keys
}
