/**
 * @module
 * DateValue → Date for the formats. RSS, Atom and JSON Feed all require a time
 * of day; a day-precision date is written as 00:00:00 UTC of that day (its
 * precision stays visible in the `_edgewire` extension), never as "now".
 */
import type { DateValue } from '../schema/index.ts'

export const toDate = (date: DateValue): Date =>
  new Date(date.precision === 'day' ? `${date.value}T00:00:00Z` : date.value)

/** Feeds and entries with no known date at all are dated to the epoch, deterministically. */
export const UNKNOWN_DATE = new Date(0)

/** The latest of the given dates, or null when none is known. */
export const latestDate = (dates: readonly (DateValue | null)[]): Date | null => {
  let latest: Date | null = null
  for (const date of dates) {
    if (!date) continue
    const value = toDate(date)
    if (!latest || value > latest) latest = value
  }
  return latest
}

/** When an entry last changed: its update, else its publication. */
export const entryUpdated = (entry: { published: DateValue | null; updated: DateValue | null }) =>
  latestDate([entry.updated, entry.published])
