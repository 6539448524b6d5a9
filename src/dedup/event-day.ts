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
    const day = dayOfMention(m, publishedDay)
    if (day === null || day > publishedDay || publishedDay - day > EVENT_DAY_MAX_DAYS_BACK) continue
    return day
  }
  return null
}

/** The day number a MENTION match names, read back from `publishedDay` (a weekday is the last one on or before it). */
const dayOfMention = (m: RegExpExecArray, publishedDay: number): number | null => {
  if (m[1])
    return publishedDay - ((weekdayOf(publishedDay) - WEEKDAYS.indexOf(m[1].toLowerCase()) + 7) % 7)
  if (m[2]) return publishedDay - (RELATIVE_DAYS[m[2].toLowerCase()] as number)
  const month = m[3] ?? m[6] ?? ''
  // English capitalises a month; in lower case the words are others ("the 5 may
  // leave", "thousands march 3 km", "to mar 2 careers").
  if (!CAPITAL.test(month)) return null
  return dayOfMonthDate(
    MONTH_INDEX.get(month.toLowerCase()) ?? -1,
    Number(m[4] ?? m[5]),
    publishedDay
  )
}
const CAPITAL = /^\p{Lu}/u

/**
 * How far before the event day a sentence may date what it tells and still be
 * read as a recap (`withoutRecaps`): the week of coverage a report looks back on.
 */
export const RECAP_MAX_DAYS_BACK = 6

/** A plan's cue: a sentence with one names a day ahead ("will vote on Friday"), not a recap. */
const PLAN_CUE = /\b(?:will|next|due|scheduled|expected|plans?|until|by)\b/i

/** An earlier stretch of time named without a day. */
const EARLIER_STRETCH =
  /\b(?:last week|earlier this week|earlier this month|last month|last year)\b/i

/** What `isRecap` looks for (MENTION or EARLIER_STRETCH), as one search. */
const MAY_BE_RECAP = new RegExp(`${MENTION.source}|${EARLIER_STRETCH.source}`, 'gi')

/** A mark a quotation can open with (`extractQuotes`). */
const OPENING_MARK = /[“"«»„‘]/

/** Sentence ends: after ".", "!" or "?" and any closing quotation mark. */
const SENTENCE_END = /(?<=[.!?][”"’»]?)\s+/g

/**
 * `text` without its recaps: the sentences past the lead (EVENT_DAY_LEAD_CHARACTERS)
 * that date what they tell 1 to RECAP_MAX_DAYS_BACK days before the event day
 * (`eventDayOf`; a weekday, "yesterday" or a month and date, read back from the
 * publication day) or to "last week", "earlier this week"…, unless they have a
 * plan's cue. Null when it has none, when no quotation opens past the lead (nothing it
 * could change), or when the publication day is unknown.
 * Full-length reports recap the week and re-quote what was said at its earlier
 * events ("On Monday, the minister had said: …"), so a quotation shared with an
 * earlier event's reports is evidence of the earlier event, not of this one.
 * Only quotations are read without recaps (`quotedTextOf`). Pre-registered and
 * tested on four blind weeks of full-length reports (docs/dedup.md §3).
 */
export const withoutRecaps = (text: string, publishedDay: number | null): string | null => {
  if (publishedDay === null || !OPENING_MARK.test(text.slice(EVENT_DAY_LEAD_CHARACTERS)))
    return null
  // A recap names a day or an earlier stretch past the lead: without one, no sentence is read.
  MAY_BE_RECAP.lastIndex = EVENT_DAY_LEAD_CHARACTERS
  if (!MAY_BE_RECAP.test(text)) return null
  const eventDay = eventDayOf(text, publishedDay) ?? publishedDay
  const kept: string[] = []
  let recaps = 0
  let start = 0
  SENTENCE_END.lastIndex = 0
  for (;;) {
    const end = SENTENCE_END.exec(text)
    const sentence = text.slice(start, end?.index ?? text.length)
    if (
      start >= EVENT_DAY_LEAD_CHARACTERS &&
      !PLAN_CUE.test(sentence) &&
      isRecap(sentence, publishedDay, eventDay)
    )
      recaps++
    else kept.push(sentence)
    if (end === null) break
    start = end.index + end[0].length
  }
  return recaps === 0 ? null : kept.join(' ')
}

/** True when `sentence` dates what it tells 1 to RECAP_MAX_DAYS_BACK days before `eventDay`. */
const isRecap = (sentence: string, publishedDay: number, eventDay: number): boolean => {
  if (EARLIER_STRETCH.test(sentence)) return true
  MENTION.lastIndex = 0
  for (let m = MENTION.exec(sentence); m !== null; m = MENTION.exec(sentence)) {
    const day = dayOfMention(m, publishedDay)
    if (day !== null && eventDay - day >= 1 && eventDay - day <= RECAP_MAX_DAYS_BACK) return true
  }
  return false
}

/**
 * Parts of the day, as bits: a lead's words name a set of them ("night" is
 * the evening or the small hours).
 */
export const SMALL_HOURS = 1
export const MORNING = 2
export const AFTERNOON = 4
export const EVENING = 8

const WEEKDAY = WEEKDAYS.join('|')

/**
 * A part of the day named in words ("on Tuesday evening", "at midday", "last
 * night", "before dawn", "late on Monday") or by the clock ("at 14:30",
 * "shortly after 9am"). Not the words in other senses: "the dawn of", "evening
 * out", "late on its payments", "the overnight rate", a "night shift" or
 * "night patrols" ("night" counts only after a weekday, "last", "that", "at",
 * "during the" or "in the"); not a race time or a verse ("2:01:09", "3:16:2"),
 * a price per month ("£9.99pm") or an hour past 12 with am or pm.
 */
const PART_OF_DAY = new RegExp(
  [
    String.raw`\b(?:(overnight(?! (?:rates?|lending|repo|index)\b)|early hours|small hours|before dawn|pre-dawn|dawn(?! of\b)|daybreak)`,
    '(morning)',
    '(afternoon|midday|noon|lunchtime)',
    String.raw`(evening(?! out\b)|tonight|late (?:on )?(?:${WEEKDAY}))`,
    String.raw`((?:(?:${WEEKDAY}|last|that|at|during the|in the) )night(?! (?:shifts?|patrols?|buses|bus|trains?|flights?|workers?|staff|market|life|club|clubs)\b)|midnight))\b`,
    String.raw`(?<![\p{Sc}\d.,])\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))? ?([ap])\.?m\b\.?`,
    String.raw`(?<![\d:.])\b([01]?\d|2[0-3]):([0-5]\d)\b(?![:.]\d)`,
  ].join('|'),
  'giu'
)

/**
 * A word or clock time every PART_OF_DAY match contains ("night" is in
 * "overnight", "tonight" and "midnight", "noon" in "afternoon"): a lead without one
 * skips PART_OF_DAY's search, which costs seven times this test (its
 * case-insensitive Unicode alternation cannot skip ahead by first letter).
 * 31% of the hand-written weeks' leads skip it, 97% of the synthetic corpus's.
 */
const MAY_NAME_PART_OF_DAY =
  /dawn|hours|daybreak|morning|noon|midday|lunchtime|evening|late |night|\d ?[ap]\.?m|\d[:.]\d/iu

/**
 * Just before a mention, what makes it the start or end of a plan rather than
 * the time of the event: "from midnight", "until Sunday night", "from Tuesday
 * evening", "from 9 to 11pm".
 */
const PLAN_BOUND = new RegExp(
  String.raw`\b(?:from|until|till)\s+(?:(?:${WEEKDAY})\s+|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s+)?to\s+)?$`,
  'iu'
)

/** A weekday starting a mention ("Sunday night"): its capital is the weekday's. */
const WEEKDAY_FIRST = new RegExp(String.raw`^(?:${WEEKDAY})\b`, 'i')

/** A capital letter starts a name ("Dawn Butler", "the Evening Standard") unless it starts a sentence. */
const SENTENCE_START = /(?:^|[.!?:;"“”]\s+|\n\s*)$/u

/**
 * What each group of words of PART_OF_DAY names. The small hours run into the
 * morning: a report of an overnight landslide and one of "this morning's"
 * rescue are as often one story as two; a morning and the night are not.
 */
const PARTS_NAMED = [
  SMALL_HOURS | MORNING,
  MORNING,
  AFTERNOON,
  EVENING,
  EVENING | SMALL_HOURS,
] as const

/** The parts of the day an hour of the clock (0–23) falls in. */
export const partsOfHour = (hour: number): number =>
  hour < 5 ? SMALL_HOURS | MORNING : hour < 12 ? MORNING : hour < 17 ? AFTERNOON : EVENING

/**
 * The parts of the day (bits SMALL_HOURS, MORNING, AFTERNOON, EVENING) the
 * lead (`leadWindowOf`) first names, skipping the start or end of a plan
 * (`PLAN_BOUND`) and capitalised words inside a sentence, which are names; 0
 * when it names none. Leads place their event in its day ("announced on Tuesday
 * evening", "at 07:40") as they date it. Over the hand-written weeks, two
 * reports of one day whose leads name parts that do not overlap are one story
 * 11% of the time, against 54% when the parts overlap and 30% when either
 * names none: mostly they are two events of the day (the morning's leak, the
 * evening's resignation).
 */
export const partsOfDayOf = (text: string): number => {
  const lead = leadWindowOf(text)
  if (!MAY_NAME_PART_OF_DAY.test(lead)) return 0
  PART_OF_DAY.lastIndex = 0
  for (let m = PART_OF_DAY.exec(lead); m !== null; m = PART_OF_DAY.exec(lead)) {
    const before = lead.slice(Math.max(0, m.index - 40), m.index)
    if (PLAN_BOUND.test(before)) continue
    const capitalised = /^\p{Lu}/u.test(m[0]) && !WEEKDAY_FIRST.test(m[0])
    if (capitalised && !SENTENCE_START.test(before)) continue
    for (let group = 1; group <= PARTS_NAMED.length; group++)
      if (m[group]) return PARTS_NAMED[group - 1] as number
    const meridiem = m[8]?.toLowerCase()
    if (meridiem) return partsOfHour((Number(m[6]) % 12) + (meridiem === 'p' ? 12 : 0))
    return partsOfHour(Number(m[9]))
  }
  return 0
}

/**
 * The lead of a text as the date, the parts of the day and the stance are
 * read from it: its first EVENT_DAY_LEAD_CHARACTERS, to the end of the word
 * there, so that "7:30pm" is not cut to "7:30".
 */
export const leadWindowOf = (text: string): string => {
  const end = /\s/.exec(text.slice(EVENT_DAY_LEAD_CHARACTERS))
  return end === null ? text : text.slice(0, EVENT_DAY_LEAD_CHARACTERS + end.index)
}
