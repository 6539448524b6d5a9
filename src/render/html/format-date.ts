import type { DateValue } from '../../schema/index.ts'
import { toDate } from '../feed-dates.ts'

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/** A date for people, at the precision it is known: "22 August 2025" or "22 August 2025, 14:05 UTC". */
export const formatDate = (date: DateValue | null): string => {
  if (!date) return 'date unknown'
  const value = toDate(date)
  return date.precision === 'day'
    ? DAY.format(value)
    : `${DAY.format(value)}, ${TIME.format(value)} UTC`
}

/** The machine-readable value for `<time datetime>`. */
export const dateTimeAttribute = (date: DateValue): string => date.value
