/**
 * @module
 * The headline an article's URL spells out. Most outlets put the headline in
 * the address as a slug ("/2025/08/21/security-guarantee-for-ukraine-without-
 * russia-is-road-to-nowhere"). Many captures carry no headline at all (three
 * of the five seeds); the normalizer then derives a title from the first
 * sentence, which the lead already holds. The slug is the outlet's own
 * summary of the event, so dedup reads it as the headline instead, and the
 * normalizer looks for the line it spells out among a page's lines.
 */

/** Fewer slug words than this are a section or a short id ("world-europe", "live-updates"), not a headline. */
export const MIN_SLUG_WORDS = 4

/** Words of a slug that only say it is a page: "…-article-13480990.html", "/news/story/…". */
const PAGE_WORDS = new Set(['amp', 'article', 'html', 'index', 'news', 'story'])

/** A word of letters (apostrophes inside, as some slugs keep them); ids and dates mix in digits. */
const SLUG_WORD = /^\p{L}[\p{L}'’]*\p{L}$/u

const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The words of the URL's longest headline-like path segment, space-joined,
 * or null when none has MIN_SLUG_WORDS words. Single letters are dropped:
 * they are what a slug makes of punctuation ("russia-s-foreign-minister").
 */
export const headlineOfUrl = (url: string | null): string | null => {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  let best: string[] = []
  for (const segment of path.split('/')) {
    const words = decoded(segment)
      .replace(/\.[a-z]{2,5}$/i, '')
      .split(/[-_+\s]+/)
      .filter((word) => SLUG_WORD.test(word) && !PAGE_WORDS.has(word.toLowerCase()))
    if (words.length > best.length) best = words
  }
  return best.length >= MIN_SLUG_WORDS ? best.join(' ') : null
}
