/**
 * @module
 * The headline of a scraped text, when it has one. Scrapers put it on the
 * first line, sometimes after a section label ("World", "Exclusive"). A
 * headline is one short title-shaped line (no closing period, one sentence)
 * followed by longer prose; a first line that is itself prose means the
 * capture has no headline and the title will be derived from the lead.
 */
import type { RemovedLine } from '../schema/index.ts'
import { CLOSERS, endsWithMark, REASONS, SENTENCE_MARKS, wordCountOf } from './classify-line.ts'
import { splitSentences } from './split-sentences.ts'

export type Headline = {
  title: string
  /** The body without the headline and any section labels above it. */
  paragraphs: string[]
  removed: RemovedLine[]
}

const MAX_HEADLINE_WORDS = 30
const MAX_HEADLINE_CHARS = 250
/** How many short lines may sit above the headline (kicker, section, label). */
const MAX_LINES_ABOVE = 2

/** True when a line has the shape of a headline. */
export const isTitleShaped = (line: string): boolean => {
  const words = wordCountOf(line)
  if (words < 3 || words > MAX_HEADLINE_WORDS || line.length > MAX_HEADLINE_CHARS) return false
  const trimmed = line.trim()
  if (endsWithMark(trimmed, '.:;,…', CLOSERS) && !/\b(?:\p{Lu}\.){2,}$/u.test(trimmed)) return false
  return splitSentences(trimmed).length === 1
}

const isProse = (line: string): boolean =>
  line.length > MAX_HEADLINE_CHARS ||
  (wordCountOf(line) >= 12 && endsWithMark(line.trim(), SENTENCE_MARKS, CLOSERS))

export const findHeadline = (paragraphs: readonly string[]): Headline | null => {
  for (let i = 0; i <= MAX_LINES_ABOVE && i < paragraphs.length - 1; i++) {
    const line = paragraphs[i] as string
    if (isProse(line)) return null
    if (!isTitleShaped(line)) continue
    // Prose (or a longer line) must follow within two lines: a standfirst may sit between.
    const words = wordCountOf(line)
    const following = paragraphs.slice(i + 1, i + 3)
    if (!following.some((next) => isProse(next) || wordCountOf(next) > words)) continue
    // Lines above the headline must be short labels; otherwise this is not the head.
    const above = paragraphs.slice(0, i)
    if (above.some((l) => wordCountOf(l) > 5)) return null
    return {
      title: line.trim(),
      paragraphs: paragraphs.slice(i + 1),
      removed: [
        ...above.map((l) => ({ line: l, reason: REASONS.sectionLabel })),
        { line, reason: REASONS.headline },
      ],
    }
  }
  return null
}
