/**
 * @module
 * Background passages: a long paragraph a report carries word for word with
 * several other reports it is not a copy of. Newsrooms re-run their
 * background ("The affair began on Monday, when …") in every report of the
 * week, and outlets running a wire agency's copy carry the agency's
 * background, whichever of the week's events the report is about. Shared
 * that way, a paragraph is evidence of the topic, not of one event, yet it
 * weighs in the text vector, the names and the quotations like the report's
 * own words, and ties a week's events into one story. Copies share most of
 * their paragraphs and are told apart by that; a report sharing one or two
 * paragraphs with reports it is not a copy of shares background.
 *
 * Read over a whole set before any article is tokenized (`tokenizeAll`), so
 * which paragraphs are background is a function of the set, not of the order
 * its articles arrive in. Articles filed one at a time (`StoryIndex.add`) are
 * read whole.
 */
import { grownTo } from './grow-array.ts'
import { mix32 } from './hash-string.ts'
import { MultiMap } from './multi-map.ts'
import { isFigureJoint, isLetterUnit, isWordUnit } from './tokenize-text.ts'

/** Shorter paragraphs (a dateline, a one-line quote, a caption) are not read: stock phrases, not passages. */
export const BACKGROUND_MIN_WORDS = 20

/**
 * Reports that are not copies of this one which must carry a paragraph for it
 * to be background here. One is not enough: two outlets quoting one
 * statement in full is evidence of one event.
 */
export const BACKGROUND_MIN_SHARERS = 2

/** Two reports sharing at least this share of the fewer's long paragraphs are copies of each other, not sharers of background. */
export const COPY_PARAGRAPH_SHARE = 0.5

/** Reports read per paragraph: a paragraph in more is read through its newest ones only. */
export const MAX_SHARERS_READ = 64

/**
 * Calls `visit` with each paragraph of `text` (blank-line breaks, as the
 * normalizer writes them): its key, a hash of its words folded to lower case
 * however they are spaced and punctuated (outlets' systems curl quotes and
 * dashes differently), or 0 below BACKGROUND_MIN_WORDS words; its number of
 * words as `WordTable.scan` splits them (an apostrophe before a letter and a
 * figure's point or comma join); and its bounds in `text`.
 */
const readParagraphs = (
  text: string,
  visit: (key: number, words: number, start: number, end: number) => void
): void => {
  const n = text.length
  let start = 0
  let h = FNV_OFFSET
  let words = 0
  let i = 0
  while (i < n) {
    let c = text.charCodeAt(i)
    if (isWordCode(c)) {
      words++
      h = Math.imul(h ^ 32, FNV_PRIME)
      // One word, joined as `scan` joins: an apostrophe before a letter, a figure's point or comma.
      for (;;) {
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME)
        c = text.charCodeAt(++i)
        if (
          isWordCode(c) ||
          ((c === 39 || c === 0x2019) && i + 1 < n && isLetterUnit(text.charCodeAt(i + 1))) ||
          ((c === 46 || c === 44) && isFigureJoint(text, i, c))
        ) {
          if (!isWordCode(c)) c = text.charCodeAt(++i)
          continue
        }
        break
      }
      continue
    }
    if (c === 10) {
      // A paragraph ends at a line break followed by blank space holding another.
      let j = i + 1
      let blank = false
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d === 10) blank = true
        else if (d !== 32 && d !== 9 && d !== 13) break
        j++
      }
      if (blank) {
        visit(words < BACKGROUND_MIN_WORDS ? 0 : mix32(h) || 1, words, start, i)
        start = j
        h = FNV_OFFSET
        words = 0
        i = j
        continue
      }
    }
    i++
  }
  visit(words < BACKGROUND_MIN_WORDS ? 0 : mix32(h) || 1, words, start, n)
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** A letter or digit, as `WordTable.scan` reads words (ASCII first: most text is). */
const isWordCode = (c: number): boolean =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordUnit(c)

/** The keys of a text's long paragraphs (`readParagraphs`), in order, 0 for the others. */
export const paragraphKeysOf = (text: string): number[] => {
  const keys: number[] = []
  readParagraphs(text, (key) => keys.push(key))
  return keys
}

/** The long paragraphs of a set's texts, by report, and which of them each report shares as background. */
export class SharedBackground {
  readonly #reportsByKey = new MultiMap()
  /** Every report's distinct long-paragraph keys, one after another; report r's at [#start[r], #start[r + 1]). */
  #keys = new Int32Array(1 << 12)
  #length = 0
  readonly #start: number[] = [0]

  /** Reads the next report (numbered from 0 in the order given). */
  add(text: string): void {
    const report = this.#start.length - 1
    const from = this.#length
    readParagraphs(text, (key) => {
      if (key === 0) return
      for (let k = from; k < this.#length; k++) if (this.#keys[k] === (key | 0)) return
      if (this.#length === this.#keys.length) this.#keys = grownTo(this.#keys, this.#length * 2)
      this.#keys[this.#length++] = key | 0
      this.#reportsByKey.add(key, report)
    })
    this.#start.push(this.#length)
  }

  /** The keys of report `report`'s background paragraphs (`paragraphKeysOf`); null when it has none. */
  backgroundOf(report: number): number[] | null {
    const from = this.#start[report] as number
    const to = this.#start[report + 1] as number
    let background: number[] | null = null
    for (let k = from; k < to; k++) {
      const key = this.#keys[k] as number
      let sharers = 0
      let read = 0
      this.#reportsByKey.forEachWhile(key, (other) => {
        if (other === report) return true
        if (!this.#isCopy(report, other)) sharers++
        return sharers < BACKGROUND_MIN_SHARERS && ++read < MAX_SHARERS_READ
      })
      if (sharers >= BACKGROUND_MIN_SHARERS) (background ??= []).push(key >>> 0)
    }
    return background
  }

  /** Whether two reports share COPY_PARAGRAPH_SHARE of the fewer's long paragraphs. */
  #isCopy(a: number, b: number): boolean {
    const keys = this.#keys
    const aFrom = this.#start[a] as number
    const aTo = this.#start[a + 1] as number
    const bFrom = this.#start[b] as number
    const bTo = this.#start[b + 1] as number
    let shared = 0
    for (let k = aFrom; k < aTo; k++) {
      const key = keys[k] as number
      for (let j = bFrom; j < bTo; j++)
        if (keys[j] === key) {
          shared++
          break
        }
    }
    return shared >= COPY_PARAGRAPH_SHARE * Math.min(aTo - aFrom, bTo - bFrom)
  }
}

/**
 * `text` without its background paragraphs (keys in `background`), the rest
 * joined by blank lines, and the word counts of its paragraphs in order,
 * negative for a background paragraph (the words `WordTable.scan` reads from
 * the text, run by run).
 */
export const withoutBackground = (
  text: string,
  background: readonly number[]
): { text: string; runs: number[] } => {
  const kept: string[] = []
  const runs: number[] = []
  readParagraphs(text, (key, words, start, end) => {
    const shared = key !== 0 && background.includes(key)
    runs.push(shared ? -words : words)
    if (!shared) kept.push(text.slice(start, end))
  })
  return { text: kept.join('\n\n'), runs }
}
