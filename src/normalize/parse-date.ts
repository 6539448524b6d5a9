/**
 * @module
 * Dates as publishers write them → RFC 3339 with the precision actually known.
 * Accepts ISO 8601 / RFC 3339, RFC 822/1123 ("Fri, 22 Aug 2025 14:05:00 GMT"),
 * and human forms ("August 22, 2025", "22 Aug 2025 14:05 GMT", "Aug. 20",
 * "2:05 p.m. EDT Aug. 22, 2025"). A date without a time stays a day; a time
 * without a known offset is dropped rather than guessed, because an invented
 * offset would move the instant. A year left out ("Aug. 20") is taken from a
 * reference date when one is given, else the date is refused.
 */
import type { DateValue } from '../schema/index.ts'

export type ParseDateOptions = {
  /** A date known from context (URL path, another field) that supplies a missing year. */
  reference?: DateValue | null
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
}

const WEEKDAYS = new Set([
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
])

/** Zone abbreviations with one unambiguous offset. Ambiguous ones (ET, CT, IST elsewhere) are left out… except IST, read as India, by far its most common use in English news. */
const ZONES: Record<string, string> = {
  z: 'Z',
  gmt: 'Z',
  utc: 'Z',
  ut: 'Z',
  wet: 'Z',
  bst: '+01:00',
  cet: '+01:00',
  wat: '+01:00',
  cest: '+02:00',
  eet: '+02:00',
  sast: '+02:00',
  cat: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  eat: '+03:00',
  ast: '-04:00',
  gst: '+04:00',
  pkt: '+05:00',
  ist: '+05:30',
  npt: '+05:45',
  ict: '+07:00',
  wib: '+07:00',
  hkt: '+08:00',
  sgt: '+08:00',
  pht: '+08:00',
  awst: '+08:00',
  jst: '+09:00',
  kst: '+09:00',
  aest: '+10:00',
  aedt: '+11:00',
  nzst: '+12:00',
  nzdt: '+13:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  akst: '-09:00',
  akdt: '-08:00',
  hst: '-10:00',
}

// US zone names without daylight-saving information: the day is kept, the time is not.
const AMBIGUOUS_ZONES = new Set(['et', 'ct', 'mt', 'pt', 'local'])

// Words that may surround a date in a dateline without changing it.
const FILLER = new Set([
  'on',
  'at',
  'the',
  'of',
  'de',
  'le',
  'am',
  'um',
  'published',
  'updated',
  'posted',
  'modified',
  'last',
  'first',
  'date',
  'time',
  'h',
])

// The zone may be an offset or a word ("2025-08-22 14:05:00 UTC"); a word with no known offset keeps the day.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})?)?$/i

const pad = (n: number): string => String(n).padStart(2, '0')

const daysIn = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The years a news date is read in; a year outside them is a typo or a placeholder. */
export const FIRST_YEAR = 1900
export const LAST_YEAR = 2200

const validDay = (y: number, m: number, d: number): boolean =>
  y >= FIRST_YEAR && y <= LAST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)

const normalizeOffset = (zone: string): string | null => {
  const lower = zone.toLowerCase()
  if (ZONES[lower]) return ZONES[lower]
  const m = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone)
  if (!m) return null
  const hours = Number(m[2])
  const minutes = Number(m[3] ?? 0)
  if (hours > 14 || minutes > 59) return null
  if (hours === 0 && minutes === 0) return 'Z'
  return `${m[1]}${pad(hours)}:${pad(minutes)}`
}

const build = (
  y: number,
  m: number,
  d: number,
  time: { h: number; min: number; s: number | null } | null,
  offset: string | null
): DateValue | null => {
  if (!validDay(y, m, d)) return null
  const day = `${y}-${pad(m)}-${pad(d)}`
  if (!time || offset === null) return { value: day, precision: 'day' }
  if (time.h > 23 || time.min > 59 || (time.s !== null && time.s > 59)) return null
  return {
    value: `${day}T${pad(time.h)}:${pad(time.min)}:${pad(time.s ?? 0)}${offset}`,
    precision: time.s === null ? 'minute' : 'second',
  }
}

/** Parses a date string; null when it is not a date this parser is sure of. */
export const parseDate = (input: string, options: ParseDateOptions = {}): DateValue | null => {
  const text = input.trim()
  if (text.length === 0 || text.length > 80) return null
  const iso = ISO.exec(text)
  if (iso) {
    const time = iso[4]
      ? { h: Number(iso[4]), min: Number(iso[5]), s: iso[6] ? Number(iso[6]) : null }
      : null
    return build(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      time,
      iso[7] ? normalizeOffset(iso[7]) : null
    )
  }
  return parseWords(text, options.reference ?? null)
}

type Parts = {
  year: number | null
  month: number | null
  day: number | null
  time: { h: number; min: number; s: number | null } | null
  offset: string | null
}

const TOKEN =
  /[+-]\d{2}:?\d{2}\b|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|[ap]\.?m\.?(?![a-z])|\d+(?:st|nd|rd|th)?|[\p{L}]+\.?|[+-]\d+/giu

/** A numeric date among a time's words ("5:45 AM PST 11/19/2019", "2019-11-19 5:45 PM EST"). */
const NUMERIC_DATE_INSIDE =
  /(?<![\d/.-])(?:\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}([/.-])\d{1,2}\2\d{1,2})(?![\d/-]|\.\d)/

/** Month names by number, to write a numeric date back in words. */
const MONTH_NAMES = [
  '',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** The token-by-token parser for everything that is not ISO 8601. */
const parseWords = (input: string, reference: DateValue | null): DateValue | null => {
  const numeric = parseNumericDate(input)
  if (numeric !== undefined) return numeric
  // "Nov 18, 2019 @ 5:19 PM": an at sign for "at".
  let text = input.includes('@') ? input.replace(/\s*@\s*(?=\d)/g, ' at ') : input
  const inside = NUMERIC_DATE_INSIDE.exec(text)
  if (inside) {
    // The date in words, so the rest is read as any date's time and zone are.
    const date = parseNumericDate(inside[0])
    if (!date) return null
    const [year, month, day] = date.value.split('-').map(Number) as [number, number, number]
    text = text.replace(inside[0], ` ${MONTH_NAMES[month]} ${day} ${year} `)
  }
  const parts: Parts = { year: null, month: null, day: null, time: null, offset: null }
  // Characters that are neither tokens nor separators mean this is not just a date.
  if (/[^\p{L}\p{N}\s,.:+\-/|()'’]/u.test(text)) return null
  const tokens = text.match(TOKEN) ?? []
  const loose: number[] = []
  let ambiguousZone = false
  // Whether the time was written as a clock ("17:19"), not as an hour ("3 p.m.").
  let clock = false
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i] as string
    const token = raw.toLowerCase()
    const word = token.replace(/\.$/, '')
    if (/^[+-]\d{2}:?\d{2}$/.test(token)) {
      parts.offset = normalizeOffset(token)
      continue
    }
    if (/^\d{1,2}[:.]\d{2}([:.]\d{2})?$/.test(token)) {
      const [h, min, s] = token.split(/[:.]/).map(Number) as [number, number, number | undefined]
      parts.time = { h, min, s: s ?? null }
      clock = true
      continue
    }
    if (/^[ap]\.?m\.?$/.test(token)) {
      // "3 p.m.": an hour without minutes, just read as a loose number.
      const hour = /^\d{1,2}$/.test(tokens[i - 1] ?? '') ? Number(tokens[i - 1]) : null
      if (!parts.time && hour !== null && hour === loose.at(-1)) {
        loose.pop()
        parts.time = { h: hour, min: 0, s: null }
      }
      // German "am 22. August": "on the", not a.m.
      if (!parts.time && token === 'am') continue
      // "17:19 PM": a 24-hour clock with a needless mark.
      if (clock && parts.time && parts.time.h > 12 && parts.time.h < 24 && token.startsWith('p'))
        continue
      if (!parts.time || parts.time.h > 12 || parts.time.h === 0) return null
      if (token.startsWith('p') && parts.time.h < 12) parts.time.h += 12
      if (token.startsWith('a') && parts.time.h === 12) parts.time.h = 0
      continue
    }
    if (MONTHS[word] !== undefined) {
      if (parts.month !== null) return null
      parts.month = MONTHS[word] as number
      continue
    }
    if (WEEKDAYS.has(word) || FILLER.has(word)) continue
    if (/^(gmt|utc)$/i.test(word) && /^[+-]\d+/.test(tokens[i + 1] ?? '')) {
      parts.offset = normalizeOffset(`${word}${tokens[i + 1]}`)
      i++
      continue
    }
    if (AMBIGUOUS_ZONES.has(word)) {
      parts.offset = null
      ambiguousZone = true
      continue
    }
    if (ZONES[word] !== undefined) {
      parts.offset = ZONES[word] as string
      continue
    }
    const num = /^(\d+)(st|nd|rd|th)?$/.exec(token)
    if (num) {
      const digits = num[1] as string
      if (digits.length === 4) {
        if (parts.year !== null) return null
        parts.year = Number(digits)
      } else if (digits.length <= 2) loose.push(Number(digits))
      else return null
      continue
    }
    // Any other word: this text is not only a date.
    return null
  }
  if (parts.month === null) return null
  // A loose number is the day; a second one is a two-digit year (RFC 822 "22 Aug 25").
  if (loose.length > 2) return null
  parts.day = loose[0] ?? null
  if (loose.length === 2 && parts.year === null) parts.year = 2000 + (loose[1] as number)
  else if (loose.length === 2) return null
  if (parts.day === null) return null
  if (parts.year === null) {
    parts.year = inferYear(parts.month, parts.day, reference)
    if (parts.year === null) return null
  }
  const offset = parts.time && !ambiguousZone ? parts.offset : null
  return build(parts.year, parts.month, parts.day, parts.time, offset)
}

/**
 * "2025/08/22", "22.08.2025", "22/08/2025", "08/22/2025". Day-first and
 * month-first are told apart only when one part is over 12; otherwise the date
 * is ambiguous and refused. Undefined when the text is not of this shape.
 */
const parseNumericDate = (text: string): DateValue | null | undefined => {
  const ymd = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(text)
  if (ymd) return build(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]), null, null)
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text)
  if (!dmy) return undefined
  const a = Number(dmy[1])
  const b = Number(dmy[3])
  const year = Number(dmy[4])
  // Dots are the European day-first convention.
  if (dmy[2] === '.' || a > 12) return build(year, b, a, null, null)
  if (b > 12) return build(year, a, b, null, null)
  return null
}

/**
 * The year for a date written without one: the reference's year, or the year
 * before when that would put the date more than a month after the reference
 * (an "Aug. 20" mentioned in a January article is last August).
 */
const inferYear = (month: number, day: number, reference: DateValue | null): number | null => {
  if (!reference) return null
  const refYear = Number(reference.value.slice(0, 4))
  const ref = Date.UTC(
    refYear,
    Number(reference.value.slice(5, 7)) - 1,
    Number(reference.value.slice(8, 10))
  )
  const candidate = Date.UTC(refYear, month - 1, day)
  return candidate - ref > 31 * 86_400_000 ? refYear - 1 : refYear
}

/** Orders two dates by instant; day-precision dates count as their start in UTC. */
export const dateInstant = (date: DateValue): number =>
  Date.parse(date.precision === 'day' ? `${date.value}T00:00:00Z` : date.value)

/** A date found in a URL path: /2025/08/20/ or /2025-08-20- . Day precision. */
export const dateFromUrlPath = (url: string): DateValue | null => {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(path)
  if (!m) return null
  return build(Number(m[1]), Number(m[2]), Number(m[3]), null, null)
}
