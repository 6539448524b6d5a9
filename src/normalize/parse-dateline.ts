/**
 * @module
 * Datelines: lines that only state when the article was published or updated
 * ("Published: August 22, 2025 14:05 IST", "Updated Aug 22, 2025 | 5 min
 * read", "By Jane Doe | 22 Aug 2025"). They become `published`/`updated` and
 * leave the body. A line with any other words is not a dateline.
 */
import type { DateValue } from '../schema/index.ts'
import { wordCountOf } from './classify-line.ts'
import { MAX_DATE_BEFORE_BY, parseByline } from './parse-byline.ts'
import { parseDate } from './parse-date.ts'

export type Dateline = { published: DateValue | null; updated: DateValue | null }

const LABEL =
  /^(?:(?:first\s+|originally\s+)?published|last\s+updated|updated|last\s+modified|modified|posted|date|released|issued|created)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/i
// A dash parts a date from its time too: "Wednesday, 8 April 2026 – 7.15am".
const PART_SEPARATOR = /\s+[|•·–—]\s+|\s*[|•·]\s*/
const IGNORABLE_PART =
  /^(?:\d+\s*(?:min|mins|minute|minutes)\s+(?:read|listen)|by\s+.+|\d+\s+comments?|share|edited by .+|(?:(?:last\s+)?updated\s+)?(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month)s?\s+ago|(?:(?:last\s+)?updated|posted|published)(?:\s+at)?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?|(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\.?)(?:\s+[a-z]{2,5})?|sources?\s*:\s*\S.{0,60}|(?:published\s+|filed\s+)?via\s+\S.{0,60})$/i

const BY_ON_DATE = /^(?:(?:posted|written|published)\s+)?by\s+[^,]{2,80}?(?:\s+on\s+|,\s*)(.+)$/i
/** The date before the names: "Posted 9 April 2026 by Mirela Sandqvist", "18 May 2026 by Jo Lind". */
const DATE_THEN_BY = new RegExp(`^(.{4,${MAX_DATE_BEFORE_BY}}?)\\s+(by\\s+\\S.{1,80})$`, 'i')

// Scrapers glue a dateline's parts together: "August 20, 20257:14 AM GMT+1Updated 3 hours ago".
const GLUED_YEAR_TIME = /\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g
const GLUED_LABEL = /([\d)])((?:last\s+)?updated)\b/gi

/** Spaces between a year and the time glued to it, and before an "Updated" glued to a time. */
const unglue = (line: string): string =>
  line.replace(GLUED_YEAR_TIME, '$1 $2').replace(GLUED_LABEL, '$1 $2')

// Either glue, for a second reading of a line that was not a dateline as written.
const GLUED = /\b(?:19|20)\d{2}\d{1,2}:\d{2}|[\d)](?:last\s+)?updated\b/i

/** More words than any dateline has: a sentence with a number in it, not worth parsing. */
const MAX_DATELINE_WORDS = 20
/** More words than any date written out has. */
const MAX_DATE_WORDS = 12

/** At most `most` words (as the line rules count them). */
const wordsAtMost = (line: string, most: number): boolean => wordCountOf(line, most + 1) <= most

export const parseDateline = (line: string, reference: DateValue | null): Dateline | null => {
  if (line.length > 160 || !/\d/.test(line) || !wordsAtMost(line, MAX_DATELINE_WORDS)) return null
  const trimmed = line.trim()
  const dateline = readDateline(trimmed, reference)
  return dateline ?? (GLUED.test(trimmed) ? readDateline(unglue(trimmed), reference) : null)
}

const readDateline = (trimmed: string, reference: DateValue | null): Dateline | null => {
  if (trimmed.length > 140) return null
  let published: DateValue | null = null
  let updated: DateValue | null = null
  for (const rawPart of trimmed.split(PART_SEPARATOR)) {
    const part = rawPart.trim()
    if (!part) continue
    // "Published Aug 20, 2025 Updated Aug 22, 2025", "Thu 3 Jan 2019 02.00 EST Last
    // modified on Wed 16 Jan 2019 06.16 EST" in one part.
    const pieces = part.split(
      /(?=\b(?:last\s+|first\s+|originally\s+)?(?:updated|modified|published)\b)(?<!\b(?:last|first|originally)\s+)/i
    )
    for (const piece of pieces) {
      const labelMatch = LABEL.exec(piece.trim())
      const body = piece
        .trim()
        .slice(labelMatch ? labelMatch[0].length : 0)
        .replace(/[.,;]$/, '')
      if (!body) continue
      // A date is a few words ("Friday, August 22, 2025 at 2:05 p.m. EDT"); a longer
      // piece is a sentence, not worth parsing (it may still be "by … on <date>").
      const date = wordsAtMost(body, MAX_DATE_WORDS) ? parseDate(body, { reference }) : null
      if (date) {
        if (labelMatch && /updat|modif/i.test(labelMatch[0])) updated ??= date
        else published ??= date
        continue
      }
      // "Posted by Fiona MacLeod on 3 September 2025": the date after the names.
      // Or the date before them, labelled or not ("Monday November 18, 2019 7:45 am PST by
      // Joe Rossignol"), when what follows "by" is a byline: "Issued on 3 June 2026 by the
      // Home Office, the guidance says …" is a sentence.
      const dateThenBy = DATE_THEN_BY.exec(body)
      const byOn =
        BY_ON_DATE.exec(piece.trim()) ??
        (dateThenBy && parseByline(dateThenBy[2] as string) ? dateThenBy : null)
      const byDate = byOn
        ? parseDate((byOn[1] as string).replace(/[.,;]$/, ''), { reference })
        : null
      if (byDate) {
        if (labelMatch && /updat|modif/i.test(labelMatch[0])) updated ??= byDate
        else published ??= byDate
        continue
      }
      if (IGNORABLE_PART.test(piece.trim())) continue
      return null
    }
  }
  if (!published && !updated) return null
  return { published, updated }
}
