/**
 * @module
 * Long-lived typed arrays carved out of large shared buffers. A story index
 * keeps several small typed arrays per article (signature, vectors, grams); as
 * separate allocations each one is an off-heap backing store that V8 tracks
 * as external memory, and 100k articles of them trigger many full garbage
 * collections. Views into 1 MB chunks cost no backing store of their own.
 * Arena memory is never given back: use it only for what lives as long as the
 * index does.
 */

const CHUNK_BYTES = 1 << 20

let chunk = new ArrayBuffer(CHUNK_BYTES)
let offset = 0

const take = (bytes: number): [ArrayBuffer, number] => {
  const aligned = (bytes + 7) & ~7
  if (aligned > CHUNK_BYTES / 4) return [new ArrayBuffer(aligned), 0]
  if (offset + aligned > CHUNK_BYTES) {
    chunk = new ArrayBuffer(CHUNK_BYTES)
    offset = 0
  }
  const at = offset
  offset += aligned
  return [chunk, at]
}

export const arenaUint32 = (length: number): Uint32Array => {
  const [buffer, at] = take(length * 4)
  return new Uint32Array(buffer, at, length)
}

export const arenaInt32 = (length: number): Int32Array => {
  const [buffer, at] = take(length * 4)
  return new Int32Array(buffer, at, length)
}

export const arenaFloat32 = (length: number): Float32Array => {
  const [buffer, at] = take(length * 4)
  return new Float32Array(buffer, at, length)
}
