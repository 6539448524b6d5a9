/**
 * @module
 * Long-lived numbers carved out of large shared buffers. A story index keeps
 * several small arrays per article (signature, vectors, grams, keys); as
 * separate allocations each one is an off-heap backing store that V8 tracks
 * as external memory, and 100k articles of them trigger many full garbage
 * collections. Offsets into 1 MB chunks cost no backing store of their own.
 * Arena memory is never given back: use it only for what lives as long as the
 * index does.
 */

import { freeBuffer } from './free-buffer.ts'

const CHUNK_BYTES = 1 << 20

/**
 * Views of one arena chunk as 32-bit integers, unsigned words and floats:
 * features keep a reference to their chunk's views and their offsets into
 * it, so an article's features cost no typed-array object at all.
 */
export type ArenaViews = { ints: Int32Array; words: Uint32Array; floats: Float32Array }

const viewsOf = (buffer: ArrayBuffer): ArenaViews => ({
  ints: new Int32Array(buffer),
  words: new Uint32Array(buffer),
  floats: new Float32Array(buffer),
})

let blockChunk = new ArrayBuffer(CHUNK_BYTES)
let blockViews = viewsOf(blockChunk)
let blockOffset = 0
/** Buffers given to the arena (`recycleIntoArena`), used before allocating new chunks. */
const spare: ArrayBuffer[] = []

/**
 * Hands a buffer nothing reads any more to the arena, which carves its next
 * chunks out of it instead of allocating: memory freed while the arena grows
 * (the token pools as filing consumes them) is reused, not left as holes in
 * the allocator's heap. One spare is enough: filing frees token pools faster
 * than features fill chunks (at 100k articles, 36 pools for 30 chunks'
 * worth), and spares kept beyond it would stay resident, unused, to the end
 * (~25 MB); those are freed now (`freeBuffer`). Zeroed here; the caller must
 * hold no view of it.
 */
export const recycleIntoArena = (buffer: ArrayBuffer): void => {
  if (buffer.byteLength < CHUNK_BYTES || spare.length > 0) {
    freeBuffer(buffer)
    return
  }
  new Uint8Array(buffer).fill(0)
  spare.push(buffer)
}

/** Frees the spare buffer now (`freeBuffer`): for when the arena is done growing (a batch is filed). */
export const releaseSpare = (): void => {
  for (const buffer of spare.splice(0)) freeBuffer(buffer)
}

/** Where the last `arenaBlock` is: the chunk's views (shared) and the offset in 4-byte units. */
export const lastBlock = { views: blockViews, at: 0 }

/** Reserves `length` 4-byte cells that live as long as the process; see `lastBlock`. */
export const arenaBlock = (length: number): typeof lastBlock => {
  const bytes = length * 4
  if (bytes > CHUNK_BYTES / 4) {
    lastBlock.views = viewsOf(new ArrayBuffer(bytes))
    lastBlock.at = 0
    return lastBlock
  }
  if (blockOffset + bytes > blockChunk.byteLength) {
    blockChunk = spare.pop() ?? new ArrayBuffer(CHUNK_BYTES)
    blockViews = viewsOf(blockChunk)
    blockOffset = 0
  }
  lastBlock.views = blockViews
  lastBlock.at = blockOffset / 4
  blockOffset += bytes
  return lastBlock
}
