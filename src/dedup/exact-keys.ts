/**
 * @module
 * The exact-duplicate keys of a story index (`u:<canonical url>`,
 * `t:<text hash>`) → the entry that claimed each, without keeping the key
 * strings: a 32-bit hash of a key leads to its claims, and a claim is
 * confirmed by recomputing the key of the capture that made it (one
 * canonical URL or text hash, only when the hash matches: a duplicate or a
 * rare collision). At 100k articles a `Map<string, number>` of the keys
 * held ~30 MB of strings and entries; this holds ~10 bytes per key.
 */
import { freeBuffer } from './free-buffer.ts'
import { MultiMap } from './multi-map.ts'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

const hashKey = (key: string): number => {
  let h = FNV_OFFSET
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME)
  return h >>> 0
}

export class ExactKeys {
  #table = new MultiMap()
  #entry = new Int32Array(1024)
  #capture = new Int32Array(1024)
  #claims = 0
  /** Claims made by a record the entry does not keep as a capture: the key itself. */
  readonly #kept = new Map<number, string>()
  readonly #keyOf: (entry: number, capture: number, key: string) => string

  /**
   * `keyOf(entry, capture, key)`: the key of the same kind as `key` (same
   * prefix) of capture number `capture` of `entry`.
   */
  constructor(keyOf: (entry: number, capture: number, key: string) => string) {
    this.#keyOf = keyOf
  }

  /** Forgets every claim, freeing the tables now (`freeBuffer`): for keys that are done with. */
  release(): void {
    this.#table.release()
    freeBuffer(this.#entry.buffer)
    freeBuffer(this.#capture.buffer)
    this.#entry = new Int32Array(1)
    this.#capture = new Int32Array(1)
    this.#claims = 0
    this.#kept.clear()
  }

  /** The entry that claimed `key`, if any. */
  get(key: string): number | undefined {
    let found: number | undefined
    this.#table.forEach(hashKey(key), (claim) => {
      if (found !== undefined) return
      const capture = this.#capture[claim] as number
      const entry = this.#entry[claim] as number
      const claimed = capture < 0 ? this.#kept.get(claim) : this.#keyOf(entry, capture, key)
      if (claimed === key) found = entry
    })
    return found
  }

  /**
   * `entry` claims `key` (which no entry has claimed), made by its capture
   * number `capture`, or -1 when the record is not one of its captures.
   */
  set(key: string, entry: number, capture: number): void {
    const claim = this.#claims++
    if (claim >= this.#entry.length) {
      const e = new Int32Array(this.#entry.length * 2)
      e.set(this.#entry)
      this.#entry = e
      const c = new Int32Array(this.#capture.length * 2)
      c.set(this.#capture)
      this.#capture = c
    }
    this.#entry[claim] = entry
    this.#capture[claim] = capture
    if (capture < 0) this.#kept.set(claim, key)
    this.#table.add(hashKey(key), claim)
  }
}
