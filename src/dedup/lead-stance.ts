/**
 * @module
 * What a report's headline and lead say it is: the disclosure of something
 * kept secret (a leak, a scoop), or an answer that confirms or admits it. Two
 * reports of one subject and day of which one discloses and the other
 * confirms are mostly two events: the morning's leak and the afternoon's
 * confirmation, which recaps the leak in its own words.
 */
import { leadWindowOf } from './event-day.ts'

export const DISCLOSES = 1
export const CONFIRMS = 2

const DISCLOSURE =
  /\b(?:leak(?:s|ed)?|revealed|reveals?|exclusive|secret|confidential|seen by|obtained by)\b/i
const CONFIRMATION =
  /\b(?:confirm(?:s|ed|ing)?|admit(?:s|ted)?|acknowledg(?:es|ed)|genuine|authentic)\b/i

/**
 * DISCLOSES, CONFIRMS, both (bits) or neither (0), read from the headline and
 * the lead (`leadWindowOf`). Words, not meaning: "declined to confirm",
 * "confirmed dead" and an oil leak are read too.
 */
export const leadStanceOf = (title: string, text: string): number => {
  const lead = `${title}\n${leadWindowOf(text)}`
  return (DISCLOSURE.test(lead) ? DISCLOSES : 0) | (CONFIRMATION.test(lead) ? CONFIRMS : 0)
}

/** One discloses only and the other confirms only. */
export const discloseAndConfirm = (a: number, b: number): boolean =>
  (a === DISCLOSES && b === CONFIRMS) || (a === CONFIRMS && b === DISCLOSES)
