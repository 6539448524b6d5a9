import { describe, expect, it } from 'vitest'
import { EdgeStore } from '../src/dedup/edge-store.ts'

/** One entry's edges as [other, kind, score], in list order. */
const edgesOf = (store: EdgeStore, entry: number): [number, number, number][] => {
  const out: [number, number, number][] = []
  for (let e = store.first(entry); e >= 0; e = store.next(e))
    out.push([store.other(e), store.kind(e), store.score(e)])
  return out
}

describe('edge store', () => {
  it('links both ways and keeps each entry’s edges in the order they were made', () => {
    const store = new EdgeStore()
    store.link(0, 1, 2, 0.25)
    store.link(2, 0, 3, 1)
    store.link(0, 3, 1, 0.1234567890123)
    expect(edgesOf(store, 0)).toEqual([
      [1, 2, 0.25],
      [2, 3, 1],
      [3, 1, 0.1234567890123],
    ])
    expect(edgesOf(store, 1)).toEqual([[0, 2, 0.25]])
    expect(edgesOf(store, 2)).toEqual([[0, 3, 1]])
    expect(store.size).toBe(6)
    expect(store.has(0, 2, 3)).toBe(true)
    expect(store.has(0, 2, 2)).toBe(false)
    expect(store.has(1, 2, 2)).toBe(false)
  })

  it('has no edges for an entry never linked, even beyond its tables', () => {
    const store = new EdgeStore()
    store.link(0, 1, 2, 0.5)
    expect(store.first(5)).toBe(-1)
    expect(store.first(1_000_000)).toBe(-1)
  })

  it('keeps lists whole across pages and table growth (scores exact as doubles)', () => {
    const store = new EdgeStore()
    const entries = 5000
    const expected = new Map<number, [number, number, number][]>()
    const push = (a: number, b: number, kind: number, score: number) => {
      const list = expected.get(a) ?? []
      list.push([b, kind, score])
      expected.set(a, list)
    }
    // ~60k directed edges: several 16k-edge pages, entries interleaved.
    for (let i = 0; i < 30_000; i++) {
      const a = (i * 7919) % entries
      const b = (i * 104_729 + 13) % entries
      const kind = 1 + (i % 3)
      const score = i / 30_001 + 1e-13
      store.link(a, b, kind, score)
      push(a, b, kind, score)
      push(b, a, kind, score)
    }
    expect(store.size).toBe(60_000)
    for (const [entry, list] of expected) expect(edgesOf(store, entry)).toEqual(list)
  })
})
