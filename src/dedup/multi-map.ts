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
import { freeBuffer } from './free-buffer.ts'

export class MultiMap {
  /**
   * Table cell c → its key at 2c and its head at 2c + 1: one array, so a
   * lookup reads one cache line, not one in each of two arrays. A head is 0
   * when the cell is empty; value + 1 when the key has one value; else
   * -(first node + 1) of its list.
   */
  #cells = new Int32Array(2 << 12)
  #used = 0
  /** Node n → its value at 2n and the next node + 1 of the same key (0 = end) at 2n + 1. */
  #nodes = new Int32Array(2 << 10)
  #nodeCount = 0

  /** Appends `value` to `key`'s list. */
  add(key: number, value: number): void {
    let cell = this.#cellOf(key)
    const head = this.#cells[cell + 1] as number
    if (head === 0) {
      // Linear probing stays short up to 70% full (~3.5 probes for a missing key).
      if ((this.#used + 1) * 20 > this.#cells.length * 7) {
        this.#grow()
        cell = this.#cellOf(key)
      }
      this.#cells[cell] = key
      this.#cells[cell + 1] = value + 1
      this.#used++
      return
    }
    // A second value: the first moves to a node.
    const rest = head > 0 ? this.#node(head - 1, 0) + 1 : -head
    this.#cells[cell + 1] = -(this.#node(value, rest) + 1)
  }

  /** A new node holding `value` followed by node `next` - 1 (0 = none). */
  #node(value: number, next: number): number {
    if (2 * this.#nodeCount >= this.#nodes.length) {
      const nodes = new Int32Array(this.#nodes.length * 2)
      nodes.set(this.#nodes)
      this.#nodes = nodes
    }
    const node = this.#nodeCount++
    this.#nodes[2 * node] = value
    this.#nodes[2 * node + 1] = next
    return node
  }

  /** Empties the map, freeing its tables now (`freeBuffer`): for a map that is done with. */
  release(): void {
    freeBuffer(this.#cells.buffer)
    freeBuffer(this.#nodes.buffer)
    this.#cells = new Int32Array(2)
    this.#used = 0
    this.#nodes = new Int32Array(2)
    this.#nodeCount = 0
  }

  /** Calls `visit` with each value filed under `key`, newest first. */
  forEach(key: number, visit: (value: number) => void): void {
    const head = this.#cells[this.#cellOf(key) + 1] as number
    if (head > 0) {
      visit(head - 1)
      return
    }
    const nodes = this.#nodes
    for (let node = -head; node !== 0; node = nodes[2 * node - 1] as number)
      visit(nodes[2 * node - 2] as number)
  }

  /** Number of values under `key`. */
  count(key: number): number {
    let n = 0
    this.forEach(key, () => n++)
    return n
  }

  /** The index in `#cells` of the cell holding `key`, or of the empty cell where it would go. */
  #cellOf(key: number): number {
    const cells = this.#cells
    const mask = cells.length - 2
    // Keys are stored as signed 32-bit integers.
    const k = key | 0
    let i = (Math.imul(key, 0x9e3779b1) << 1) & mask
    while (cells[i + 1] !== 0 && cells[i] !== k) i = (i + 2) & mask
    return i
  }

  #grow(): void {
    const old = this.#cells
    this.#cells = new Int32Array(old.length * 2)
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue
      const cell = this.#cellOf(old[i] as number)
      this.#cells[cell] = old[i] as number
      this.#cells[cell + 1] = old[i + 1] as number
    }
  }
}
