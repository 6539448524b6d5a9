/**
 * @module
 * The scored pairs of a story index (edges), each entry's in the order they
 * were made, in pages of typed arrays. As a flat `number[]` per entry (other,
 * kind, score) they cost ~45 MB at 100k articles: an array header and a
 * backing store per entry, doubles for every number, and a third of spare
 * capacity. Here an edge costs 17 bytes (other entry, kind, score, next
 * edge), pages are never copied when the store grows, and scores stay exact
 * doubles, so clustering reads the same numbers as before.
 *
 * Iterate one entry's edges with
 * `for (let e = edges.first(m); e >= 0; e = edges.next(e))`.
 */

import { grownTo } from './grow-array.ts'

/** Edges per page: 16k (a page is ~270 KB across its four arrays). */
const PAGE_BITS = 14
const PAGE_SIZE = 1 << PAGE_BITS
const PAGE_MASK = PAGE_SIZE - 1

export class EdgeStore {
  /** Entry → its first and last edge + 1 (0 = none). */
  #head = new Int32Array(1024)
  #tail = new Int32Array(1024)
  readonly #other: Int32Array[] = []
  readonly #next: Int32Array[] = []
  readonly #kind: Uint8Array[] = []
  readonly #score: Float64Array[] = []
  #count = 0

  /** Number of directed edges stored (each pair is two). */
  get size(): number {
    return this.#count
  }

  /** Links `a` and `b` both ways: an edge at the end of `a`'s list and one at the end of `b`'s. */
  link(a: number, b: number, kind: number, score: number): void {
    this.#append(a, b, kind, score)
    this.#append(b, a, kind, score)
  }

  /** The first edge of `entry`, or -1. */
  first(entry: number): number {
    return entry < this.#head.length ? (this.#head[entry] as number) - 1 : -1
  }

  /** The edge after `edge` in its entry's list, or -1. */
  next(edge: number): number {
    return ((this.#next[edge >>> PAGE_BITS] as Int32Array)[edge & PAGE_MASK] as number) - 1
  }

  /** The entry at the other end of `edge`. */
  other(edge: number): number {
    return (this.#other[edge >>> PAGE_BITS] as Int32Array)[edge & PAGE_MASK] as number
  }

  /** The edge's kind (`EDGE_RELATED`, `EDGE_STORY`, `EDGE_NEAR_DUPLICATE`). */
  kind(edge: number): number {
    return (this.#kind[edge >>> PAGE_BITS] as Uint8Array)[edge & PAGE_MASK] as number
  }

  /** The pair's score. */
  score(edge: number): number {
    return (this.#score[edge >>> PAGE_BITS] as Float64Array)[edge & PAGE_MASK] as number
  }

  /** True when `a` has an edge of `kind` to `b`. */
  has(a: number, b: number, kind: number): boolean {
    for (let e = this.first(a); e >= 0; e = this.next(e))
      if (this.other(e) === b && this.kind(e) === kind) return true
    return false
  }

  #append(from: number, to: number, kind: number, score: number): void {
    const edge = this.#count++
    const page = edge >>> PAGE_BITS
    if (page === this.#other.length) {
      this.#other.push(new Int32Array(PAGE_SIZE))
      this.#next.push(new Int32Array(PAGE_SIZE))
      this.#kind.push(new Uint8Array(PAGE_SIZE))
      this.#score.push(new Float64Array(PAGE_SIZE))
    }
    const at = edge & PAGE_MASK
    ;(this.#other[page] as Int32Array)[at] = to
    ;(this.#kind[page] as Uint8Array)[at] = kind
    ;(this.#score[page] as Float64Array)[at] = score
    this.#grow(from)
    const last = (this.#tail[from] as number) - 1
    if (last < 0) this.#head[from] = edge + 1
    else (this.#next[last >>> PAGE_BITS] as Int32Array)[last & PAGE_MASK] = edge + 1
    this.#tail[from] = edge + 1
  }

  #grow(entry: number): void {
    if (entry < this.#head.length) return
    let size = this.#head.length * 2
    while (size <= entry) size *= 2
    this.#head = grownTo(this.#head, size)
    this.#tail = grownTo(this.#tail, size)
  }
}
