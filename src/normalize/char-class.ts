/**
 * @module
 * Character classes for the character scans on hot paths (every line, every
 * article): upper-case letter (`\p{Lu}`) and letter-or-digit (`[\p{L}\p{N}]`),
 * judged by a Unicode regex once per UTF-16 code unit and cached in a table,
 * so a scan costs a table read per character. Pairs outside the BMP are judged
 * as one code point, as a `u` regex would.
 */

const KNOWN = 1
const UPPER = 2
const WORD = 4

const TABLE = new Uint8Array(0x10000)
const UPPER_CHAR = /^\p{Lu}$/u
const WORD_CHAR = /^[\p{L}\p{N}]$/u

export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

const judge = (ch: string): number =>
  KNOWN | (UPPER_CHAR.test(ch) ? UPPER : 0) | (WORD_CHAR.test(ch) ? WORD : 0)

/** Class bits of the code point at `i` (whose first code unit is `c`). */
const classAt = (text: string, i: number, c: number): number => {
  if (isHighSurrogate(c)) {
    if (!isLowSurrogate(text.charCodeAt(i + 1))) return KNOWN
    return judge(text.slice(i, i + 2))
  }
  let k = TABLE[c] as number
  if (k === 0) {
    k = judge(String.fromCharCode(c))
    TABLE[c] = k
  }
  return k
}
for (let c = 0; c < 128; c++) classAt('', 0, c)

/** Code units taken by the code point whose first code unit `c` is at `i`. */
const widthOf = (text: string, i: number, c: number): number =>
  isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1

/** Code units taken by the code point at `i`: 2 for a surrogate pair, else 1. */
export const widthAt = (text: string, i: number): number => widthOf(text, i, text.charCodeAt(i))

/** `\p{Lu}` at `i` (a code point; false past the end). */
export const isUpperAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && (classAt(text, i, text.charCodeAt(i)) & UPPER) !== 0

/** `[\p{L}\p{N}]` for the code point at `i` (false past the end). */
export const isWordAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && (classAt(text, i, text.charCodeAt(i)) & WORD) !== 0

/** `[\p{L}\p{N}]` for the single code unit at `i`: a lone surrogate (half of a pair) is neither. */
export const isWordUnitAt = (text: string, i: number): boolean => {
  if (i < 0 || i >= text.length) return false
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdfff) return false
  return (classAt(text, i, c) & WORD) !== 0
}

/**
 * The maximal runs of letters and digits of `text`, joined by one space:
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` as one scan.
 */
export const wordRuns = (text: string): string => {
  let out = ''
  let start = -1
  const n = text.length
  for (let i = 0; i < n; ) {
    // One read of the code unit per step (this runs on every line).
    const c = text.charCodeAt(i)
    if ((classAt(text, i, c) & WORD) !== 0) {
      if (start < 0) start = i
    } else if (start >= 0) {
      out = out === '' ? text.slice(start, i) : `${out} ${text.slice(start, i)}`
      start = -1
    }
    i += widthOf(text, i, c)
  }
  if (start >= 0) out = out === '' ? text.slice(start) : `${out} ${text.slice(start)}`
  return out
}

/**
 * `wordRuns(text) === target`, compared while scanning: it stops at the first
 * difference, without building the runs of a long text.
 */
export const wordRunsEqual = (text: string, target: string): boolean => {
  // The next code unit of `target` to match; past 0, a run was matched already.
  let at = 0
  let inRun = false
  const n = text.length
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i)
    const width = widthOf(text, i, c)
    if ((classAt(text, i, c) & WORD) !== 0) {
      if (!inRun && at > 0 && target.charCodeAt(at++) !== 32) return false
      inRun = true
      if (target.charCodeAt(at++) !== c) return false
      if (width === 2 && target.charCodeAt(at++) !== text.charCodeAt(i + 1)) return false
    } else inRun = false
    i += width
  }
  return at === target.length
}
