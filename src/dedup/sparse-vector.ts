/**
 * @module
 * Unit-length sparse vectors over term ids, stored as two typed arrays sorted
 * by id: lean to keep for 100k articles, and a dot product is one merge pass.
 */

export type SparseVector = { readonly ids: Int32Array; readonly weights: Float32Array }

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) }

/**
 * A unit vector from (id, weight) pairs, keeping only the `limit` heaviest
 * entries: the tail of a long article's vocabulary adds memory, not evidence.
 */
export const sparseVector = (entries: Map<number, number>, limit: number): SparseVector => {
  let pairs = [...entries].filter(([, w]) => w > 0)
  if (pairs.length > limit) {
    pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0])
    pairs = pairs.slice(0, limit)
  }
  pairs.sort((a, b) => a[0] - b[0])
  let norm = 0
  for (const [, w] of pairs) norm += w * w
  norm = Math.sqrt(norm)
  if (norm === 0) return EMPTY_VECTOR
  return {
    ids: Int32Array.from(pairs, ([id]) => id),
    weights: Float32Array.from(pairs, ([, w]) => w / norm),
  }
}

/** Cosine of two unit vectors. */
export const cosine = (a: SparseVector, b: SparseVector): number => {
  let i = 0
  let j = 0
  let dot = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number
    const y = b.ids[j] as number
    if (x === y) {
      dot += (a.weights[i] as number) * (b.weights[j] as number)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return Math.min(1, dot)
}

/** Ids in both vectors with the product of their weights, heaviest first. */
export const sharedEntries = (a: SparseVector, b: SparseVector): [number, number][] => {
  const shared: [number, number][] = []
  let i = 0
  let j = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number
    const y = b.ids[j] as number
    if (x === y) {
      shared.push([x, (a.weights[i] as number) * (b.weights[j] as number)])
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared.sort((p, q) => q[1] - p[1] || p[0] - q[0])
}

/**
 * Ids of the (at most) `k` shared entries with the largest weight products,
 * heaviest first, ties by smaller id: `sharedEntries(a, b).slice(0, k)` ids,
 * in one merge pass without sorting every shared entry.
 */
export const topSharedIds = (a: SparseVector, b: SparseVector, k: number): number[] => {
  if (topIds.length < k + 1) {
    topIds = new Int32Array(k + 1)
    topProducts = new Float64Array(k + 1)
  }
  const ids = topIds
  const products = topProducts
  let size = 0
  let i = 0
  let j = 0
  const an = a.ids.length
  const bn = b.ids.length
  while (i < an && j < bn) {
    const x = a.ids[i] as number
    const y = b.ids[j] as number
    if (x === y) {
      const p = (a.weights[i] as number) * (b.weights[j] as number)
      // Ids arrive ascending, so an equal product never displaces an earlier id.
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
let topIds = new Int32Array(16)
let topProducts = new Float64Array(16)

/** Size of the intersection of two sorted distinct arrays. */
export const sortedIntersectionSize = (a: Uint32Array, b: Uint32Array): number => {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

/*
 * The same operations on vectors kept in an arena block (`arena.ts`): a
 * vector of n entries at offset `at` has its ids at [at, at + n) of the
 * chunk's `ints` and its weights at [at + n, at + 2n) of its `floats`.
 */

/** `cosine` of two vectors in arena blocks. */
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

/** `sortedIntersectionSize` of two sorted runs of words. */
export const sortedIntersectionSizeAt = (
  aw: Uint32Array,
  a: number,
  an: number,
  bw: Uint32Array,
  b: number,
  bn: number
): number => {
  let i = a
  let j = b
  const aEnd = a + an
  const bEnd = b + bn
  let n = 0
  while (i < aEnd && j < bEnd) {
    const x = aw[i] as number
    const y = bw[j] as number
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

/** `topSharedIds` of two vectors in arena blocks. */
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
