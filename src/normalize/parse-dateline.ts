/**
 * @module
 * Datelines: lines that only state when the article was published or updated
 * ("Published: August 22, 2025 14:05 IST", "Updated Aug 22, 2025 | 5 min
 * read", "By Jane Doe | 22 Aug 2025"). They become `published`/`updated` and
 * leave the body. A line with any other words is not a dateline.
 */
import type { DateValue } from '../schema/index.ts'
import { parseDate } from './parse-date.ts'

export type Dateline = { published: DateValue | null; updated: DateValue | null }

const LABEL =
  /^(?:(?:first\s+|originally\s+)?published|last\s+updated|updated|last\s+modified|modified|posted|date|released|issued|created)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/i
const PART_SEPARATOR = /\s+[|•·]\s+|\s*[|•·]\s*/
const IGNORABLE_PART =
  /^(?:\d+\s*(?:min|mins|minute|minutes)\s+(?:read|listen)|by\s+.+|\d+\s+comments?|share|edited by .+)$/i

export const parseDateline = (line: string, reference: DateValue | null): Dateline | null => {
  const trimmed = line.trim()
  if (trimmed.length > 140 || !/\d/.test(trimmed)) return null
  let published: DateValue | null = null
  let updated: DateValue | null = null
  for (const rawPart of trimmed.split(PART_SEPARATOR)) {
    const part = rawPart.trim()
    if (!part) continue
    // "Published Aug 20, 2025 Updated Aug 22, 2025" in one part.
    const pieces = part.split(/(?=\b(?:last\s+)?updated\b)/i)
    for (const piece of pieces) {
      const labelMatch = LABEL.exec(piece.trim())
      const body = piece
        .trim()
        .slice(labelMatch ? labelMatch[0].length : 0)
        .replace(/[.,;]$/, '')
      if (!body) continue
      const date = parseDate(body, { reference })
      if (date) {
        if (labelMatch && /updat|modif/i.test(labelMatch[0])) updated ??= date
        else published ??= date
        continue
      }
      if (IGNORABLE_PART.test(piece.trim())) continue
      return null
    }
  }
  if (!published && !updated) return null
  return { published, updated }
}
