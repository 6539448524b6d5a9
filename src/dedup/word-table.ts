/**
 * @module
 * Every distinct folded word seen, with its shingle hash and content term id,
 * in an open-addressing table keyed by the word's characters. `scan` reads a
 * text straight into word slots: a known ASCII word is hashed and matched in
 * place, without making a string, so tokenizing 100k articles allocates a
 * string per new word only, not per occurrence.
 */
import { freeBuffer } from './free-buffer.ts'
import { mix32 } from './hash-string.ts'
import {
  finishWord,
  isFigureJoint,
  isLetterUnit,
  isWordUnit,
  SURROGATE,
  wordsByRegex,
} from './tokenize-text.ts'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a of a string (before the final mix of `hashString`). */
const fnv = (word: string): number => {
  let h = FNV_OFFSET
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME)
  return h >>> 0
}

export class WordTable {
  /** Table cell → slot + 1 (0 = empty). */
  #cells = new Int32Array(1 << 12)
  #fnv = new Uint32Array(1024)
  readonly #words: string[] = []
  /** Slot → `hashString(word)`, the word's hash in shingles. */
  hash = new Uint32Array(1024)
  /** Slot → content term id, or -1 for a stop word. */
  term = new Int32Array(1024)
  readonly #termOf: (word: string) => number
  #released = false

  /** `termOf` gives a new word's content term id (-1 for none); called once per distinct word. */
  constructor(termOf: (word: string) => number) {
    this.#termOf = termOf
  }

  /**
   * Frees the table's arrays now (`freeBuffer`), for a table nothing reads
   * again. Afterwards every lookup finds nothing and adding a word throws: a
   * detached array would make the probe loops spin forever.
   */
  release(): void {
    for (const array of [this.#cells, this.#fnv, this.hash, this.term, this.#out])
      freeBuffer(array.buffer)
    this.#words.length = 0
    this.#cells = new Int32Array(1)
    this.#out = new Int32Array(0)
    this.#released = true
  }

  get size(): number {
    return this.#words.length
  }

  wordOf(slot: number): string {
    return this.#words[slot] ?? ''
  }

  /** The slot of a folded word, or -1 when it was never seen. */
  find(word: string): number {
    const h = fnv(word)
    const mask = this.#cells.length - 1
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const cell = this.#cells[i] as number
      if (cell === 0) return -1
      const slot = cell - 1
      if (this.#fnv[slot] === h && this.#words[slot] === word) return slot
    }
  }

  /** The slot of a folded word, adding it when new. */
  slotOf(word: string): number {
    const h = fnv(word)
    const mask = this.#cells.length - 1
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const cell = this.#cells[i] as number
      if (cell === 0) return this.#insert(word, h, i)
      const slot = cell - 1
      if (this.#fnv[slot] === h && this.#words[slot] === word) return slot
    }
  }

  #insert(word: string, h: number, cell: number): number {
    if (this.#released) throw new Error('WordTable: released; no word may be added')
    const slot = this.#words.length
    if (slot >= this.#fnv.length) {
      const size = this.#fnv.length * 2
      const f = new Uint32Array(size)
      f.set(this.#fnv)
      this.#fnv = f
      const hash = new Uint32Array(size)
      hash.set(this.hash)
      this.hash = hash
      const term = new Int32Array(size)
      term.set(this.term)
      this.term = term
    }
    this.#words.push(word)
    this.#fnv[slot] = h
    this.hash[slot] = mix32(h)
    this.term[slot] = this.#termOf(word)
    this.#cells[cell] = slot + 1
    if (this.#words.length * 2 > this.#cells.length) this.#rehash()
    return slot
  }

  #rehash(): void {
    const cells = new Int32Array(this.#cells.length * 2)
    const mask = cells.length - 1
    for (let slot = 0; slot < this.#words.length; slot++) {
      let i = (this.#fnv[slot] as number) & mask
      while (cells[i] !== 0) i = (i + 1) & mask
      cells[i] = slot + 1
    }
    this.#cells = cells
  }

  /** The slot of the ASCII word text[start, end), lower-cased, with FNV hash `h`; -1 when new. */
  #find(text: string, start: number, end: number, h: number): number {
    const mask = this.#cells.length - 1
    const length = end - start
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const cell = this.#cells[i] as number
      if (cell === 0) return -1
      const slot = cell - 1
      if (this.#fnv[slot] !== h) continue
      const word = this.#words[slot] as string
      if (word.length !== length) continue
      let k = 0
      while (k < length) {
        let c = text.charCodeAt(start + k)
        if (c >= 65 && c <= 90) c += 32
        if (c !== word.charCodeAt(k)) break
        k++
      }
      if (k === length) return slot
    }
  }

  #out = new Int32Array(4096)
  #outLength = 0
  #emit(slot: number): void {
    if (this.#outLength === this.#out.length) {
      const grown = new Int32Array(this.#out.length * 2)
      grown.set(this.#out)
      this.#out = grown
    }
    this.#out[this.#outLength++] = slot
  }

  /**
   * The words of a text as slots, exactly as `wordsOf` would split and fold
   * them. The result is a view of a buffer the next `scan` overwrites.
   */
  scan(text: string): Int32Array {
    this.#outLength = 0
    if (SURROGATE.test(text)) {
      for (const w of wordsByRegex(text)) this.#emit(this.slotOf(w))
      return this.#out.subarray(0, this.#outLength)
    }
    const n = text.length
    let i = 0
    while (i < n) {
      if (!isWordUnit(text.charCodeAt(i))) {
        i++
        continue
      }
      const start = i
      let ascii = true
      let apostrophe = false
      let h = FNV_OFFSET
      for (;;) {
        while (i < n) {
          let c = text.charCodeAt(i)
          if (!isWordUnit(c)) break
          if (c > 127) ascii = false
          else if (c >= 65 && c <= 90) c += 32
          h = Math.imul(h ^ c, FNV_PRIME)
          i++
        }
        const c = text.charCodeAt(i)
        if ((c === 39 || c === 0x2019) && i + 1 < n && isLetterUnit(text.charCodeAt(i + 1))) {
          apostrophe = true
          if (c > 127) ascii = false
          i++
          continue
        }
        if (isFigureJoint(text, i, c)) {
          h = Math.imul(h ^ c, FNV_PRIME)
          i++
          continue
        }
        break
      }
      if (ascii && !apostrophe) {
        h >>>= 0
        const slot = this.#find(text, start, i, h)
        this.#emit(
          slot >= 0 ? slot : this.#insert(text.slice(start, i).toLowerCase(), h, this.#cellFor(h))
        )
        continue
      }
      const word = finishWord(text.slice(start, i), ascii, apostrophe)
      if (word !== '') this.#emit(this.slotOf(word))
    }
    return this.#out.subarray(0, this.#outLength)
  }

  /** The empty cell a new word with FNV hash `h` goes to. */
  #cellFor(h: number): number {
    const mask = this.#cells.length - 1
    let i = h & mask
    while (this.#cells[i] !== 0) i = (i + 1) & mask
    return i
  }
}
