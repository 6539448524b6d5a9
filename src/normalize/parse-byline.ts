/**
 * @module
 * Bylines → author names. A byline is a short line that names the writers
 * ("By Chris Summers", "By Anna Lee and Tom Ruiz, Reuters", "Written by: J.
 * Doe"). Sentences that merely begin with "By" ("By Friday, the talks had
 * stalled.") are not bylines, because every part after "By" must look like a
 * personal name, a role or an outlet. People quoted in the text are never
 * authors: only byline lines are read.
 */

import { parseDate } from './parse-date.ts'
import { isWireCredit, withoutWireAfterName } from './wire-agencies.ts'

// A separator left from the box the byline sat in may open it: "/ Updated By Ian Sager".
const BYLINE_PREFIX =
  /^(?:[/|]\s*)?(?:by|written by|words by|story by|reporting by|reported by|report by|posted by|updated by|text by|authors?)\s*:?\s+/i

// What may follow a name in a byline without being a name itself.
// A job title, with up to four words naming the beat in front ("Consumer Reporter",
// "Chief Political Correspondent", "Senior Staff Writer").
const ROLE =
  /^(?:[\p{L}&-]+\s+){0,4}(?:writer|reporter|correspondent|editor|journalist|contributor|columnist|analyst|producer|bureau chief|staff|desk|team|news desk|forecaster|meteorologist|photographer|presenter|commentator|critic)s?(?:-at-large|-in-chief)?$/iu

/** Who a CMS credits when it names no writer ("Posted by admin"). */
const SITE_ACCOUNT = /^(?:admin|administrator|webmaster|web desk|webdesk|newsroom|editorial)$/i

/** Where the writer was ("…, at the Exhibition Hall", "…, in Calder"): not a name. */
const PLACE = /^(?:in|from|at|on)\s+(?:the\s+)?\p{Lu}/u
/** A place in lower case ("…, on the harbour front"): only in a line that ends no sentence. */
const PLACE_IN_LOWER_CASE = /^(?:in|from|at|on)\s+the\s+\p{Ll}/u

/**
 * A byline without "By": names, a comma or a dash, a job title or the outlet
 * ("Rosa Kallin, political correspondent", "Oliver Hennig, VPB political
 * correspondent", "Ilse Korhonen — Policy Editor", "Katrin Moll, Capital
 * Business Review" in that outlet's article).
 */
const NAMES_THEN_ROLE = /^([^,—–]{3,80})(?:,|\s+[—–])\s+([^,]{3,60})$/

/** The longest date before "by" both the byline and the dateline read ("Wednesday, September 17, 2025 10:45 a.m. EDT"). */
export const MAX_DATE_BEFORE_BY = 48
/** A date before "by", labelled or not: "Posted 9 April 2026 by Mirela Sandqvist", "18 May 2026 by Jo Lind". */
const DATED_PREFIX = new RegExp(
  `^(?:(?:posted|published|written)(?:\\s+on)?\\s+)?(.{4,${MAX_DATE_BEFORE_BY}}?)\\s+(?=by\\s)`,
  'i'
)

/** Sections or labels before the byline on one line: "Markets | By Lena Varga | 14 October 2026". */
const LABELLED_PARTS = /\s+[|•·]\s+/

// A date after the names: " on 3 September 2025", " on Aug. 20, 2025 at 5:30 p.m.".
const BYLINE_DATE =
  /\s+(?:on|at)\s+(?=[^,]*\d)(?:[\p{L}]+\.?,?\s+)?(?:\d{1,2}|[\p{L}]+\.?)[\s\d\p{L}.,:]*$/u

/**
 * A byline box's date run on after the names, with no "on" or comma: "By Erin
 * Cunningham March 18 at 3:57 PM", "By JEFFREY GETTLEMAN JAN. 13, 2017",
 * "by Lucas Nolan22 Dec 2016", "By … Updated Jul 24, 2018".
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const RUN_ON_DATE = new RegExp(
  // A month after a space ("Cunningham March 18"), or a day run on after the name
  // ("Nolan22 Dec 2016"); never letters inside a name ("Romar 3", "Decker 10").
  `(?:\\s+(?:updated|published|posted)\\b.*|\\s+${MONTH}\\s+\\d{1,2}\\b.*|\\s*\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4}.*|\\s+\\d{4}-\\d{2}-\\d{2}.*|\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.*)$`,
  'i'
)

/** Where a date may start: a month, a weekday or a figure. */
const DATE_START = new RegExp(
  `^(?:${MONTH}(?![\\p{L}])|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s|\\d)`,
  'iu'
)
/** Between a credit and its date: a dash, a bar, a bullet, a comma. */
const CREDIT_DATE_SEPARATOR = /\s*(?:[|•·,]|\s[-–—])\s*$/
/** The most words a credit before its date has ("Meg Kinnard and Errin Haines, Associated Press"). */
const MAX_CREDIT_WORDS = 9

/**
 * A credit run into its date without "By", as a byline box prints both on one
 * line: "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Reuters November 18,
 * 2019 11:03 PM". The credit and the date as written; null when no word after
 * the first starts a date that reads whole. Writers' names need a separator
 * before the date, an agency does not: "Jane Doe March 5, 2020" is as likely a
 * row of a list. Whether the credit names writers is `parseByline`'s to say.
 */
export const namesBeforeDate = (line: string): { names: string; date: string } | null => {
  if (line.length > 160 || !/\d/.test(line)) return null
  const words = /\s+\S/g
  for (let match = words.exec(line), count = 1; match; match = words.exec(line), count++) {
    if (count > MAX_CREDIT_WORDS) return null
    const at = match.index + match[0].length - 1
    const date = line.slice(at).replace(/[.,;]$/, '')
    if (!DATE_START.test(date)) continue
    const credit = line.slice(0, at).trimEnd()
    const separated = CREDIT_DATE_SEPARATOR.test(credit)
    const names = credit.replace(/[\s|•·,–—-]+$/, '')
    if (!names || /\d/.test(names) || !parseDate(date)) continue
    if (!separated && !isWireCredit(names)) return null
    return { names, date }
  }
  return null
}

/** A social handle after the names ("@ahiza_garcia", "Follow @erinmcunningham"); not an e-mail address. */
const HANDLE = /\s*(?:follow\s+)?@[A-Za-z0-9_]{1,30}(?![\w.@])/gi

const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'du',
  'dos',
  'das',
  'y',
  'st.',
])

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u

/** True when `text` has the shape of a personal name: 2–5 capitalised words, particles allowed. */
export const looksLikePersonName = (text: string): boolean => {
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > 5) return false
  let capitalised = 0
  for (const word of words) {
    if (NAME_WORD.test(word)) capitalised++
    else if (!NAME_PARTICLES.has(word.toLowerCase()) && !/^(?:al|el)-\p{Lu}/u.test(word))
      return false
  }
  return capitalised >= 2
}

/** "CHRIS SUMMERS" → "Chris Summers"; mixed-case names are kept as written. */
const fixCase = (name: string): string =>
  name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)
    ? name
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase())
    : name

export type Byline = { authors: string[] }

const ONE_PROPER_WORD = /^\p{Lu}[\p{L}'’.-]+$/u
const ROLE_IN_BRACKETS = /\s*\(([^()]{2,40})\)$/

/** The outlet after a writer's name: " for the Daily Courier", " FOR THE DAILY COURIER". */
const FOR_OUTLET =
  /\s+(?:for|FOR|For)\s+(?:(?:the|THE|The)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u

/** A place after a writer's name: " in Calder", " from New York". */
const FILED_FROM = /\s+(?:in|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u

/**
 * Reads a byline. `outletNames` are names that may trail it ("…, Reuters").
 * Returns null when the line is not a byline.
 */
export const parseByline = (line: string, outletNames: readonly string[] = []): Byline | null => {
  const stated = line.trim()
  if (stated.length > 160) return null
  const dated = DATED_PREFIX.exec(stated)
  const whole = dated && parseDate(dated[1] as string) ? stated.slice(dated[0].length) : stated
  // A label or two before the byline: the byline is the part from "By" on.
  const parts = whole.split(LABELLED_PARTS)
  const at = parts.findIndex((part) => BYLINE_PREFIX.test(part))
  const trimmed =
    at > 0 && parts.slice(0, at).every((part) => part.split(/\s+/).length <= 3)
      ? parts.slice(at).join(' | ')
      : whole
  const prefix = BYLINE_PREFIX.exec(trimmed)
  if (!prefix) return namesWithRole(trimmed, outletNames)
  // "By X | Updated Aug 22" and "By X - Reuters": only the first part names people.
  let rest = (trimmed.slice(prefix[0].length).split(/\s+[|•·]\s+|\s+[–—-]\s+/)[0] ?? '')
    .replace(/^(?:the\s+)?(?:(?:staff|team|editors?)\s+(?:of|at)\s+)/i, '')
    .replace(/[.;]$/, '')
    // "Gabriel Nistor for the Daily Courier": the outlet the writer filed for is not a name.
    .replace(FOR_OUTLET, '')
    // "Fiona MacLeod on 3 September 2025": the date is not a name.
    .replace(BYLINE_DATE, '')
    .replace(HANDLE, '')
    .replace(RUN_ON_DATE, '')
  if (!rest) return null
  // "Jane Doe, 3 September 2025" / "Jane Doe, Aug. 20, 2025": a trailing date is not a name.
  for (let comma = rest.indexOf(','); comma >= 0; comma = rest.indexOf(',', comma + 1)) {
    if (/\d/.test(rest.slice(comma)) && parseDate(rest.slice(comma + 1).trim())) {
      rest = rest.slice(0, comma)
      break
    }
  }
  const outlets = new Set(outletNames.map((n) => n.toLowerCase()))
  // "Reporting by A; Editing by B": only the reporting part names authors.
  const credited = rest.split(/\s*;\s*/)
  const credits = credited
    .filter(
      (part, i) =>
        i === 0 ||
        !/^(?:additional\s+)?(?:editing|writing|compiled|graphics|research|production|additional reporting)\s+by\b/i.test(
          part
        )
    )
    .join(', ')
  const authors: string[] = []
  // Pieces that name an outlet, agency or desk rather than a person.
  let notPeople = 0
  // A job title whose beat has an "and" ("…, Science and environment reporter") goes
  // before the names are split on "and".
  const lastComma = credits.lastIndexOf(',')
  const titled = lastComma > 0 && ROLE.test(credits.slice(lastComma + 1).trim())
  if (titled) notPeople++
  const authorPart = titled ? credits.slice(0, lastComma) : credits
  // Pieces at even indexes, each after the separator before it.
  const pieces = authorPart.split(/(\s*,\s*|\s+and\s+|\s*&\s*|\s+with\s+)/i)
  for (let at = 0; at < pieces.length; at += 2) {
    // "Greta Holm (volunteer editor)": a job title in brackets is not a name.
    const given = pieces[at] as string
    const bracketed = ROLE_IN_BRACKETS.exec(given)
    const roleInBrackets = bracketed !== null && ROLE.test(bracketed[1] as string)
    if (roleInBrackets) notPeople++
    const part = roleInBrackets ? given.slice(0, bracketed.index) : given
    const whole = part
      .replace(/^\(|\)$/g, '')
      .trim()
      // "…, and Ann Wu": a serial comma.
      .replace(/^and\s+/i, '')
      // "Elise Brandvold in Calder": where the writer filed from is not a name.
      .replace(FILED_FROM, '')
    // "JOHN SMITH Associated Press": the agency after a name.
    const withoutAgency = withoutWireAfterName(whole)
    const piece = looksLikePersonName(withoutAgency) ? withoutAgency : whole
    if (!piece) continue
    // "The Washington Post", "The Editorial Board": people are not named "The …".
    if (/^The\s+\p{Lu}/u.test(piece)) {
      notPeople++
      continue
    }
    if (
      ROLE.test(piece) ||
      outlets.has(piece.toLowerCase()) ||
      PLACE.test(piece) ||
      (PLACE_IN_LOWER_CASE.test(piece) && !/[.!?]$/.test(stated)) ||
      SITE_ACCOUNT.test(piece)
    ) {
      notPeople++
      continue
    }
    if (isWireCredit(piece)) {
      notPeople++
      continue
    }
    // The last piece, after a name and a comma, may say where the writer was or what they
    // do: one capitalised word ("…, Varnes", "…, Investigations") or up to three words in
    // lower case ("…, restructuring lawyer"); not in a sentence ("By Christmas Eve, the
    // council had run out of grit.").
    if (
      authors.length > 0 &&
      at === pieces.length - 1 &&
      (pieces[at - 1] as string).includes(',') &&
      !/[.!?]$/.test(stated) &&
      (ONE_PROPER_WORD.test(piece) || (/^\p{Ll}/u.test(piece) && piece.split(/\s+/).length <= 3))
    ) {
      notPeople++
      continue
    }
    if (!looksLikePersonName(piece)) {
      // A single capitalised word right after "By" is a name only when all-caps or when
      // other names follow; otherwise the line is prose.
      return null
    }
    authors.push(fixCase(piece))
  }
  // "By The Associated Press", "By The Editorial Board": a byline that names no person;
  // "Posted by admin" is one whatever its case.
  if (
    authors.length === 0 &&
    notPeople > 0 &&
    (/^\p{Lu}/u.test(rest) || /^posted/i.test(prefix[0]))
  )
    return { authors }
  return authors.length > 0 ? { authors } : null
}

/**
 * "Rosa Kallin, political correspondent": every name a person's, then a job
 * title or the outlet. Not a wire: "Jacquelyn Martin, Associated Press" credits
 * a photo as often as a story.
 */
const namesWithRole = (line: string, outletNames: readonly string[]): Byline | null => {
  const match = NAMES_THEN_ROLE.exec(line.replace(/[.;]$/, ''))
  const after = (match?.[2] ?? '').trim().toLowerCase()
  const outlet = (name: string) => name.toLowerCase().replace(/^the /, '')
  if (!match || !(ROLE.test(after) || outletNames.some((name) => outlet(name) === outlet(after))))
    return null
  const names = (match[1] as string).split(/\s+and\s+|\s*&\s*/)
  return names.every(looksLikePersonName) ? { authors: names.map(fixCase) } : null
}

/**
 * A word or two before "by" in a credit: a kicker or a byline's own lead
 * ("Analysis by Chris Cillizza", "Guest essay by …", "Review by …", "Story by …").
 */
const LEAD_BEFORE_BY = /^\p{L}+(?: \p{L}+)? (?=by )/iu

/**
 * Degrees after a name ("Ilana Muhlstein, MS, RDN", "John Roe, PhD"), spelled
 * out: "DOE, JANE" is a name, and "Jr." tells a son from his father.
 */
const CREDENTIALS =
  /(?:,\s*(?:Ph\.?\s?D|M\.?[DSA]|MBA|MPH|MSc|BSc|J\.?D|R\.?N|RDN?|DDS|CPA|CFA|LCSW|Esq)\.?){1,4}$/

/** Longer than a byline: a page's author field holding something else (or an attack). */
const MAX_CREDIT_CHARS = 160

/**
 * The names in an author value as metadata states it. A byline as written ("By TOM
 * KRISHER, AP Auto Writer", "Analysis by Chris Cillizza, CNN Editor-at-large", "Amy
 * Kuperinsky | NJ Advance Media for NJ.com", "Jane Doe, Staff Writer") gives its names.
 * An agency or a desk that names no person ("Reuters", "Newsroom") is the credit, kept
 * whole, and so is any other string but for semicolons and "and": "Doe, Jane" is one name.
 */
export const authorNamesOf = (value: string): string[] => {
  // Spaces collapsed first: the split below backtracked over a long run of them.
  let credit = value.replace(/\s+/g, ' ').trim()
  if (credit.length <= MAX_CREDIT_CHARS) {
    // The byline is from "by" on; a bare credit is read as if "By" led it.
    credit = credit.replace(LEAD_BEFORE_BY, '').replace(CREDENTIALS, '')
    const byline = parseByline(/^by /i.test(credit) ? credit : `By ${credit}`)?.authors ?? []
    if (byline.length) return byline
    credit = credit.replace(/^by /i, '')
  }
  return credit.split(/ ?; ?| and /).filter((name) => name.trim() !== '')
}
