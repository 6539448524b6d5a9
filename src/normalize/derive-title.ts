/**
 * @module
 * Titles and summaries cut from the lead when the capture has no headline.
 * Cuts happen at sentence boundaries when they fit, else at a word boundary
 * with an ellipsis, so a derived title never ends mid-word.
 */

import { isSpaceUnit } from '../schema/index.ts'
import { CLOSERS, endsWithMark, SENTENCE_MARKS } from './classify-line.ts'
import { CAPTION_LINE, withoutBoxLabel } from './find-headline.ts'
import { splitSentences } from './split-sentences.ts'
import { WIRE_TAG } from './wire-agencies.ts'

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

// A wire dateline opening the lead: a place, perhaps a date, the agency in brackets, a dash
// ("KIEV, Ukraine (AP) — ", "FLORENCE, Italy, Feb. 25 (UPI) -- ", "(Reuters) - "), or a
// place in capitals and a dash ("BOSTON—", "LONDON — ").
const AGENCY = String.raw`\(\p{Lu}[\p{L}.&' -]{0,24}\)`
const DASH = String.raw`(?:[—–]+|-{1,2}(?=\s))`
const CAPITALS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’/ -]*[\p{Lu}.]`
const WIRE_DATELINE = new RegExp(
  [
    // An agency alone or after a place in capitals ("(CNN) ", "SEOUL, South Korea (AP) — ").
    String.raw`^(?:${CAPITALS_PLACE}(?:,\s+[^()—–\n]{1,40}?)?\s*)?${AGENCY}\s*(?:${DASH}\s*)?`,
    // A place and its region or date before an agency and a dash ("Washington, D.C.
    // (Reuters) - "). Without the comma or the dash, "Apple (AAPL) Chief Executive …" and
    // "The minister (Labour) — Speaking …" would lose their subjects.
    String.raw`^\p{Lu}[^()—–\n,]{0,30},[^()—–\n]{1,40}?\s*${AGENCY}\s*${DASH}\s*`,
    // A place of up to three words before a wire's or a network's name and a dash
    // ("Madrid (AP) — "), or CNN's without one ("New York (CNN) "): its name, since
    // "Tesla (TSLA) — " and "The NHS (UK) — " open stories, and a dash, since "Agence
    // France-Presse (AFP) Chief Executive …" does.
    String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*\s*(?:${WIRE_TAG}\s*${DASH}|\(CNN\))\s*`,
    String.raw`^${CAPITALS_PLACE}(?:,\s+[^()—–\n]{1,40}?)?\s*${DASH}\s*`,
    String.raw`^${DASH}\s*`,
  ].join('|'),
  'u'
)

/**
 * The lead without a wire dateline, when what follows starts a sentence: a
 * headline never carries one.
 */
const withoutDateline = (lead: string): string => {
  const dateline = WIRE_DATELINE.exec(lead)
  if (!dateline) return lead
  const rest = lead.slice(dateline[0].length)
  return /^["“‘'\p{Lu}\p{N}]/u.test(rest) ? rest : lead
}

/**
 * A title from the lead: its first sentence (after any wire dateline) without
 * the final period, cut to 110 characters.
 */
export const deriveTitle = (fullLead: string): string => {
  const lead = withoutDateline(withoutBoxLabel(fullLead))
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
 * without a closing period, or a photo's or video's caption, is skipped), else
 * the first paragraph.
 */
export const leadOf = (paragraphs: readonly string[]): string | undefined =>
  paragraphs
    .slice(0, 4)
    .find(
      (p) =>
        endsWithMark(p.trim(), SENTENCE_MARKS, CLOSERS) &&
        hasPieces(p, 8) &&
        !CAPTION_LINE.test(p.trim())
    ) ?? paragraphs[0]

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
