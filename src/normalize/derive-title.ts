/**
 * @module
 * Titles and summaries cut from the lead when the capture has no headline.
 * Cuts happen at sentence boundaries when they fit, else at a word boundary
 * with an ellipsis, so a derived title never ends mid-word.
 */

import { isSpaceUnit } from '../schema/index.ts'
import { CLOSERS, endsWithMark, SENTENCE_MARKS } from './classify-line.ts'
import { splitSentences } from './split-sentences.ts'

export const MAX_TITLE_LENGTH = 110
export const MAX_SUMMARY_LENGTH = 300

const TRAILING_JUNK = /[\s,;:–—-]+$/u

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with "…". */
export const cutAtWord = (text: string, max: number): string => {
  if (text.length <= max) return text
  const room = text.slice(0, max) // the ellipsis replaces the character after the cut
  const space = room.lastIndexOf(' ')
  let head = space > max / 3 ? room.slice(0, space) : room.slice(0, max - 1)
  // Never cut between the two halves of a character outside the BMP (an emoji).
  const last = head.charCodeAt(head.length - 1)
  if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1)
  return `${head.replace(TRAILING_JUNK, '')}…`
}

/** A title from the lead: its first sentence without the final period, cut to 110 characters. */
export const deriveTitle = (lead: string): string => {
  const first = splitSentences(lead)[0] ?? lead
  const sentence = first.replace(/\.$/, '')
  return cutAtWord(sentence, MAX_TITLE_LENGTH)
}

/**
 * The summary: as many whole sentences of the lead as fit in 300 characters;
 * a first sentence longer than that is cut at a word boundary.
 */
/**
 * The lead: the first paragraph written as prose (a standfirst or kicker line
 * without a closing period is skipped), else the first paragraph.
 */
export const leadOf = (paragraphs: readonly string[]): string | undefined =>
  paragraphs
    .slice(0, 4)
    .find((p) => endsWithMark(p.trim(), SENTENCE_MARKS, CLOSERS) && hasPieces(p, 8)) ??
  paragraphs[0]

/** `text.split(/\s+/).length >= n`, counting whitespace runs only as far as needed. */
const hasPieces = (text: string, n: number): boolean => {
  let pieces = 1
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceUnit(text.charCodeAt(i))) continue
    while (i + 1 < text.length && isSpaceUnit(text.charCodeAt(i + 1))) i++
    if (++pieces >= n) return true
  }
  return pieces >= n
}

export const summarizeLead = (paragraphs: readonly string[]): string => {
  const lead = leadOf(paragraphs)
  if (!lead) return ''
  let summary = ''
  for (const sentence of splitSentences(lead)) {
    const next = summary ? `${summary} ${sentence}` : sentence
    if (next.length > MAX_SUMMARY_LENGTH) break
    summary = next
  }
  return summary || cutAtWord(lead, MAX_SUMMARY_LENGTH)
}
