/**
 * @module
 * The calendar day an article's event happened on, read from its lead. News
 * dates its event relative to publication ("told reporters on Wednesday",
 * "late on Tuesday", "yesterday", "VELMORA, March 9 (KPA) -"): a write-up of
 * Thursday night's arrests filed on Friday names Thursday. Compared by
 * publication date, it is a day from Thursday's reports of the arrests and on
 * the day of Friday's court hearing; compared by event day, the other way round.
 * The lead is the best evidence of which day's event an article reports,
 * above all when a capture carries only its publication date.
 */

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** Month names and their usual abbreviations ("Oct 7", "Sept. 3"), by month index. */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
]
const MONTH_INDEX = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i] as const)))
const MONTH_NAMES = MONTHS.flat().join('|')

/**
 * How much of the text the lead is read from: the dateline and first sentence
 * or two. Over the hand-written weeks 300–400 did best; 200 misses leads with
 * long datelines, and 600 or more reads background days.
 */
export const EVENT_DAY_LEAD_CHARACTERS = 400

/**
 * The publication day and the day before only. A weekday further back is as
 * often background (the week's earlier events) or a plan ("on Friday" in
 * Sunday's paper) as the event's day: allowing two or three days back merged
 * more hard negatives over the hand-written weeks (docs/dedup.md §3).
 */
export const EVENT_DAY_MAX_DAYS_BACK = 1

/** Days before publication that relative words name. */
const RELATIVE_DAYS: Record<string, number> = {
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  yesterday: 1,
  'last night': 1,
}

/** A weekday, a relative day, or a month and date either way round ("Oct. 7", "7 October"). */
const MENTION = new RegExp(
  `\\b(?:(${WEEKDAYS.join('|')})|(${Object.keys(RELATIVE_DAYS).join('|')})|(${MONTH_NAMES})\\.? (\\d{1,2})\\b|(\\d{1,2}) (${MONTH_NAMES})\\b)`,
  'gi'
)

/** Weekday index, Monday = 0, of a day number (days since 1970-01-01, a Thursday). */
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7

/** The day number of `month` (0–11) and `date` in the year that puts it nearest `publishedDay`. */
const dayOfMonthDate = (month: number, date: number, publishedDay: number): number | null => {
  if (month < 0 || date < 1 || date > 31) return null
  const year = new Date(publishedDay * 86_400_000).getUTCFullYear()
  let best: number | null = null
  for (const y of [year - 1, year, year + 1]) {
    const ms = Date.UTC(y, month, date)
    if (new Date(ms).getUTCDate() !== date) continue
    const day = Math.round(ms / 86_400_000)
    if (best === null || Math.abs(publishedDay - day) < Math.abs(publishedDay - best)) best = day
  }
  return best
}

/**
 * The first day the lead (the first EVENT_DAY_LEAD_CHARACTERS of `text`) names
 * that is `publishedDay` or at most EVENT_DAY_MAX_DAYS_BACK before it, as a
 * day number (days since 1970-01-01); null when it names none or the
 * publication day is unknown. The first such day, because leads state their
 * event before any background: "hospitals said on Tuesday", then "the syrup
 * recalled on Monday".
 */
export const eventDayOf = (text: string, publishedDay: number | null): number | null => {
  if (publishedDay === null) return null
  const lead = text.slice(0, EVENT_DAY_LEAD_CHARACTERS)
  MENTION.lastIndex = 0
  for (let m = MENTION.exec(lead); m !== null; m = MENTION.exec(lead)) {
    let back: number | null = null
    if (m[1]) {
      back = (weekdayOf(publishedDay) - WEEKDAYS.indexOf(m[1].toLowerCase()) + 7) % 7
    } else if (m[2]) {
      back = RELATIVE_DAYS[m[2].toLowerCase()] ?? null
    } else {
      const month = MONTH_INDEX.get((m[3] ?? m[6] ?? '').toLowerCase()) ?? -1
      const day = dayOfMonthDate(month, Number(m[4] ?? m[5]), publishedDay)
      back = day === null ? null : publishedDay - day
    }
    if (back === null || back < 0 || back > EVENT_DAY_MAX_DAYS_BACK) continue
    return publishedDay - back
  }
  return null
}
