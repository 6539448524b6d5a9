/**
 * @module
 * The matching text: a folded copy of the display text that dedup compares.
 * Typography that differs between outlets for the same words (curly or
 * guillemet quotes, en/em dashes, non-breaking spaces, letter case, full-width
 * forms) folds to one spelling, so "«Road to nowhere»" and "“road to
 * nowhere”" compare equal.
 */

// NFKC already turns full-width and compatibility forms into plain ones; these
// are the marks it leaves alone.
const DOUBLE_QUOTES = /[«»“”„‟❝❞〝〞＂″]/g
const SINGLE_QUOTES = /[‘’‚‛‹›❛❜′`´]/g
const DASHES = /[‐‑‒–—―−⸺⸻﹘﹣－]/g
const WHITESPACE = /\s+/g
// Soft hyphens and zero-width characters are invisible; they only split words.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

// Text made only of ASCII and the marks folded below needs no Unicode normalization.
const NEEDS_NFKC = /[^\x00-\x7f‘’“”«»–—]/

export const foldMatchingText = (text: string): string =>
  (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text)
    .replace(INVISIBLE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim()
    .toLowerCase()
