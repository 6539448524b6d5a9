/**
 * @module
 * An append-only map from 32-bit keys to lists of entry numbers, in typed
 * arrays: the LSH bands and the (term, day) postings of a story index. A
 * `Map<number, number[]>` costs an entry, an array and its header per key —
 * about 1.5 KB per article for 32 bands and 15 keys. Here a key with one
 * value (most band keys: at 100k articles 2.1M of 2.5M) costs one table cell
 * of 8 bytes, the value held in the cell itself; only a key's second value
 * moves its list out to nodes (8 bytes per value). Lists come back newest first.
 */
export class MultiMap {
  /** Table cell → key. */
  #keys = new Uint32Array(1 << 12)
  /**
   * Table cell → 0 when empty; value + 1 when the key has one value; else
   * -(first node + 1) of its list.
   */
  #heads = new Int32Array(1 << 12)
  #used = 0
  /** Node → value, and the next node + 1 of the same key (0 = end). */
  #values = new Int32Array(1 << 10)
  #next = new Int32Array(1 << 10)
  #nodes = 0

  /** Appends `value` to `key`'s list. */
  add(key: number, value: number): void {
    let cell = this.#cellOf(key)
    const head = this.#heads[cell] as number
    if (head === 0) {
      // Linear probing stays short up to 70% full (~3.5 probes for a missing key).
      if ((this.#used + 1) * 10 > this.#keys.length * 7) {
        this.#grow()
        cell = this.#cellOf(key)
      }
      this.#keys[cell] = key
      this.#heads[cell] = value + 1
      this.#used++
      return
    }
    // A second value: the first moves to a node.
    const rest = head > 0 ? this.#node(head - 1, 0) + 1 : -head
    this.#heads[cell] = -(this.#node(value, rest) + 1)
  }

  /** A new node holding `value` followed by node `next` - 1 (0 = none). */
  #node(value: number, next: number): number {
    if (this.#nodes >= this.#values.length) {
      const values = new Int32Array(this.#values.length * 2)
      values.set(this.#values)
      this.#values = values
      const grown = new Int32Array(this.#next.length * 2)
      grown.set(this.#next)
      this.#next = grown
    }
    const node = this.#nodes++
    this.#values[node] = value
    this.#next[node] = next
    return node
  }

  /** Calls `visit` with each value filed under `key`, newest first. */
  forEach(key: number, visit: (value: number) => void): void {
    const head = this.#heads[this.#cellOf(key)] as number
    if (head > 0) {
      visit(head - 1)
      return
    }
    for (let node = -head; node !== 0; node = this.#next[node - 1] as number)
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
