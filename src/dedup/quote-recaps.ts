/**
 * @module
 * A quote already in print is background. Two reports that quote the same
 * words are strong evidence of one event when the words are new; a
 * follow-up quotes what was said yesterday, and so does the next event's
 * report (the denial recaps the leak's best line, the resignation the
 * hearing's). So each quote gram's first printing in the set is kept
 * (`FirstPrinted`, on the term statistics), and two reports' quote
 * similarity counts only the grams first printed less than
 * QUOTE_RECAP_HOURS before the earlier of the two (`countedQuoteGrams`).
 * Over the 181 weeks, of the pairs of two outlets that share quote grams
 * and score as one story with every shared gram counted (near-duplicates
 * left out), those whose every shared gram was first printed 12 hours or
 * more before the earlier report are one story 35% of the time (756
 * pairs), the others 89% (13,674; the premise test in dedup-eval-joins).
 * Where either report's date is unknown every shared gram counts, as
 * before. "The set" is what the statistics counted: a topic clustered again
 * on its own statistics (docs/dedup.md §4, Topics) reads its own first
 * printings. See docs/dedup.md §3.
 */
import { freeBuffer } from './free-buffer.ts'
import { grownTo } from './grow-array.ts'

const RELEASED = 'FirstPrinted: read after release (the statistics released their tokenizer)'

/**
 * A quote gram first printed at least this long before the earlier of two
 * reports does not count towards their quote similarity. Half a day: the
 * morning's words are still news in the evening's write-ups of one event;
 * by the next day's reports they are the story so far.
 */
export const QUOTE_RECAP_HOURS = 12
const RECAP_MINUTES = QUOTE_RECAP_HOURS * 60

/** The latest minute the table holds (as minute + 1 in an Int32Array): the year 6053. */
const LAST_MINUTE = 2 ** 31 - 2

/**
 * When a report went out, in minutes since the epoch: its minute, else noon
 * UTC of the calendar day its date names (`day`), else null; clamped to
 * [0, LAST_MINUTE] (a date before 1970 reads as 1970, one after 6053 as
 * 6053). One measure for the table and for the reports compared against it.
 * A date without a time stands for its whole day, and noon is its middle:
 * read as midnight, a report dated to the day made every quote it printed
 * half a day old to every report from noon on that day.
 */
export const printedMinute = (minute: number | null, day: number | null): number | null => {
  const at = minute ?? (day === null ? null : day * 1440 + 720)
  return at === null ? null : Math.min(LAST_MINUTE, Math.max(0, at))
}

/**
 * The earliest minute each quote gram was printed at, over the documents
 * counted: an open-addressing table of (gram, minute + 1) in one Int32Array,
 * 0 marking an empty cell, kept at most half full. About ten distinct grams
 * per report: some 16 MB at 100k. Minutes are clamped as `printedMinute`
 * clamps them. Released with the tokenizer; reading or noting afterwards
 * throws, as a released word table does.
 */
export class FirstPrinted {
  /** 1,024 slots of (gram, minute + 1) to start. */
  #cells = new Int32Array(2 * 1024)
  #used = 0
  #released = false

  /** Notes that every gram of `grams` was in print at `minute`. */
  note(grams: ArrayLike<number>, minute: number): void {
    if (this.#released) throw new Error(RELEASED)
    const value = Math.min(LAST_MINUTE, Math.max(0, minute)) + 1
    for (let i = 0; i < grams.length; i++) {
      const gram = grams[i] as number
      let cell = this.#cellOf(gram)
      const held = this.#cells[cell + 1] as number
      if (held === 0) {
        if ((this.#used + 1) * 2 > this.#cells.length / 2) {
          this.#grow()
          cell = this.#cellOf(gram)
        }
        this.#cells[cell] = gram | 0
        this.#cells[cell + 1] = value
        this.#used++
      } else if (value < held) this.#cells[cell + 1] = value
    }
  }

  /** The earliest minute `gram` was noted at; Infinity when never. */
  of(gram: number): number {
    if (this.#released) throw new Error(RELEASED)
    const held = this.#cells[this.#cellOf(gram) + 1] as number
    return held === 0 ? Number.POSITIVE_INFINITY : held - 1
  }

  /** Frees the table: nothing is noted or read afterwards. */
  release(): void {
    freeBuffer(this.#cells.buffer)
    this.#cells = new Int32Array(2)
    this.#used = 0
    this.#released = true
  }

  /** The cell (even index) holding `gram`, or the empty one where it would go. */
  #cellOf(gram: number): number {
    const cells = this.#cells
    const mask = cells.length / 2 - 1
    const key = gram | 0
    let slot = Math.imul(key, 0x9e3779b1) >>> 0
    for (;;) {
      slot &= mask
      const cell = 2 * slot
      if (cells[cell + 1] === 0 || cells[cell] === key) return cell
      slot++
    }
  }

  #grow(): void {
    const old = this.#cells
    this.#cells = new Int32Array(old.length * 2)
    for (let cell = 0; cell < old.length; cell += 2) {
      const value = old[cell + 1] as number
      if (value === 0) continue
      const to = this.#cellOf(old[cell] as number)
      this.#cells[to] = old[cell] as number
      this.#cells[to + 1] = value
    }
    freeBuffer(old.buffer)
  }
}

/** Scratch for `freshFirst`: the grams a report recaps. */
let recapped = new Uint32Array(256)

/**
 * Reorders a report's sorted quote grams at `at` of `words` in place: those
 * it prints fresh (first printed less than QUOTE_RECAP_HOURS before
 * `minute`) first, then those it recaps, each run still sorted. Returns the
 * length of the fresh run; every gram is fresh when `minute` is null.
 */
export const freshFirst = (
  words: Uint32Array,
  at: number,
  length: number,
  minute: number | null,
  firstPrinted: (gram: number) => number
): number => {
  if (minute === null) return length
  if (recapped.length < length) recapped = grownTo(recapped, 2 * length)
  let fresh = 0
  let old = 0
  for (let i = at; i < at + length; i++) {
    const gram = words[i] as number
    if (firstPrinted(gram) <= minute - RECAP_MINUTES) recapped[old++] = gram
    else words[at + fresh++] = gram
  }
  words.set(recapped.subarray(0, old), at + fresh)
  return fresh
}

/** Whether `gram` is in the sorted run of `length` at `at` of `words`. */
const inRun = (words: Uint32Array, at: number, length: number, gram: number): boolean => {
  let lo = at
  let hi = at + length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((words[mid] as number) < gram) lo = mid + 1
    else hi = mid
  }
  return lo < at + length && words[lo] === gram
}

/** What `countedQuoteGrams` reads of a report. */
export type QuotedReport = {
  minute: number | null
  day: number | null
  words: Uint32Array
  quoteGramsAt: number
  quoteGramsLength: number
  /** Length of the fresh run that opens its quote grams (`freshFirst`). */
  freshQuoteGramsLength: number
}

/** Whether `gram` is in the report's fresh run (`freshFirst`). */
const printsFresh = (r: QuotedReport, gram: number): boolean =>
  inRun(r.words, r.quoteGramsAt, r.freshQuoteGramsLength, gram)

/** Whether `gram` is one of the report's quote grams (its fresh run, then its recapped run). */
const printsGram = (r: QuotedReport, gram: number): boolean =>
  printsFresh(r, gram) ||
  inRun(
    r.words,
    r.quoteGramsAt + r.freshQuoteGramsLength,
    r.quoteGramsLength - r.freshQuoteGramsLength,
    gram
  )

/**
 * Whether a quote gram counts for the pair: both print it, and the earlier
 * report prints it fresh (a gram first printed QUOTE_RECAP_HOURS or more
 * before the earlier report is as old for the later one). Reports of one
 * minute count a gram either prints fresh: in a live index each report's
 * fresh grams were read as it was filed, so two of one minute may differ,
 * and the pair must score alike in either order. Every shared gram counts
 * when either date is unknown.
 */
export const countsForPair = (a: QuotedReport, b: QuotedReport, gram: number): boolean =>
  countsAt(a, b, printedMinute(a.minute, a.day), printedMinute(b.minute, b.day), gram)

/** `countsForPair` with the two reports' printed minutes given. */
const countsAt = (
  a: QuotedReport,
  b: QuotedReport,
  ta: number | null,
  tb: number | null,
  gram: number
): boolean =>
  printsGram(a, gram) &&
  printsGram(b, gram) &&
  (ta === null ||
    tb === null ||
    (ta <= tb && printsFresh(a, gram)) ||
    (tb <= ta && printsFresh(b, gram)))

/** How many quote grams the two reports share that count as evidence (`countsForPair`). */
export const countedQuoteGrams = (a: QuotedReport, b: QuotedReport): number => {
  const ta = printedMinute(a.minute, a.day)
  const tb = printedMinute(b.minute, b.day)
  const aFewer = a.quoteGramsLength <= b.quoteGramsLength
  const few = aFewer ? a : b
  let counted = 0
  for (let i = few.quoteGramsAt; i < few.quoteGramsAt + few.quoteGramsLength; i++)
    if (countsAt(a, b, ta, tb, few.words[i] as number)) counted++
  return counted
}
