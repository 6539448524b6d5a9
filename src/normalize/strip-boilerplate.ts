/**
 * @module
 * Splits captured body lines into story paragraphs and dropped furniture.
 * Passes, all linear in the number of lines:
 *  1. every line is checked by the line rules (classify-line.ts); bylines and
 *     datelines are read into metadata as they are dropped;
 *  2. what stands below the story (post navigation, a comment thread) goes,
 *     and a closing block is found: from the first strong furniture line near the
 *     end, everything that follows is dropped when all of it is furniture or
 *     reader-directed appeal (the body of a donation box, payment buttons, tag
 *     lists), so appeals go as a whole without listing their sentences;
 *  3. the headline is taken from the head of the text (see find-headline.ts).
 */
import type { DateValue, RemovedLine } from '../schema/index.ts'
import {
  CLOSERS,
  ENDS_IN_ABBREVIATION,
  edgeReason,
  endsWithMark,
  furnitureReason,
  hasLabelForm,
  isAppealLike,
  isListLabel,
  isPostNavigation,
  isSectionName,
  type LineContext,
  labelForm,
  lowerOutletNames,
  namesMatcher,
  opensAppeal,
  outsideQuotes,
  REASONS,
  type Reason,
  SENTENCE_MARKS,
  UNSPACED_SENTENCE_MARKS,
  withoutCreditTag,
  wordCountOf,
  wordsInAnyScript,
} from './classify-line.ts'
import { looksLikePersonName, namesBeforeDate, parseByline } from './parse-byline.ts'
import { dateInstant, parseDate } from './parse-date.ts'
import { parseDateline } from './parse-dateline.ts'
import { splitSentences } from './split-sentences.ts'

export type StripOptions = {
  /** Names, aliases and signatures of the outlet, when known: self-references are furniture. */
  outletNames?: readonly string[]
  /** Lines the outlet prints everywhere (registry), compared in label form. */
  knownBoilerplate?: ReadonlySet<string>
  /** A date known from context, for datelines written without a year. */
  referenceDate?: DateValue | null
  /** Writers known from metadata or the page (a byline in the text adds its own). */
  authorNames?: readonly string[]
  /**
   * The lines are captured text (a scrape, a page's text), not blocks an HTML
   * extractor chose: the story is looked for among a whole page's lines (see
   * `markOutsideMainText`), and lines of bare numbers are a chart's labels, not
   * a table's cells.
   */
  capturedText?: boolean
  /** The headline is known apart from the lines (a page's `<h1>`, a stated title). */
  headlineApart?: boolean
}

export type StrippedText = {
  paragraphs: string[]
  removed: RemovedLine[]
  authors: string[]
  published: DateValue | null
  updated: DateValue | null
  /**
   * A whole page's text only (`wholePage`): the story's own headline as its
   * head shows it, a kept headline-shaped line with its byline or dateline
   * under it, above the story's first paragraphs and no card of a list; null
   * when none.
   */
  head: string | null
  /** The capture is a whole page's text: a page's menus stand above the story (`shortLinesAboveProse`). */
  wholePage: boolean
  /** Per-line verdicts before the closing block, reused by `restripBoilerplate`. */
  readonly lineVerdicts: readonly Verdict[]
}

/** How many lines from each end count as "near the edge", where furniture gathers. */
const EDGE_LINES = 4

type Verdict = {
  line: string
  reason: Reason | null
  strong: boolean
  /** Names a byline line gave, dates a byline or dateline line gave. */
  authors?: readonly string[]
  published?: DateValue | null
  updated?: DateValue | null
  /** `wordsInAnyScript(line, COUNTED_WORDS)`, once a rule asks (`wordsOf`). */
  words?: number
}

type Prepared = {
  capturedText: boolean
  headlineApart: boolean
  outletNames: readonly string[]
  lowerNames: readonly string[]
  known: ReadonlySet<string>
  reference: DateValue | null
  authorNames: readonly string[]
}

const prepare = (options: StripOptions): Prepared => {
  const outletNames = options.outletNames ?? []
  return {
    capturedText: options.capturedText ?? false,
    headlineApart: options.headlineApart ?? false,
    outletNames,
    lowerNames: lowerOutletNames(outletNames),
    known: options.knownBoilerplate ?? new Set<string>(),
    reference: options.referenceDate ?? null,
    authorNames: options.authorNames ?? [],
  }
}

/** The verdict on one line, from the line rules alone (the closing block comes later). */
const judgeLine = (line: string, index: number, count: number, p: Prepared): Verdict => {
  if (p.known.size > 0 && p.known.has(labelForm(line)))
    return { line, reason: REASONS.registry, strong: true }
  const byline = parseByline(line, p.outletNames)
  if (byline) {
    const dated = parseDateline(line, p.reference)
    return {
      line,
      reason: REASONS.byline,
      strong: true,
      authors: byline.authors,
      published: dated?.published ?? null,
      updated: dated?.updated ?? null,
    }
  }
  const dateline = parseDateline(line, p.reference)
  if (dateline)
    return {
      line,
      reason: REASONS.dateline,
      strong: true,
      published: dateline.published,
      updated: dateline.updated,
    }
  const context: LineContext = {
    outletNames: p.outletNames,
    outletNamesLower: p.lowerNames,
    nearEdge: index < EDGE_LINES || index >= count - EDGE_LINES,
    capturedText: p.capturedText,
  }
  const reason = furnitureReason(line, context)
  return { line, reason, strong: reason !== null }
}

/** Verdicts of lines that stand for a time: the date or the reading time under a byline. */
const COMMENT_TIME_REASONS: ReadonlySet<Reason> = new Set([REASONS.dateline, REASONS.relativeTime])
/** A comment carries a date or "2 days ago"; a live blog's entries carry a clock time. */
const TIME_REASONS: ReadonlySet<Reason> = new Set([
  ...COMMENT_TIME_REASONS,
  REASONS.timestamp,
  REASONS.readingTime,
])

/** A dateline's own label: "Published Monday, …", "Updated 10:15 GMT". */
const PUBLICATION_LABEL = /^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified))\b/i

/**
 * A byline without "By": a line that is only a person's name, between the
 * headline and the story, with the date, a time or a "Follow" button right
 * under it ("Why Neon Is the Ultimate Symbol of the 20th Century" / "Sarah
 * Archer" / "1:39 PM ET"), or on the first line when the headline was read
 * apart (a page's <h1>, a stated title: "The Associated Press" / "Published
 * Monday, …" / the story). A section name ("Middle East") has a bare date or
 * a headline under it.
 */
const markBareBylines = (verdicts: Verdict[], headlineApart: boolean): void => {
  let headline = -1
  let first = -1
  for (let i = 0; i < verdicts.length - 1; i++) {
    const v = verdicts[i] as Verdict
    if (v.reason !== null) continue
    if (first < 0) first = i
    const words = wordsOf(v, 21)
    if (isProseLine(v.line, words)) return
    // At the top, only when the headline was read apart, and above a labelled date
    // with the story under it: a section name stands above a bare date ("Middle
    // East" / "14 January 2026") or a headline ("Middle East" / "Published …" / "Ferry …").
    const story = headlineApart && first === i ? verdicts[i + 2] : undefined
    const atTop =
      story !== undefined &&
      !isHeadlineShaped(story.line) &&
      PUBLICATION_LABEL.test((verdicts[i + 1] as Verdict).line.trim()) &&
      !isSectionName(v.line)
    if (
      ((headline >= 0 && headline === i - 1) || atTop) &&
      !/\d|^by\s/i.test(v.line) &&
      looksLikePersonName(v.line.trim())
    ) {
      const next = verdicts[i + 1] as Verdict
      // A name the headline is about ("Trump signs …" / "Donald Trump") is a topic chip.
      const surname = v.line.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''
      const inHeadline =
        headline >= 0 && (verdicts[headline] as Verdict).line.toLowerCase().includes(surname)
      if (
        !inHeadline &&
        ((next.reason !== null && TIME_REASONS.has(next.reason)) ||
          /^follow$/i.test(next.line.trim()))
      ) {
        verdicts[i] = { ...v, reason: REASONS.byline, strong: true, authors: [v.line.trim()] }
        return
      }
    }
    if (isHeadlineShaped(v.line)) headline = i
  }
}

/** Lines kept around the main text for the headline, byline and sign-off rules to judge. */
const MAIN_TEXT_SLACK_BEFORE = 8
const MAIN_TEXT_SLACK_AFTER = 6
/** Fewer lines than this beyond the slack, on one side, are left to the other rules. */
const MIN_OUTSIDE_LINES = 8
/** Menu entries are shorter than this. */
const SHORT_LINE_CHARS = 40
/** What a line that is not prose costs the stretch it is in, against a prose line's words. */
const SHORT_LINE_COST = 3

/**
 * A list item or a line of code, which a story can hold dozens of in a row
 * (a changelog, a listing): it counts one, as a word, since a page's menus
 * carry no bullets or code.
 */
const isListOrCode = (line: string): boolean =>
  /^(?:[-+*•·–]|\d{1,3}[.)])\s/.test(line) || (line.match(/[{}();=<>[\]]/g)?.length ?? 0) >= 2

/**
 * A sentence of five words or more, or twenty words without a mark (a headline
 * has fewer). In a script written without spaces, ten words (twenty characters)
 * with a comma inside and no closing mark: blogs in Chinese often end lines
 * without one, while a menu's entries and most headlines have no comma.
 */
const isProseLine = (line: string, words: number): boolean =>
  words >= 20 ||
  (words >= 5 && endsWithMark(line, `${SENTENCE_MARKS}${UNSPACED_SENTENCE_MARKS}`, CLOSERS)) ||
  (words >= 10 && /[，、；]/.test(line) && words > wordCountOf(line, words))

/**
 * `wordsInAnyScript(v.line, atMost)` for `atMost` up to COUNTED_WORDS. Counted
 * once per line: the rules below count the same lines' words several times
 * over, which cost a tenth of normalizing a plain text.
 */
const wordsOf = (v: Verdict, atMost: number): number => {
  v.words ??= wordsInAnyScript(v.line, COUNTED_WORDS)
  return Math.min(atMost, v.words)
}

/** A kept or judged line that reads as prose (`isProseLine`). */
const isProseVerdict = (v: Verdict): boolean => isProseLine(v.line, wordsOf(v, 21))

/**
 * A whole page's text (a browser's innerText) holds the story among dozens of
 * menu entries, link lists and footers that no line rule can know. The story
 * is the stretch where prose outweighs everything else most, as Body Text
 * Extraction finds it over tokens and tags: a maximum-sum run in which a kept
 * prose line counts its words and any other line costs `SHORT_LINE_COST`.
 * Kept lines beyond a little slack on either side are furniture, when a side
 * has enough of them to be a page's menus; a capture of the article alone,
 * with a promo line or two around it, is left to the other rules.
 */
const markOutsideMainText = (verdicts: Verdict[]): void => {
  // A page's menus are short lines; a capture with fewer than a side's worth has
  // none to drop, and is spared the count of its words.
  let short = 0
  for (const v of verdicts) if (v.line.length < SHORT_LINE_CHARS) short++
  if (short < MIN_OUTSIDE_LINES) return
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let start = 0
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i] as Verdict
    if (sum <= 0) {
      sum = 0
      start = i
    }
    // A paragraph of 120 words outweighs any menu; counting further changes no run.
    const words = v.reason === null ? wordsOf(v, 120) : 0
    sum += isProseLine(v.line, words)
      ? words
      : v.reason === null && isListOrCode(v.line)
        ? 1
        : -SHORT_LINE_COST
    if (sum > best) {
      best = sum
      bestStart = start
      bestEnd = i
    }
  }
  if (bestStart < 0) return
  // Before the story, prose stays: an intro cut off from the story by a long list
  // (ingredients, results) is the story's, and a menu holds none.
  const mark = (from: number, to: number, keepProse = false): void => {
    for (let i = from; i < to; i++) {
      const v = verdicts[i] as Verdict
      if (v.reason !== null) continue
      if (keepProse && isProseVerdict(v)) continue
      verdicts[i] = { ...v, reason: REASONS.outsideMainText, strong: true }
    }
  }
  const headEnd = Math.max(0, bestStart - MAIN_TEXT_SLACK_BEFORE)
  // A capture that opens with its headline starts at the article: its head is
  // the article's own (labels, tags, a byline, a first paragraph above a long
  // list), left to the other rules, when the story opens within a few lines of
  // it. A page can open on a line shaped like one ("Got a tip for us? Let us
  // know") above dozens of menu entries.
  const first = verdicts[0] as Verdict
  const opensWithHeadline =
    first.reason === null &&
    isHeadlineShaped(first.line) &&
    wordCountOf(first.line, 6) >= 6 &&
    verdicts
      .slice(1, 1 + MAIN_TEXT_SLACK_BEFORE)
      .some((v) => v.reason === null && isProseVerdict(v))
  if (headEnd >= MIN_OUTSIDE_LINES && !opensWithHeadline) {
    // Below a page's menus, the headline is the headline-shaped line with a
    // byline or dateline just under it, else the one nearest the story; the
    // menu entries above it go.
    const head = headlineAbove(verdicts, bestStart)
    const headline = head?.line ?? null
    // Above the story's own head, prose is the page's (a promo, a cookie notice); above
    // a card of a list, it may be a short story the list follows. Above the topmost head
    // only: a story's intro stands between its head and an update's ("Updated …").
    if (head === null || head.card) mark(0, headline ?? headEnd, true)
    else {
      const top = topHeadAbove(verdicts, head.line) ?? head.line
      mark(0, top, false)
      mark(top, head.line, true)
    }
    if (headline === null)
      for (let i = bestStart; i >= headEnd; i--) {
        const v = verdicts[i] as Verdict
        if (v.reason === null && isHeadlineShaped(v.line)) {
          mark(headEnd, i, true)
          break
        }
      }
  }
  const tailStart = bestEnd + 1 + MAIN_TEXT_SLACK_AFTER
  if (verdicts.length - tailStart >= MIN_OUTSIDE_LINES) mark(tailStart, verdicts.length)
}

/** Lines under a headline its byline or dateline may stand in. */
const HEAD_BYLINE_LINES = 3

const isBylineOrDateline = (v: Verdict): boolean =>
  v.reason === REASONS.byline || v.reason === REASONS.dateline

/**
 * The last byline or dateline in the HEAD_BYLINE_LINES lines under a kept
 * headline-shaped line `i` (before `end`), or -1: a story's head, or a card of
 * a list of other stories.
 */
const headBylineEnd = (verdicts: readonly Verdict[], i: number, end: number): number => {
  const v = verdicts[i] as Verdict
  if (v.reason !== null || !isHeadlineShaped(v.line)) return -1
  let last = -1
  // A photo's caption and credit lines between do not count ("Credit..." / "Jane Doe/The
  // New York Times" under the lead photo, above "By …").
  for (let j = i + 1, lines = 0; lines < HEAD_BYLINE_LINES && j < end; j++) {
    const w = verdicts[j] as Verdict
    if (isBylineOrDateline(w)) last = j
    if (w.reason !== REASONS.caption) lines++
  }
  return last
}

/**
 * The nearest kept headline-shaped line above `end` with a byline or dateline
 * in the next three lines, and whether it is a card of a list of other stories
 * (right under another such head's byline or dateline, as a site's list of
 * latest stories prints them); null when none.
 */
const headlineAbove = (
  verdicts: readonly Verdict[],
  end: number
): { line: number; card: boolean } | null => {
  for (let i = end - 1; i >= 0; i--) {
    if (headBylineEnd(verdicts, i, end) < 0) continue
    return { line: i, card: headAbove(verdicts, i) }
  }
  return null
}

/** Whether another head's byline or dateline ends in the three lines above line `i`. */
const headAbove = (verdicts: readonly Verdict[], i: number): boolean => {
  for (let j = i - 1; j >= 0 && j >= i - 2 * HEAD_BYLINE_LINES; j--) {
    const last = headBylineEnd(verdicts, j, i)
    if (last >= 0 && i - last <= HEAD_BYLINE_LINES) return true
  }
  return false
}

/** The topmost head (`headlineAbove`) above `end` that is no card; null when none. */
const topHeadAbove = (verdicts: readonly Verdict[], end: number): number | null => {
  let top: number | null = null
  for (let i = end - 1; i >= 0; i--)
    if (headBylineEnd(verdicts, i, end) >= 0 && !headAbove(verdicts, i)) top = i
  return top
}

/** A breadcrumb trail, one separator twice: "Mac & i > News > 2015 > KW 15 > 1Password für Mac …". */
const BREADCRUMB = /\s([>›»])\s.*\s\1\s/

/** Four to twenty words, not ending as a sentence or a label does, and no breadcrumb trail. */
const isHeadlineShaped = (line: string): boolean => {
  const words = wordCountOf(line, 21)
  return (
    words >= 4 && words <= 20 && !endsWithMark(line, '.:;,…', CLOSERS) && !BREADCRUMB.test(line)
  )
}

/** The story words a comment thread follows: a "Comments" link under a headline opens none. */
const MIN_STORY_WORDS_ABOVE_COMMENTS = 150
/** The most words a rule here counts on one line (`wordsOf`): a story's worth, for `belowStoryWords`. */
const COUNTED_WORDS = MIN_STORY_WORDS_ABOVE_COMMENTS
/** How many comments' headers make a thread. */
const MIN_COMMENT_HEADERS = 2
/**
 * Labels that only a comment section prints. Not "Discussion", "Conversation"
 * or "Reply", which a story's subheading can be.
 */
const THREAD_LABELS: readonly string[] = [
  'comments',
  'top rated comments',
  'top comments',
  'user comments',
  'reader comments',
  'recent comments',
  'leave a reply',
  'leave a comment',
  'post a comment',
  'add a comment',
  'add your comment',
  'show comments',
  'view comments',
  'load comments',
  'view all comments',
  'be the first to comment',
  'join the conversation',
  'join the discussion',
]
/** WordPress's: a commenter's handle and "says:" ("thelastchargersfan says:"). */
const HANDLE_SAYS = /^\S+(?:\s\S+){0,3}\s+says:$/u
/** A dated one: "Milan G on September 12, 2018 at 4:47 pm said:" ("X on 3 June said:" opens a quote). */
const DATED_SAID = /^\S.{0,40}?\son\s.{0,30}?\d.{0,30}?\sat\s\d{1,2}[:.]\d{2}.{0,12}?\ssaid:$/u
// Tried on every line below a story: the end is looked at before any regex. "The
// mayor says:" opens a quote; a commenter's "says:" has the comment's date under it.
const isHandleSays = (verdicts: readonly Verdict[], i: number): boolean => {
  const line = (verdicts[i] as Verdict).line
  if (line.length > 100 || !line.trimEnd().endsWith('says:') || !HANDLE_SAYS.test(line.trim()))
    return false
  for (const next of verdicts.slice(i + 1, i + 3))
    if (next.reason !== null && COMMENT_TIME_REASONS.has(next.reason)) return true
  return false
}
const isCommentHeader = (verdicts: readonly Verdict[], i: number): boolean => {
  const line = (verdicts[i] as Verdict).line
  return (
    isHandleSays(verdicts, i) ||
    (line.length <= 120 && line.trimEnd().endsWith('said:') && DATED_SAID.test(line.trim())) ||
    isNameBeforeDate(verdicts, i)
  )
}
/** A comment's own buttons under its text: a live blog's entries carry none. */
const COMMENT_ACTION = /^(?:reply|report|flag|like|share|\d+\s+(?:replies|likes))$/i
/** Lines under a comment's header its buttons may stand: its text, then the buttons. */
const COMMENT_ACTION_LINES = 4
/**
 * A commenter's name and the comment's date on one line, with the comment's
 * "Reply" or "Report" under it: "Lee Park · November 5, 2026 at 9:02 AM". A
 * live blog's entry under its writer's name and time has none.
 */
const isNameBeforeDate = (verdicts: readonly Verdict[], i: number): boolean => {
  const line = (verdicts[i] as Verdict).line
  const credit = line.length <= 100 ? namesBeforeDate(line.trim()) : null
  return (
    credit !== null &&
    wordCountOf(credit.names, 5) <= 4 &&
    verdicts
      .slice(i + 1, i + 1 + COMMENT_ACTION_LINES)
      .some((v) => COMMENT_ACTION.test(v.line.trim()))
  )
}
/** Short enough for a commenter's name or handle over a comment's time ("Nick A", "fmcshan"). */
const isHandleLine = (v: Verdict | undefined): boolean =>
  v !== undefined &&
  v.reason === null &&
  wordCountOf(v.line, 5) <= 4 &&
  !endsWithMark(v.line.trim(), SENTENCE_MARKS, CLOSERS)

/**
 * What stands below the story in a page's text, once a story's worth of prose
 * stands above it: a blog's post navigation ("Post navigation", "Previous Post:
 * …"), and readers' comments, under their label ("Top Rated Comments", "Leave a
 * Reply", "Comments") or from a first "handle says:" with a date under it, when
 * comments' headers recur after it: "Jane says:" over a date, "Jane on <date>
 * at <time> said:", "Jane Roe · <date>", or a date or "2 days ago" under a
 * commenter's name ("Nick A"). A live blog's entries carry clock times; "The
 * mayor says:" opens a quote. All of it goes, to the page's end, in captured
 * text only (an HTML extractor has set comments aside). Comments are prose, so
 * the closing-block rule, which wants furniture to the end, stops at the first
 * one.
 */
const markBelowTheStory = (verdicts: Verdict[]): void => {
  const below = belowStoryWords(verdicts)
  let thread = -1
  let headers = 0
  let navigation = -1
  for (let i = 0; i < verdicts.length && navigation < 0; i++) {
    const v = verdicts[i] as Verdict
    const belowStory = i >= below
    if (belowStory && isPostNavigation(v.line)) navigation = i
    else if (thread >= 0) {
      const timed = v.reason !== null && COMMENT_TIME_REASONS.has(v.reason)
      if (isCommentHeader(verdicts, i) || (timed && isHandleLine(verdicts[i - 1]))) headers++
    } else if (
      belowStory &&
      // "View comments (27)": the count in brackets is no part of the label. "0 Comments"
      // is a count, as a link under a headline prints it.
      ((v.line.length <= 40 && hasLabelForm(v.line.replace(/[([]\d+[)\]]/g, ' '), THREAD_LABELS)) ||
        isHandleSays(verdicts, i))
    )
      thread = i
  }
  const start = thread >= 0 && headers >= MIN_COMMENT_HEADERS ? thread : navigation
  if (start < 0) return
  for (let i = start; i < verdicts.length; i++) {
    const v = verdicts[i] as Verdict
    if (!v.reason) verdicts[i] = { ...v, reason: REASONS.belowTheStory, strong: true }
  }
}

/** Cards in a row that make a list of other stories. */
const MIN_DATED_CARDS = 3
/** Lines above a card's date its headline may stand: the headline, its writer's name, a byline. */
const CARD_HEAD_LINES = 3
/** Lines from one card's date to the next card's headline: its dek, and furniture. */
const MAX_CARD_GAP = 3

/**
 * The headline of a teaser card whose date is line `d`: the line at most
 * CARD_HEAD_LINES above it, kept or listed under a known label, with at most a
 * writer's name (four words, no sentence) or a byline between; and whether
 * one was there. Null when the lines above are no card's.
 */
const cardHeadlineAbove = (
  verdicts: readonly Verdict[],
  d: number
): { head: number; writer: boolean } | null => {
  let writer = false
  for (let i = d - 1; i >= 0 && i >= d - CARD_HEAD_LINES; i--) {
    const v = verdicts[i] as Verdict
    if (v.reason === REASONS.byline) {
      writer = true
      continue
    }
    if (!isCardText(v)) return null
    const line = v.line.trim()
    const words = wordCountOf(line, 21)
    if (words >= 3 && isTeaserHeadline(line)) return { head: i, writer }
    if (writer || words > 4 || endsWithMark(line, SENTENCE_MARKS, CLOSERS)) return null
    writer = true
  }
  return null
}

/**
 * Teaser cards below the story, under whatever label the site gives the list:
 * another story's headline, perhaps its writer's name, its date, and at most
 * one paragraph of its dek, MIN_DATED_CARDS times or more in a row ("More
 * Washington Examiner", then "What made Joker so popular?" / "Madeline Fry" /
 * "Wednesday November 20, 2019" / "Joker killed at the box office." / …).
 * Other stories' words would make this one look like them. A story's own
 * dated entries look alike (a live blog's, an events listing's, a timeline's
 * headed steps), so a run is other stories only when it says so: two of its
 * cards name a writer or end in a link ("Read More"), or a list label the
 * rules know stands above it; and its dates do not run forward, as a
 * schedule's or a timeline's do (a site lists its stories newest first).
 * Captured text only, once a story's worth of prose stands above; the label
 * above the first card goes too.
 */
const markDatedCards = (verdicts: Verdict[]): void => {
  // The cards of the current run: the first one's headline, the last one's date,
  // whether every card so far had a dek (one paragraph between its date and the next),
  // how many said they are other stories, and whether the dates so far run forward.
  let first = -1
  let last = -1
  let cards = 0
  let deks = true
  let signs = 0
  let forward = true
  let previousDate = ''
  const close = (): void => {
    if (
      cards >= MIN_DATED_CARDS &&
      !forward &&
      (signs >= 2 || isListLabelLine(verdicts[previousLine(verdicts, first, isCardText)]))
    )
      markCards(verdicts, first, last, deks)
    cards = 0
    deks = true
    signs = 0
    forward = true
  }
  for (let i = belowStoryWords(verdicts); i < verdicts.length; i++) {
    const v = verdicts[i] as Verdict
    if (v.reason !== REASONS.dateline) continue
    const card = cardHeadlineAbove(verdicts, i)
    const head = card?.head ?? -1
    const gap = cards > 0 && head > last ? cardGap(verdicts, last, head) : null
    if (!(gap !== null && gap.deks <= 1 && head - last - 1 <= MAX_CARD_GAP)) close()
    if (card === null) continue
    const date = v.published?.value ?? v.updated?.value ?? ''
    if (cards === 0) first = head
    else {
      deks &&= gap?.deks === 1
      if (gap?.link) signs++
      forward &&= date > previousDate
    }
    if (card.writer) signs++
    previousDate = date
    last = i
    cards++
  }
  close()
}

/** A line a card may print: kept, or listed under a label the rules know. */
const isCardText = (v: Verdict): boolean => v.reason === null || v.reason === REASONS.readMore

/**
 * What stands between one card's date and the next card's headline: how many
 * paragraphs of card text (its dek), and whether a link ends it ("Read More").
 */
const cardGap = (
  verdicts: readonly Verdict[],
  from: number,
  to: number
): { deks: number; link: boolean } => {
  let deks = 0
  let link = false
  for (let i = from + 1; i < to; i++) {
    const v = verdicts[i] as Verdict
    if (!isCardText(v)) continue
    if (isProseVerdict(v)) deks++
    else if (v.reason === REASONS.readMore) link = true
  }
  return { deks, link }
}

/** The last line before `i` that passes `test`, or -1. */
const previousLine = (
  verdicts: readonly Verdict[],
  i: number,
  test: (v: Verdict) => boolean
): number => {
  for (let k = i - 1; k >= 0; k--) if (test(verdicts[k] as Verdict)) return k
  return -1
}

/** A list label the rules know ("Related stories", "More from …"). */
const isListLabelLine = (v: Verdict | undefined): boolean =>
  v !== undefined && v.reason === REASONS.readMore && isListLabel(v.line)

/**
 * Marks a run of cards from its first headline to its last date, the list's
 * label, and the last card's dek when the others had one: under cards without,
 * the story goes on.
 */
const markCards = (verdicts: Verdict[], first: number, lastDate: number, deks: boolean): void => {
  const mark = (i: number): void => {
    const v = verdicts[i] as Verdict
    if (v.reason === null) verdicts[i] = { ...v, reason: REASONS.readMore, strong: true }
  }
  for (let i = first; i <= lastDate; i++) {
    const v = verdicts[i] as Verdict
    // The cards' bylines and dates are other stories': neither names this one's writer or day.
    if (isBylineOrDateline(v))
      verdicts[i] = { line: v.line, reason: REASONS.readMore, strong: true }
    else mark(i)
  }
  const dek = nextKeptLine(verdicts, lastDate, false)
  if (deks && dek >= 0 && dek - lastDate - 1 <= MAX_CARD_GAP) mark(dek)
  const label = previousLine(verdicts, first, (v) => v.reason === null)
  if (label >= 0 && first - label - 1 <= MAX_CARD_GAP) {
    const line = (verdicts[label] as Verdict).line.trim()
    if (wordCountOf(line, 6) <= 5 && !endsWithMark(line, `${SENTENCE_MARKS}:`, CLOSERS)) mark(label)
  }
}

/**
 * The first line with `storyWords` of prose kept above it (a story's worth,
 * MIN_STORY_WORDS_ABOVE_COMMENTS, by default); the count when none.
 */
const belowStoryWords = (
  verdicts: readonly Verdict[],
  storyWords = MIN_STORY_WORDS_ABOVE_COMMENTS
): number => {
  let seen = 0
  for (let i = 0; i < verdicts.length; i++) {
    if (seen >= storyWords) return i
    const v = verdicts[i] as Verdict
    if (v.reason !== null) continue
    const words = wordsOf(v, Math.max(storyWords, 21))
    if (isProseLine(v.line, words)) seen += words
  }
  return verdicts.length
}

/** Closing block, then paragraphs, removed lines and the metadata the dropped lines gave. */
const finish = (lineVerdicts: readonly Verdict[], p: Prepared): StrippedText => {
  const verdicts = lineVerdicts.map((v) => ({ ...v }))
  markCreditLines(verdicts, p)
  // An HTML extractor's blocks and written forms hold no comment thread or sidebar.
  if (p.capturedText) {
    markBelowTheStory(verdicts)
    markDatedCards(verdicts)
  }
  markClosingBlock(verdicts, p)
  markBareBylines(verdicts, p.headlineApart)
  const writers = [...p.authorNames]
  for (const v of verdicts) if (v.authors) writers.push(...v.authors)
  if (writers.length > 0) markAuthorBio(verdicts, writers)
  if (p.capturedText) markOutsideMainText(verdicts)
  const authors: string[] = []
  let published: DateValue | null = null
  let updated: DateValue | null = null
  const paragraphs: string[] = []
  const removed: RemovedLine[] = []
  for (const v of verdicts) {
    if (v.authors) for (const name of v.authors) if (!authors.includes(name)) authors.push(name)
    if (v.published) published ??= v.published
    if (v.updated) updated ??= v.updated
    if (v.reason) removed.push({ line: v.line, reason: v.reason })
    else paragraphs.push(v.line)
  }
  // Only on a whole page: a capture of the article alone opens with its headline.
  const wholePage = p.capturedText && shortLinesAboveProse(verdicts) >= MIN_OUTSIDE_LINES
  const head = wholePage ? storyHead(verdicts) : null
  return { paragraphs, removed, authors, published, updated, head, wholePage, lineVerdicts }
}

/** Lines from one prose line to the next within a story: a byline, a date and a caption between. */
const STORY_PROSE_GAP = 4

/**
 * The lines under SHORT_LINE_CHARS, kept or not, above the story's prose (a
 * kept prose line with another within STORY_PROSE_GAP lines; a masthead's
 * motto, "Express. Home of the Daily and Sunday Express.", stands alone): a
 * page's menus, when there are MIN_OUTSIDE_LINES of them. The hand-written
 * weeks' 14,769 captures (an article with its own furniture, the title
 * prepended) have at most 5 above their first prose line, and a page's
 * masthead, menu bar and share row around them make 8; three quarters of
 * scrapinghub's 181 pages' text have 11 or more. Lines below the story (a
 * results table, a footer) do not count: a capture of the article alone may
 * end with them.
 */
const shortLinesAboveProse = (verdicts: readonly Verdict[]): number => {
  const prose = (v: Verdict | undefined): boolean =>
    v !== undefined && v.reason === null && isProseVerdict(v)
  let short = 0
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i] as Verdict
    if (prose(v) && verdicts.slice(i + 1, i + 1 + STORY_PROSE_GAP).some(prose)) return short
    if (v.line.length < SHORT_LINE_CHARS) short++
  }
  return short
}

/** Prose words kept above a line that show the story has begun: the line is not in its head. */
const MAX_PROSE_WORDS_ABOVE_HEAD = 40

/** The kept lines of the story's head: those above its first MAX_PROSE_WORDS_ABOVE_HEAD words of prose. */
const headLines = (verdicts: readonly Verdict[]): number[] => {
  const lines: number[] = []
  const end = belowStoryWords(verdicts, MAX_PROSE_WORDS_ABOVE_HEAD)
  for (let i = 0; i < end; i++) if ((verdicts[i] as Verdict).reason === null) lines.push(i)
  return lines
}

/** Days a credit's date may stand after the date known from the page or its address (a time zone's), and before it (an update's). */
const CREDIT_DAYS_AFTER = 2
const CREDIT_DAYS_BEFORE = 31
const DAY_MS = 86_400_000

/**
 * A credit run into its date without "By" ("Chris Davies - Nov 19, 2019, 10:31
 * pm CST", "Reuters November 18, 2019 11:03 PM") is a byline and a dateline
 * when it is the only one in the story's head (printed once, or repeated
 * beside the story), stands within three lines under a headline-shaped line,
 * names no section ("World News · …") and dates near the date known otherwise.
 * Two different ones are a list: other stories' cards, a timeline, a listing
 * of concerts. Below the head, "Barry Kooij · March 10, 2017 at 2:56 AM" heads
 * a reader's comment.
 */
const markCreditLines = (verdicts: Verdict[], p: Prepared): void => {
  const credits: { i: number; authors: readonly string[]; published: DateValue }[] = []
  const reference = p.reference === null ? null : dateInstant(p.reference)
  const nearReference = (date: DateValue): boolean => {
    if (reference === null) return true
    const instant = dateInstant(date)
    return (
      instant <= reference + CREDIT_DAYS_AFTER * DAY_MS &&
      instant >= reference - CREDIT_DAYS_BEFORE * DAY_MS
    )
  }
  const underHeadline = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && k >= i - HEAD_BYLINE_LINES; k--) {
      const v = verdicts[k] as Verdict
      if (v.reason === null && isHeadlineShaped(v.line)) return true
    }
    return false
  }
  for (const i of headLines(verdicts)) {
    const credit = namesBeforeDate((verdicts[i] as Verdict).line.trim())
    if (credit === null || credit.names.split(/\s+/).some(isSectionName)) continue
    const byline = parseByline(`By ${credit.names}`, p.outletNames)
    const published = byline ? parseDate(credit.date, { reference: p.reference }) : null
    if (byline && published) credits.push({ i, authors: byline.authors, published })
  }
  // One credit, printed once or repeated (a byline box above and beside the story).
  const [only] = credits
  const line = (i: number) => (verdicts[i] as Verdict).line.trim()
  if (!only || credits.some((c) => line(c.i) !== line(only.i))) return
  if (!nearReference(only.published) || !credits.some((c) => underHeadline(c.i))) return
  for (const { i } of credits) {
    const v = verdicts[i] as Verdict
    verdicts[i] = {
      ...v,
      reason: REASONS.byline,
      strong: true,
      authors: only.authors,
      published: only.published,
    }
  }
}

/**
 * The story's head among the lines above its prose: the head (`headBylineEnd`)
 * nearest the first byline or dateline, over a dek written as a sentence; a
 * page's promo, motto or section links above it are no headline. Null when
 * there is none, or when it is a card of a list of other stories.
 */
const storyHead = (verdicts: readonly Verdict[]): string | null => {
  const byline = headLines(verdicts)
    .map((i) => headBylineEnd(verdicts, i, verdicts.length))
    .find((end) => end >= 0)
  if (byline === undefined) return null
  let nearest = byline - 1
  while (headBylineEnd(verdicts, nearest, byline + 1) !== byline) nearest--
  return headAbove(verdicts, nearest) ? null : (verdicts[nearest] as Verdict).line
}

export const stripBoilerplate = (
  lines: readonly string[],
  options: StripOptions = {}
): StrippedText => {
  const p = prepare(options)
  return finish(
    judgeStoryEdges(
      lines.map((line, index) => judgeLine(line, index, lines.length, p)),
      p
    ),
    p
  )
}

/**
 * Marks the teasers under list labels, then judges again, as near the edge,
 * the first and last few lines still kept, when furniture pushed them away
 * from the capture's ends: a sign-off ("— Ben Okafor", "(KPA)") above a
 * page's tail of share buttons, lists and copyright is still at the end of
 * the story.
 */
const judgeStoryEdges = (verdicts: Verdict[], p: Prepared): Verdict[] => {
  markTeaserLists(verdicts)
  const count = verdicts.length
  const context: LineContext = {
    outletNames: p.outletNames,
    outletNamesLower: p.lowerNames,
    nearEdge: true,
  }
  const judgeAgain = (i: number): void => {
    const v = verdicts[i] as Verdict
    // Lines at the capture's edges were judged there already.
    if (i < EDGE_LINES || i >= count - EDGE_LINES) return
    const reason = edgeReason(v.line, context)
    if (reason) verdicts[i] = { line: v.line, reason, strong: true }
  }
  for (let i = count - 1, kept = 0; i >= 0 && kept < EDGE_LINES; i--) {
    if ((verdicts[i] as Verdict).reason) continue
    judgeAgain(i)
    kept++
  }
  for (let i = 0, kept = 0; i < count && kept < EDGE_LINES; i++) {
    if ((verdicts[i] as Verdict).reason) continue
    judgeAgain(i)
    kept++
  }
  return verdicts
}

const QUOTE_MARK = /[“"«„]/
/**
 * The same as `stripBoilerplate(lines, options)` for the lines `previous` was
 * made from, without judging every line again: outlet names and outlet
 * boilerplate only change the verdict on lines that mention an outlet name or
 * are known boilerplate, so only those are judged again.
 */
export const restripBoilerplate = (
  previous: StrippedText,
  options: StripOptions = {}
): StrippedText => {
  const p = prepare(options)
  const before = previous.lineVerdicts
  const count = before.length
  const mentions = (text: string): boolean => {
    const lower = text.toLowerCase()
    return p.lowerNames.some((name) => lower.includes(name))
  }
  // One native scan per line finds the candidates (a superset: any name, any case).
  // Cutting quoted speech out only brings a name together around the cut when it
  // has a space, and its first word must then already be in the line.
  const anyName = namesMatcher(p.lowerNames)
  const firstWords = namesMatcher(
    p.lowerNames.filter((name) => /\s/.test(name)).map((name) => name.split(/\s+/)[0] as string)
  )
  const verdicts = before.map(
    (v, index): Verdict =>
      (p.known.size > 0 && p.known.has(labelForm(v.line))) ||
      (anyName?.test(v.line) && mentions(v.line)) ||
      (firstWords?.test(v.line) && QUOTE_MARK.test(v.line) && mentions(outsideQuotes(v.line)))
        ? judgeLine(v.line, index, count, p)
        : v
  )
  return finish(judgeStoryEdges(verdicts, p), p)
}

/** How many teaser headlines a list label ("Most read") may head. */
const MAX_TEASERS = 12

/**
 * The headlines listed under a list label ("Most read", "Related stories"):
 * title-shaped lines (at most 20 words, ending in no period, colon or comma;
 * a question or an exclamation is a headline too) right after it, other
 * furniture between them skipped. The first line that ends a sentence with a
 * period, or is longer (but see MAX_LONG_TEASER_WORDS), ends the list: the
 * story goes on there. A headline may end in a quotation whose sentence it
 * closes ("Vindel to congress: 'The street has not.'"): after a colon, that
 * period is the quote's; or in an abbreviation ("Dam to open spillway gates
 * at 7 a.m.", "… for the U.S.").
 */
const QUOTED_HEADLINE = /^[^"“‘']{2,100}:\s*["“‘'][^"“”‘’]{2,160}["”’']$/u

/** A listed headline: at most 20 words, and no period, colon or comma at its end (see above). */
const isTeaserHeadline = (line: string): boolean =>
  wordCountOf(line, 21) <= 20 &&
  (!endsWithMark(line, '.…:;,', CLOSERS) ||
    QUOTED_HEADLINE.test(line) ||
    ENDS_IN_ABBREVIATION.test(line))

/**
 * The most words of a long listed headline: tabloids' run to 25 or 30 ("… –
 * and a plea for their return went unanswered for 52 years"). Past 20 words
 * only a line with no closing mark at all (no question, quotation or
 * abbreviation), not a list item, and followed by another headline of the
 * list or only by the page's furniture: a story's line that long is a
 * sentence, and story text goes on after it.
 */
const MAX_LONG_TEASER_WORDS = 32

const isLongTeaserHeadline = (line: string): boolean =>
  wordCountOf(line, MAX_LONG_TEASER_WORDS + 1) <= MAX_LONG_TEASER_WORDS &&
  !endsWithMark(line, '.…:;,!?', CLOSERS) &&
  !LIST_ITEM.test(line)

/**
 * How many words a listed headline of short sentences may have ("X is well
 * designed. Its timetable is not.", "X just admitted its numbers were wrong.
 * Here's what that looks like.").
 */
const MAX_SENTENCE_TEASER_WORDS = 16

const markTeaserLists = (verdicts: Verdict[]): void => {
  for (let i = 0; i < verdicts.length; i++) {
    const label = verdicts[i] as Verdict
    if (label.reason !== REASONS.readMore || !isListLabel(label.line)) continue
    let listed = 0
    for (let j = i + 1; j < verdicts.length && listed < MAX_TEASERS; j++) {
      const v = verdicts[j] as Verdict
      if (v.reason) continue
      const line = v.line.trim()
      // A short line of sentences is a column's headline when another headline of the list
      // follows it, or only the page's furniture does; story text going on after a label is
      // followed by more story text (or by nothing: a short last sentence after a list stays).
      // A long headline, too, only when the list or the page's furniture goes on after it.
      if (
        !isTeaserHeadline(line) &&
        !(
          wordCountOf(line, MAX_SENTENCE_TEASER_WORDS + 1) <= MAX_SENTENCE_TEASER_WORDS &&
          headlineFollows(verdicts, j, listed > 0)
        ) &&
        !(isLongTeaserHeadline(line) && headlineOrFurnitureFollows(verdicts, j))
      )
        break
      // Furniture as sure as its label: the closing block may run through it.
      verdicts[j] = { ...v, reason: REASONS.readMore, strong: true }
      listed++
      i = j
    }
  }
}

/**
 * Whether the next line after `j` that no rule has removed is a listed
 * headline of the same list (or another short line of sentences that one
 * follows, as many as a list holds). When a headline of the list came
 * before (`afterHeadline`), also when no line is kept after `j` but
 * furniture follows it (the page's copyright, a sign-up): the list ends the
 * page. Right under a label ("Continue reading below"), a short line before
 * the tags is the story's. Another list label first, or no line at all: no.
 */
const headlineFollows = (
  verdicts: readonly Verdict[],
  j: number,
  afterHeadline: boolean,
  depth = 0
): boolean => {
  const k = nextKeptLine(verdicts, j, true)
  if (k === LIST_LABEL_FIRST) return false
  if (k === NONE_KEPT) return afterHeadline && j + 1 < verdicts.length
  const line = (verdicts[k] as Verdict).line.trim()
  return (
    isTeaserHeadline(line) ||
    (depth < MAX_TEASERS &&
      wordCountOf(line, MAX_SENTENCE_TEASER_WORDS + 1) <= MAX_SENTENCE_TEASER_WORDS &&
      headlineFollows(verdicts, k, afterHeadline, depth + 1))
  )
}

/**
 * Whether the next line after `j` that no rule has removed is a listed
 * headline (`isTeaserHeadline`, or a long one that this holds for in turn),
 * of this list or of another list below, or no line is kept after `j` but
 * furniture follows it. No line at all: no. Unlike `headlineFollows`, a list
 * label below does not stop the search: it is the page's furniture, and a
 * capture cut before it or after it must read the same.
 */
const headlineOrFurnitureFollows = (
  verdicts: readonly Verdict[],
  j: number,
  depth = 0
): boolean => {
  const k = nextKeptLine(verdicts, j, false)
  if (k === NONE_KEPT) return j + 1 < verdicts.length
  const line = (verdicts[k] as Verdict).line.trim()
  return (
    isTeaserHeadline(line) ||
    (depth < MAX_TEASERS &&
      isLongTeaserHeadline(line) &&
      headlineOrFurnitureFollows(verdicts, k, depth + 1))
  )
}

/** `nextKeptLine`: no line after `j` is kept. */
const NONE_KEPT = -1
/** `nextKeptLine`: a list label comes before any kept line. */
const LIST_LABEL_FIRST = -2

/**
 * The position of the first line after `j` that no rule has removed, or
 * NONE_KEPT; with `stopAtListLabel`, LIST_LABEL_FIRST when a list label
 * ("Most read") comes first.
 */
const nextKeptLine = (
  verdicts: readonly Verdict[],
  j: number,
  stopAtListLabel: boolean
): number => {
  for (let k = j + 1; k < verdicts.length; k++) {
    const v = verdicts[k] as Verdict
    if (!v.reason) return k
    if (stopAtListLabel && v.reason === REASONS.readMore && isListLabel(v.line))
      return LIST_LABEL_FIRST
  }
  return NONE_KEPT
}

/** How many kept lines at the end may be a note about the writers. */
const BIO_LINES = 3
const BIO_VOCABULARY =
  /\b(?:(?:is|are|was)\s+(?:a|an|the|our)?\s*(?:[\p{L}-]+\s+){0,4}(?:reporters?|correspondents?|writers?|editors?|journalists?|columnists?|contributors?|producers?|interns?|fellows?|critics?)\b|covers?\s|(?:can be )?reached at\b|follow (?:him|her|them)\b|is the author of\b)/iu

/**
 * A note about the writers at the end ("Priya Nair covers city hall…", "Ana
 * Souza and Li Wei are reporters on the national desk."): it opens with a
 * writer's name and says what they do. Only among the last few kept lines.
 */
const markAuthorBio = (verdicts: Verdict[], writers: readonly string[]): void => {
  let seen = 0
  for (let i = verdicts.length - 1; i >= 0 && seen < BIO_LINES; i--) {
    const v = verdicts[i] as Verdict
    if (v.reason) continue
    seen++
    const line = v.line.trim()
    if (
      writers.some((name) => name.length >= 5 && line.startsWith(name)) &&
      wordCountOf(line) <= 40 &&
      BIO_VOCABULARY.test(line)
    )
      v.reason = REASONS.authorBio
  }
}

/**
 * A line shaped like a title or label: no closing mark (an agency tag after a
 * last sentence does not hide its period) and `words` words at most.
 */
const isTitleShaped = (line: string, words: number): boolean =>
  !endsWithMark(withoutCreditTag(line.trim()), '.!?…:;,', CLOSERS) &&
  wordCountOf(line, words + 1) <= words

/**
 * Finds the earliest line in the closing part of the text that opens furniture
 * (a strong verdict or an appeal opener) such that every line after it is
 * furniture or appeal-like, and drops that whole run.
 */
const markClosingBlock = (verdicts: Verdict[], p: Prepared): void => {
  const context: LineContext = {
    outletNames: p.outletNames,
    outletNamesLower: p.lowerNames,
    nearEdge: true,
  }
  // A closing block follows the story: it opens below the story's first line of prose
  // or its first list item, when it has one. A story told in short list items ("Key
  // points:" and its bullets) is all appeal-like, and a byline-like line above it would
  // otherwise open a block that takes the whole story. Not an appeal ("Dear readers,
  // thank you …") nor a footer's menu entry ("- About the Harbour Post").
  const storyStart = verdicts.findIndex(
    (v) =>
      v.reason === null &&
      ((isProseVerdict(v) && !isAppealLike(v.line, context)) ||
        (LIST_ITEM.test(v.line.trim()) && wordsOf(v, 6) > 5))
  )
  // Walk back from the end while lines are furniture or appeal-like.
  let start = verdicts.length
  let opener = -1
  for (let i = verdicts.length - 1; i > storyStart; i--) {
    const v = verdicts[i] as Verdict
    const weak = v.strong || isAppealLike(v.line, context)
    if (!weak) break
    start = i
    if (v.strong || opensAppeal(v.line)) opener = i
  }
  if (opener < 0) {
    markTrailingLines(verdicts)
    return
  }
  // A short title-shaped line right above the opener is the box's own heading
  // ("Independent journalism needs you"): a story does not end on a heading.
  // Labels and short headings between the run's start and the opener (a tag
  // list, "Explore more on these topics") belong to the closing block too.
  while (opener > start && isTitleShaped((verdicts[opener - 1] as Verdict).line, 6)) opener--
  const above = verdicts[opener - 1]
  if (above && opener - 1 >= start && !above.reason && isTitleShaped(above.line, 12)) opener--
  // Nothing before the first opener is dropped by this rule: weak lines
  // above it (a short last sentence, a question) may be story text.
  for (let i = Math.max(start, opener); i < verdicts.length; i++) {
    const v = verdicts[i] as Verdict
    if (!v.reason) v.reason = REASONS.appealBlock
  }
}

/** The longest line `markTrailingLines` takes for a sign-off, motto or link rather than story text. */
const TRAILING_LINE_WORDS = 12
/** A list item ("- Fares rise 4%", "2. Night sailings end"): story text, however short. */
const LIST_ITEM = /^(?:[-•*–·▪]\s|\d{1,2}[.)]\s)/

/**
 * A sentence that says a list follows: "Below are the results.", "The teams are
 * listed below.", "Here are the winners.", "…qualified as follows." Not "the
 * following morning" or "Here is why that matters.", which go on about the story.
 */
const ANNOUNCES_LIST =
  /^below (?:are|is)\b|^here are\b|^here(?:['’]s| is) (?:the |a )?(?:full |complete )?(?:list|results|rundown)\b|\b(?:listed|shown|see|find|included|detailed) below[.!:]?$|\b(?:the following|as follows)[.:]?$/i

/** The last sentence of a line (abbreviations such as "U.S." end none). */
const lastSentenceOf = (line: string): string =>
  splitSentences(line.trim().slice(-300)).at(-1)?.trim() ?? ''

/**
 * With no furniture to open a closing block, the lines after the story's last
 * sentence that are title-shaped (TRAILING_LINE_WORDS at most, no closing
 * mark): a motto, a sign-off, a "More world news at …" link, a bare name. On
 * their own at the end they read as story text only because nothing follows;
 * with a page's furniture below they are dropped in its closing block, so a
 * capture's article would differ by where the capture was cut. List items and
 * lines after a colon ("What changes on Monday:") are kept.
 */
const markTrailingLines = (verdicts: Verdict[]): void => {
  let start = verdicts.length
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const v = verdicts[i] as Verdict
    if (v.reason) {
      start = i
      continue
    }
    if (!isTitleShaped(v.line, TRAILING_LINE_WORDS) || LIST_ITEM.test(v.line.trim())) break
    start = i
  }
  // `above` is the line the walk stopped at: kept, and not title-shaped.
  const above = verdicts[start - 1]
  if (!above || start >= verdicts.length) return
  // The story's last sentence must have ended: not a line that opens a list,
  // nor a sentence that announces one ("Below are all the teams that qualified.").
  if (!endsWithMark(withoutCreditTag(above.line.trim()), '.!?…', CLOSERS)) return
  if (ANNOUNCES_LIST.test(lastSentenceOf(above.line))) return
  for (let i = start; i < verdicts.length; i++) {
    const v = verdicts[i] as Verdict
    if (!v.reason) v.reason = REASONS.closingLine
  }
}

export { wordCountOf }
