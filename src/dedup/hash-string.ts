/**
 * @module
 * Fast 32-bit hashes for shingles and bucket keys. Not cryptographic: they
 * only have to spread keys evenly and be the same on every run and runtime.
 */

/** FNV-1a over UTF-16 code units, finished with the MurmurHash3 mixer for avalanche. */
export const hashString = (text: string): number => mix32(fnv1a(text))

/**
 * FNV-1a over UTF-16 code units from state `h` (unfinished): `fnv1a(b, fnv1a(a))`
 * is `fnv1a(a + b)`, so a hash of joined words needs no joined string.
 */
export const fnv1a = (text: string, h = 0x811c9dc5): number => {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
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
