/**
 * @module
 * A quote already in print is background. Two reports that print the same
 * words of someone's are strong evidence of one event when the words are
 * new; a follow-up quotes what was said yesterday, and so does the next
 * event's report (the denial recaps the leak's best line, the resignation
 * the hearing's). So each quote gram's first printing in the set is kept
 * (`FirstPrinted`, on the term statistics), and two reports' quote
 * similarity counts only the grams first printed less than QUOTE_RECAP_HOURS
 * before the earlier of the two (`countedQuoteGrams`). Over the 178 weeks,
 * of the pairs scoring as one story that share quote grams, those whose
 * every shared gram was in print 12 hours before the earlier report are one
 * story 31% of the time (744 pairs), the others 88% (13,116). Where either
 * report's date is unknown every shared gram counts, as before. See
 * docs/dedup.md §3.
 */
import { freeBuffer } from './free-buffer.ts'
import { grownTo } from './grow-array.ts'

/**
 * A quote gram first printed at least this long before the earlier of two
 * reports does not count towards their quote similarity. Half a day: the
 * morning's words are still news in the evening's write-ups of one event;
 * by the next day's reports they are the story so far.
 */
export const QUOTE_RECAP_HOURS = 12
const RECAP_MINUTES = QUOTE_RECAP_HOURS * 60

/**
 * When a report went out, in minutes since the epoch: its minute, else noon
 * of its calendar day (`day`, in its own offset, read as UTC), else null.
 * One measure for the table and for the reports compared against it. A date
 * without a time stands for its whole day, and noon is its middle: read as
 * midnight, a report dated to the day made every quote it printed half a
 * day old by the evening's reports of that day.
 */
export const printedMinute = (minute: number | null, day: number | null): number | null =>
  minute ?? (day === null ? null : day * 1440 + 720)

/**
 * The earliest minute each quote gram was printed at, over the documents
 * counted: an open-addressing table of (gram, minute + 1) in one Int32Array,
 * 0 marking an empty cell. About 10 grams per report, so a few MB at 100k.
 */
export class FirstPrinted {
  #cells = new Int32Array(2 << 10)
  #used = 0

  /** Notes that every gram of `grams` was in print at `minute`. */
  note(grams: ArrayLike<number>, minute: number): void {
    const value = Math.max(0, minute) + 1
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
    const held = this.#cells[this.#cellOf(gram) + 1] as number
    return held === 0 ? Number.POSITIVE_INFINITY : held - 1
  }

  /** Frees the table: nothing is noted or read afterwards. */
  release(): void {
    freeBuffer(this.#cells.buffer)
    this.#cells = new Int32Array(2)
    this.#used = 0
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
  first: FirstPrinted
): number => {
  if (minute === null) return length
  if (recapped.length < length) recapped = grownTo(recapped, 2 * length)
  let fresh = 0
  let old = 0
  for (let i = at; i < at + length; i++) {
    const gram = words[i] as number
    if (first.of(gram) <= minute - RECAP_MINUTES) recapped[old++] = gram
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

/** Whether `gram` is one of the report's quote grams (its fresh run, then its recapped run). */
export const printsGram = (r: QuotedReport, gram: number): boolean =>
  inRun(r.words, r.quoteGramsAt, r.freshQuoteGramsLength, gram) ||
  inRun(
    r.words,
    r.quoteGramsAt + r.freshQuoteGramsLength,
    r.quoteGramsLength - r.freshQuoteGramsLength,
    gram
  )

/**
 * The report of the two whose fresh grams decide what counts: the earlier
 * (a gram first printed long before it was first printed long before the
 * later one too); null when either date is unknown, and every shared gram
 * counts. Two reports of one minute read their grams alike.
 */
export const earlierReport = <R extends QuotedReport>(a: R, b: R): R | null => {
  const ta = printedMinute(a.minute, a.day)
  const tb = printedMinute(b.minute, b.day)
  if (ta === null || tb === null) return null
  return ta <= tb ? a : b
}

/**
 * Whether one shared quote gram counts for the pair: printed by both, and
 * fresh in the earlier report (any shared gram when a date is unknown).
 */
export const countsForPair = (a: QuotedReport, b: QuotedReport, gram: number): boolean => {
  const earlier = earlierReport(a, b)
  if (earlier === null) return printsGram(a, gram) && printsGram(b, gram)
  const later = earlier === a ? b : a
  return (
    inRun(earlier.words, earlier.quoteGramsAt, earlier.freshQuoteGramsLength, gram) &&
    printsGram(later, gram)
  )
}

/**
 * How many quote grams the two reports share that count as evidence: the
 * earlier report's fresh grams the later one prints too (`earlierReport`).
 */
export const countedQuoteGrams = (a: QuotedReport, b: QuotedReport): number => {
  if (a.quoteGramsLength === 0 || b.quoteGramsLength === 0) return 0
  const earlier = earlierReport(a, b)
  const from = earlier ?? a
  const other = from === a ? b : a
  const length = earlier === null ? from.quoteGramsLength : from.freshQuoteGramsLength
  let shared = 0
  for (let i = from.quoteGramsAt; i < from.quoteGramsAt + length; i++)
    if (printsGram(other, from.words[i] as number)) shared++
  return shared
}
