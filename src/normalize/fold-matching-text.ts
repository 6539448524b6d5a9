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
// marks it leaves alone.
const FOLDED = new Map<string, string>()
for (const c of '«»“”„‟❝❞〝〞＂″') FOLDED.set(c, '"')
for (const c of '‘’‚‛‹›❛❜′`´') FOLDED.set(c, "'")
for (const c of '‐‑‒–—―−⸺⸻﹘﹣－') FOLDED.set(c, '-')
for (const c of '\u00ad\u200b\u200c\u200d\u2060\ufeff') FOLDED.set(c, '')

// One pass: every mark to fold and every whitespace run, replaced by a table lookup.
const TO_FOLD = /[«»“”„‟❝❞〝〞＂″‘’‚‛‹›❛❜′`´‐‑‒–—―−⸺⸻﹘﹣－\u00ad\u200b-\u200d\u2060\ufeff]|\s+/g

export const foldMatchingText = (text: string): string =>
  (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text.replace(/…/g, '...'))
    .replace(TO_FOLD, (match) => FOLDED.get(match) ?? ' ')
    .trim()
    .toLowerCase()
