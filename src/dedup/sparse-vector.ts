/**
 * @module
 * Unit-length sparse vectors over term ids, sorted by id, kept in arena
 * blocks (`arena.ts`): lean to keep for 100k articles, and a dot product is
 * one merge pass.
 */

let topIds = new Int32Array(16)
let topProducts = new Float64Array(16)

/*
 * A vector of n entries at offset `at` has its ids at [at, at + n) of the
 * chunk's `ints` and its weights at [at + n, at + 2n) of its `floats`.
 */

/** Cosine of two unit vectors in arena blocks. */
export const cosineAt = (
  ai: Int32Array,
  af: Float32Array,
  a: number,
  an: number,
  bi: Int32Array,
  bf: Float32Array,
  b: number,
  bn: number
): number => {
  let i = a
  let j = b
  const aEnd = a + an
  const bEnd = b + bn
  let dot = 0
  while (i < aEnd && j < bEnd) {
    const x = ai[i] as number
    const y = bi[j] as number
    if (x === y) {
      dot += (af[i + an] as number) * (bf[j + bn] as number)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return Math.min(1, dot)
}

/** The ids of the `k` largest products among the ids two vectors share, largest first. */
export const topSharedIdsAt = (
  ai: Int32Array,
  af: Float32Array,
  a: number,
  an: number,
  bi: Int32Array,
  bf: Float32Array,
  b: number,
  bn: number,
  k: number
): number[] => {
  if (topIds.length < k + 1) {
    topIds = new Int32Array(k + 1)
    topProducts = new Float64Array(k + 1)
  }
  const ids = topIds
  const products = topProducts
  let size = 0
  let i = a
  let j = b
  const aEnd = a + an
  const bEnd = b + bn
  while (i < aEnd && j < bEnd) {
    const x = ai[i] as number
    const y = bi[j] as number
    if (x === y) {
      const p = (af[i + an] as number) * (bf[j + bn] as number)
      if (size < k || p > (products[k - 1] as number)) {
        let at = size
        while (at > 0 && (products[at - 1] as number) < p) {
          ids[at] = ids[at - 1] as number
          products[at] = products[at - 1] as number
          at--
        }
        ids[at] = x
        products[at] = p
        if (size < k) size++
      }
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return Array.from(ids.subarray(0, size))
}
