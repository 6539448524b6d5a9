/**
 * @module
 * The matching text: a folded copy of the display text that dedup compares.
 * Typography that differs between outlets for the same words (curly or
 * guillemet quotes, en/em dashes, non-breaking spaces, letter case, full-width
 * forms) folds to one spelling, so "«Road to nowhere»" and "“road to
 * nowhere”" compare equal.
 */

// Text made only of ASCII, Latin letters, no-break spaces, ellipses and the marks
// folded below needs no Unicode normalization (NFKC would only turn "…" into "...").
const NEEDS_NFKC = /[^\t\n\r\u0020-\u007e\u00a0\u00c0-\u00ff‘’“”«»–—…]/

// NFKC turns full-width and compatibility forms into plain ones; these are the
// marks it leaves alone. Indexed by UTF-16 code unit (all are in the BMP).
const FOLDED = new Map<number, string>()
for (const c of '«»“”„‟❝❞〝〞＂″') FOLDED.set(c.charCodeAt(0), '"')
for (const c of '‘’‚‛‹›❛❜′`´') FOLDED.set(c.charCodeAt(0), "'")
for (const c of '‐‑‒–—―−⸺⸻﹘﹣－') FOLDED.set(c.charCodeAt(0), '-')
for (const c of '\u00ad\u200b\u200c\u200d\u2060\ufeff') FOLDED.set(c.charCodeAt(0), '')

/** The code units `\s` matches in a JavaScript regex. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff))

/**
 * One scan: each mark in FOLDED becomes its plain form and each whitespace run
 * one space (a mark is tried before a run, as the old `mark|\s+` regex did);
 * untouched stretches are copied as slices.
 */
const foldMarks = (text: string): string => {
  let out = ''
  let from = 0
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < 127 && c > 32 && c !== 96) {
      i++
      continue
    }
    if (c === 32) {
      // A single space stays as it is; only a run (or another space) is rewritten.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0
      if (!isSpace(next)) {
        i++
        continue
      }
    }
    const folded = FOLDED.get(c)
    if (folded !== undefined) {
      out += text.slice(from, i) + folded
      i++
      from = i
      continue
    }
    if (isSpace(c)) {
      let j = i + 1
      while (j < n && isSpace(text.charCodeAt(j))) j++
      out += `${text.slice(from, i)} `
      i = j
      from = i
      continue
    }
    i++
  }
  return from === 0 ? text : out + text.slice(from)
}

export const foldMatchingText = (text: string): string =>
  foldMarks(NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text.replaceAll('…', '...'))
    .trim()
    .toLowerCase()
