/**
 * @module
 * An append-only map from 32-bit keys to lists of entry numbers, in typed
 * arrays: the LSH bands and the (term, day) postings of a story index. A
 * `Map<number, number[]>` costs an entry, an array and its header per key —
 * about 1.5 KB per article for 32 bands and 15 keys; this costs 8 bytes per
 * value and 8 per distinct key. Lists come back newest first.
 */
export class MultiMap {
  /** Table cell → key. */
  #keys = new Uint32Array(1 << 12)
  /** Table cell → first node + 1 (0 = empty cell). */
  #heads = new Int32Array(1 << 12)
  #used = 0
  /** Node → value, and the next node + 1 of the same key (0 = end). */
  #values = new Int32Array(1 << 12)
  #next = new Int32Array(1 << 12)
  #nodes = 0

  /** Appends `value` to `key`'s list. */
  add(key: number, value: number): void {
    let cell = this.#cellOf(key)
    if (this.#heads[cell] === 0) {
      if ((this.#used + 1) * 2 > this.#keys.length) {
        this.#grow()
        cell = this.#cellOf(key)
      }
      this.#keys[cell] = key
      this.#used++
    }
    if (this.#nodes >= this.#values.length) {
      const values = new Int32Array(this.#values.length * 2)
      values.set(this.#values)
      this.#values = values
      const next = new Int32Array(this.#next.length * 2)
      next.set(this.#next)
      this.#next = next
    }
    const node = this.#nodes++
    this.#values[node] = value
    this.#next[node] = this.#heads[cell] as number
    this.#heads[cell] = node + 1
  }

  /** Calls `visit` with each value filed under `key`, newest first. */
  forEach(key: number, visit: (value: number) => void): void {
    const cell = this.#cellOf(key)
    for (let node = this.#heads[cell] as number; node !== 0; node = this.#next[node - 1] as number)
      visit(this.#values[node - 1] as number)
  }

  /** Number of values under `key`. */
  count(key: number): number {
    let n = 0
    this.forEach(key, () => n++)
    return n
  }

  /** The cell holding `key`, or the empty cell where it would go. */
  #cellOf(key: number): number {
    const mask = this.#keys.length - 1
    let i = Math.imul(key, 0x9e3779b1) >>> 0
    for (i &= mask; this.#heads[i] !== 0 && this.#keys[i] !== key; i = (i + 1) & mask);
    return i
  }

  #grow(): void {
    const keys = this.#keys
    const heads = this.#heads
    this.#keys = new Uint32Array(keys.length * 2)
    this.#heads = new Int32Array(keys.length * 2)
    for (let i = 0; i < keys.length; i++) {
      if (heads[i] === 0) continue
      const cell = this.#cellOf(keys[i] as number)
      this.#keys[cell] = keys[i] as number
      this.#heads[cell] = heads[i] as number
    }
  }
}
