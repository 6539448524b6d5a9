/**
 * @module
 * A binary heap over an array: `pop` returns the item that comes first by
 * `before`. For best-first loops that would otherwise rescan every candidate
 * on each step (the agglomeration in story-index.ts).
 */
export class BinaryHeap<T> {
  readonly #items: T[] = []
  readonly #before: (a: T, b: T) => boolean

  /** `before(a, b)`: whether `a` is popped ahead of `b`. */
  constructor(before: (a: T, b: T) => boolean) {
    this.#before = before
  }

  get size(): number {
    return this.#items.length
  }

  push(item: T): void {
    const items = this.#items
    let i = items.push(item) - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.#before(item, items[parent] as T)) break
      items[i] = items[parent] as T
      i = parent
    }
    items[i] = item
  }

  /** The first item, removed; undefined when empty. */
  pop(): T | undefined {
    const items = this.#items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= items.length) break
      const right = left + 1
      const child =
        right < items.length && this.#before(items[right] as T, items[left] as T) ? right : left
      if (!this.#before(items[child] as T, last)) break
      items[i] = items[child] as T
      i = child
    }
    items[i] = last
    return top
  }
}
