/**
 * @module
 * Fast 32-bit hashes for shingles and bucket keys. Not cryptographic: they
 * only have to spread keys evenly and be the same on every run and runtime.
 */

/** FNV-1a over UTF-16 code units, finished with the MurmurHash3 mixer for avalanche. */
export const hashString = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return mix32(h)
}

/** MurmurHash3's 32-bit finalizer: a bijection on 32-bit integers that mixes every bit. */
export const mix32 = (value: number): number => {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
