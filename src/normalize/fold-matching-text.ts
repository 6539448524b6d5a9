/**
 * @module
 * The matching text: a folded copy of the display text that dedup compares.
 * Typography that differs between outlets for the same words (curly or
 * guillemet quotes, en/em dashes, non-breaking spaces, letter case, full-width
 * forms) folds to one spelling, so "«Road to nowhere»" and "“road to
 * nowhere”" compare equal.
 */

import { countWords, isUnspaced, isWordChar, JOINERS } from './count-words.ts'

// Text made only of ASCII, Latin letters, no-break spaces, ellipses, common
// punctuation and symbols that NFKC leaves as they are (© £ € § ° · • † ‰ ‹ ›) and
// the marks folded below needs no Unicode normalization (NFKC would only turn "…"
// into "..." and a no-break space into a space, which the fold does anyway).
// Judged per UTF-16 code unit from a table: a regex test over the whole text
// cost more than the fold itself.
const NO_NFKC_NEEDED: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0xa7],
  [0xa9, 0xa9],
  [0xab, 0xae],
  [0xb0, 0xb1],
  [0xb6, 0xb7],
  [0xbb, 0xbb],
  [0xbf, 0xff],
  [0x2010, 0x2010],
  [0x2012, 0x2015],
  [0x2018, 0x2022],
  [0x2026, 0x2026],
  [0x2030, 0x2030],
  [0x2039, 0x2039],
  [0x203a, 0x203a],
  [0x20ac, 0x20ac],
]

// The code units `\s` matches.
const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]

// NFKC turns full-width and compatibility forms into plain ones; these are the
// marks it leaves alone. Indexed by UTF-16 code unit (all are in the BMP).
const FOLDED = new Map<number, string>()
for (const c of '«»“”„‟❝❞〝〞＂″') FOLDED.set(c.charCodeAt(0), '"')
for (const c of '‘’‚‛‹›❛❜′`´') FOLDED.set(c.charCodeAt(0), "'")
for (const c of '‐‑‒–—―−⸺⸻﹘﹣－') FOLDED.set(c.charCodeAt(0), '-')
for (const c of '\u00ad\u200b\u200c\u200d\u2060\ufeff') FOLDED.set(c.charCodeAt(0), '')

const PLAIN = 0
/** Kind bits per code unit. */
const SPACE = 1 // matched by \s
const MARK = 2 // folded by FOLDED (tried before SPACE: U+FEFF is both)
const NFKC = 4 // outside the set that needs no normalization
const ELLIPSIS = 8

const KIND = new Uint8Array(0x10000).fill(NFKC)
for (const [from, to] of NO_NFKC_NEEDED) KIND.fill(PLAIN, from, to + 1)
for (const c of WHITESPACE) KIND[c] = (KIND[c] as number) | SPACE
for (const c of FOLDED.keys()) KIND[c] = (KIND[c] as number) | MARK
KIND[0x2026] = (KIND[0x2026] as number) | ELLIPSIS

// Word classes for the word count (count-words.ts), per code unit: letters and
// digits, characters of unspaced scripts (one word each), joiners that stay
// inside a word between letters ("Ukraine’s", "U.S.").
const WORD = 1
const UNSPACED = 2
const JOINER = 3
const WORD_KIND = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++)
  WORD_KIND[c] = isUnspaced(c) ? UNSPACED : isWordChar(c) ? WORD : JOINERS.has(c) ? JOINER : 0

// Both classes in one table (kind bits low, word class << 4): one read per character.
const WORD_SHIFT = 4
const CLASSES = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++)
  CLASSES[c] = (KIND[c] as number) | ((WORD_KIND[c] as number) << WORD_SHIFT)
const WORD_BITS = WORD << WORD_SHIFT

/** The word count the last `foldMarks(…, true)` scan made (countWords of its input). */
let scannedWords = 0

/**
 * One scan: each mark in FOLDED becomes its plain form and each whitespace run
 * one space (a mark is tried before a run, as a `mark|\s+` regex would), "…"
 * becomes "..." unless the text was normalized; untouched stretches are copied
 * as slices. With `checkNfkc` it returns null when the text needs NFKC first,
 * and counts words as countWords does (into `scannedWords`) on the way.
 */
const foldMarks = (text: string, checkNfkc: boolean): string | null => {
  const stop = checkNfkc ? NFKC | SPACE | MARK | ELLIPSIS : SPACE | MARK
  let out = ''
  let from = 0
  let words = 0
  let inWord = false
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const x = CLASSES[c] as number
    if (x === WORD_BITS) {
      // A letter or digit that needs nothing else (the usual character).
      if (!inWord) {
        words++
        inWord = true
      }
      continue
    }
    // A single space between words (the next usual character) needs nothing either.
    if (c === 32 && ((KIND[text.charCodeAt(i + 1)] as number) & SPACE) === 0) {
      inWord = false
      continue
    }
    const w = x >> WORD_SHIFT
    if (w === UNSPACED) {
      words++
      inWord = false
    } else if (!(w === JOINER && inWord && WORD_KIND[text.charCodeAt(i + 1)] === WORD))
      inWord = false
    const k = x & 15
    if ((k & stop) === 0) continue
    if (checkNfkc && (k & NFKC) !== 0) return null
    if ((k & MARK) !== 0) {
      out += text.slice(from, i) + (FOLDED.get(c) as string)
      from = i + 1
      continue
    }
    if ((k & ELLIPSIS) !== 0) {
      out += `${text.slice(from, i)}...`
      from = i + 1
      continue
    }
    // A whitespace run (no word characters in it): a single space stays as it is.
    let j = i + 1
    while (j < n && ((KIND[text.charCodeAt(j)] as number) & SPACE) !== 0) {
      if (checkNfkc && ((KIND[text.charCodeAt(j)] as number) & NFKC) !== 0) return null
      j++
    }
    if (j === i + 1 && c === 32) continue
    out += `${text.slice(from, i)} `
    from = j
    i = j - 1
  }
  scannedWords = words
  return from === 0 ? text : out + text.slice(from)
}

export const foldMatchingText = (text: string): string =>
  (foldMarks(text, true) ?? (foldMarks(text.normalize('NFKC'), false) as string))
    .trim()
    .toLowerCase()

/**
 * `{ matchingText: foldMatchingText(text), wordCount: countWords(text) }`,
 * with one scan of the text where no normalization is needed.
 */
export const foldAndCountWords = (text: string): { matchingText: string; wordCount: number } => {
  const folded = foldMarks(text, true)
  if (folded !== null) return { matchingText: folded.trim().toLowerCase(), wordCount: scannedWords }
  return {
    matchingText: (foldMarks(text.normalize('NFKC'), false) as string).trim().toLowerCase(),
    wordCount: countWords(text),
  }
}
