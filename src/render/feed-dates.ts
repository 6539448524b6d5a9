/**
 * @module
 * DateValue → Date for the formats. RSS, Atom and JSON Feed all require a time
 * of day; a day-precision date is written as 00:00:00 UTC of that day (its
 * precision stays visible in the `_edgewire` extension), never as "now".
 */
import type { DateValue } from '../schema/index.ts'

export const toDate = (date: DateValue): Date =>
  new Date(date.precision === 'day' ? `${date.value}T00:00:00Z` : date.value)

const UTC_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ)?$/

/** Day 29–31 exists only in some months; `Date` would roll it into the next month. */
const dayExists = (value: string): boolean => {
  const day = Number(value.slice(8, 10))
  if (day <= 28) return true
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  if (month === 2) return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= 30 || ![4, 6, 9, 11].includes(month)
}

/**
 * `toDate(date).toISOString()`, without building a Date when the text is
 * already a UTC date or second-precision UTC time (the usual case: the ISO
 * form is the text plus zeros). Anything else (offsets, fractions, a day
 * `Date` would roll over) goes through `Date`, so the result is the same.
 */
export const isoString = (date: DateValue): string => {
  const value = date.value
  const isDay = date.precision === 'day'
  if ((isDay ? value.length === 10 : value.length === 20) && UTC_DATE_TIME.test(value)) {
    if (dayExists(value)) return isDay ? `${value}T00:00:00.000Z` : `${value.slice(0, 19)}.000Z`
  }
  return toDate(date).toISOString()
}

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

/** The newest publication or update among entries, or null when none is dated. */
export const newestEntryDate = (
  entries: readonly { published: DateValue | null; updated: DateValue | null }[]
): Date | null => latestDate(entries.flatMap((e) => [e.published, e.updated]))

/** When an entry last changed: its update, else its publication. */
export const entryUpdated = (entry: { published: DateValue | null; updated: DateValue | null }) =>
  latestDate([entry.updated, entry.published])
