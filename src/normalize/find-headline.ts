/**
 * @module
 * The headline of a scraped text, when it has one. Scrapers put it on the
 * first line, sometimes after a section label ("World", "Exclusive"). A
 * headline is one short title-shaped line (no closing period, one sentence)
 * followed by longer prose; a first line that is itself prose means the
 * capture has no headline and the title will be derived from the lead.
 */
import { headlineOfUrl, type RemovedLine } from '../schema/index.ts'
import {
  CLOSERS,
  ENDS_IN_ABBREVIATION,
  endsWithMark,
  LABEL_SEPARATOR,
  labelForm,
  REASONS,
  type Reason,
  SENTENCE_MARKS,
  wordCountOf,
} from './classify-line.ts'
import { splitSentences } from './split-sentences.ts'

export type Headline = {
  title: string
  /** The body without the headline and any section labels above it. */
  paragraphs: string[]
  removed: RemovedLine[]
}

const MAX_HEADLINE_WORDS = 30
const MAX_HEADLINE_CHARS = 250
/** How many short lines may sit above the headline (kicker, section, label). */
const MAX_LINES_ABOVE = 2
/**
 * How far down a page's title may be repeated as its heading, and how far
 * below the headline the story may start after short labels. A scraped page
 * often starts with its `<title>`, then the nameplate, a section, and the
 * headline again as the story's heading: a title-shaped line seen twice that
 * close is the headline, whatever short lines sit between the two.
 */
const MAX_LINES_TO_REPEAT = 4
/** A label between the headline and the story: a section, a kicker, a short byline or date. */
const MAX_LABEL_WORDS = 6

/** A list item's mark: "- ", "• ", "* ", "– ". */
const BULLET = /^[-•*–—]\s/

/**
 * A photo's or video's caption, which scrapers leave above the headline or in
 * its place: the BBC's "Image copyright PA Image caption …" and "Media
 * caption …", a video player's "CLOSE" button run into its caption (the
 * USA Today network's), a wire photo's credit ("(AP Photo/Jane Doe)").
 * Case matters: "Photo caption contest" is not these.
 */
export const CAPTION_LINE =
  /^(?:(?:Image|Media|Photo|Picture|Video) (?:copyright|caption|credit|source)\b|Media playback is unsupported\b|CLOSE\s|Video \(\d{1,2}:\d{2}\)\s*:)|\b(?:AP|AFP|EPA|Reuters|Getty) Photo\s*\//u

/**
 * A box's label run into its first line by the scraper: CNN's "Story
 * highlights", a study's "Study Highlights:", "Key points:". The line is the
 * box's first point; the label is not part of it. "Highlights" and "Key
 * points" only before a colon: "Highlights From the Final" is a headline.
 * Case is spelled out, as `\p{Lu}` under the `i` flag would match any letter.
 */
const BOX_LABEL =
  /^(?:(?:[Ss]tory|STORY|[Ss]tudy|STUDY) (?:[Hh]ighlights|HIGHLIGHTS)\s*:?|(?:[Kk]ey [Pp]oints|KEY POINTS|[Hh]ighlights|HIGHLIGHTS)\s*:)\s+(?=["“‘\p{Lu}\p{N}])/u

/** A line without the box label run into it. */
export const withoutBoxLabel = (line: string): string => line.replace(BOX_LABEL, '')

/** True when a line has the shape of a headline. */
export const isTitleShaped = (line: string): boolean => {
  const words = wordCountOf(line)
  if (words < 3 || words > MAX_HEADLINE_WORDS || line.length > MAX_HEADLINE_CHARS) return false
  const trimmed = line.trim()
  if (CAPTION_LINE.test(trimmed)) return false
  // A list item ("- 31 confirmed dead") is part of the story, however short.
  if (BULLET.test(trimmed)) return false
  if (endsWithMark(trimmed, '.:;,…', CLOSERS) && !ENDS_IN_ABBREVIATION.test(trimmed)) return false
  // Tabloid and explainer headlines run two clauses together ("SUNK! Ruvik knifes Veltrup",
  // "Halvenne rebound? Recount revives hopes"); a line that ends as a sentence is one.
  return splitSentences(trimmed).length === 1 || !endsWithMark(trimmed, SENTENCE_MARKS, CLOSERS)
}

const isProse = (line: string): boolean =>
  line.length > MAX_HEADLINE_CHARS ||
  (wordCountOf(line) >= 12 && endsWithMark(line.trim(), SENTENCE_MARKS, CLOSERS))

export const findHeadline = (paragraphs: readonly string[]): Headline | null => {
  // Prose after short labels only ("Markets", "WORLD | VALMORA", a byline, a date).
  const proseAfterLabels = (i: number, words: number): boolean => {
    // A line of labelled parts is a label itself ("WEATHER | Nordic Wire").
    if (LABEL_SEPARATOR.test(paragraphs[i] as string)) return false
    for (const next of paragraphs.slice(i + 1, i + 1 + MAX_LINES_TO_REPEAT)) {
      if (isProse(next) || wordCountOf(next) > words) return true
      if (wordCountOf(next) > MAX_LABEL_WORDS) return false
    }
    return false
  }
  const isRepeated = (i: number): boolean => {
    const label = labelForm(paragraphs[i] as string)
    return paragraphs
      .slice(i + 1, i + 1 + MAX_LINES_TO_REPEAT)
      .some((line) => !isProse(line) && labelForm(line) === label)
  }
  for (let i = 0; i <= MAX_LINES_ABOVE && i < paragraphs.length - 1; i++) {
    const line = paragraphs[i] as string
    if (isProse(line)) return null
    if (!isTitleShaped(line)) continue
    // Prose (or a longer line) must follow within two lines: a standfirst may sit between.
    // Or the line is the page's title, repeated as the story's heading below.
    const words = wordCountOf(line)
    const following = paragraphs.slice(i + 1, i + 3)
    if (
      !following.some((next) => isProse(next) || wordCountOf(next) > words) &&
      !isRepeated(i) &&
      !proseAfterLabels(i, words)
    )
      continue
    // Lines above the headline must be short labels; otherwise this is not the head.
    if (paragraphs.slice(0, i).some((l) => wordCountOf(l) > 5)) return null
    return headlineOf(paragraphs, i, REASONS.sectionLabel)
  }
  return null
}

/** The headline at line `at`, the lines above it removed for `above`. */
const headlineOf = (paragraphs: readonly string[], at: number, above: Reason): Headline => {
  const line = paragraphs[at] as string
  return {
    title: withoutBoxLabel(line.trim()),
    paragraphs: paragraphs.slice(at + 1),
    removed: [
      ...paragraphs.slice(0, at).map((l) => ({ line: l, reason: above })),
      { line, reason: REASONS.headline },
    ],
  }
}

/** How many short lines may stand above a head the byline or dateline shows (a promo, labels, a menu's last entries). */
const MAX_LINES_ABOVE_HEAD = 10

/**
 * The headline at `line`, a head its byline or dateline shows
 * (`StrippedText.head`): the short lines above it are the page's, not the
 * story's ("Welcome to … Experience" / "Learn More" / the headline / the
 * writers / "Published …"). Null when it is not among the first lines or prose
 * stands above it.
 */
export const headlineAt = (paragraphs: readonly string[], line: string): Headline | null => {
  const at = paragraphs.indexOf(line)
  if (at < 0 || at > MAX_LINES_ABOVE_HEAD || !isTitleShaped(line)) return null
  if (paragraphs.slice(0, at).some(isProse)) return null
  return headlineOf(paragraphs, at, REASONS.outsideMainText)
}

/** Share of the URL's headline words a line must hold to be that headline. */
const MIN_URL_HEADLINE_COVERAGE = 0.6
/** Share of a line's words that must be the URL's headline's: a sentence naming them all is no headline. */
const MIN_URL_HEADLINE_PRECISION = 0.4

const WEB_ADDRESS = /\bhttps?:\/\/|\bwww\.\S/i
/** A line opening on a quotation mark: a pull quote between paragraphs. */
const QUOTE_OPENING = /^["“‘'«„]/
/** A photo's caption or credit by its label ("Photo: …", "Caption: …"), which may repeat the headline's words. */
const LABELLED_CAPTION = /^(?:photo|picture|image|caption|credit)s?\s*[:|]/i

/** Words as a slug spells them: lower case, accents off, letters only, no single letters. */
const slugWordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1)

/** How closely `line` holds the words of the URL's headline `slug`; 0 when it does not. */
const urlHeadlineMatch = (line: string, slug: ReadonlySet<string>): number => {
  // The address itself, printed on the page, spells its slug best; a sentence (a lead, a
  // caption) may hold its words too.
  const trimmed = line.trim()
  if (
    trimmed.length > MAX_HEADLINE_CHARS ||
    CAPTION_LINE.test(trimmed) ||
    LABELLED_CAPTION.test(trimmed) ||
    WEB_ADDRESS.test(trimmed) ||
    (endsWithMark(trimmed, '.', CLOSERS) && !ENDS_IN_ABBREVIATION.test(trimmed))
  )
    return 0
  const words = slugWordsOf(line)
  if (words.length < 3 || words.length > MAX_HEADLINE_WORDS) return 0
  const inLine = new Set(words)
  let held = 0
  for (const word of slug) if (inLine.has(word)) held++
  const coverage = held / slug.size
  const precision = words.filter((word) => slug.has(word)).length / words.length
  return coverage >= MIN_URL_HEADLINE_COVERAGE && precision >= MIN_URL_HEADLINE_PRECISION
    ? coverage + precision
    : 0
}

/** How closely `line` holds the words of the headline `url` spells out; 0 when it does not. */
export const urlHeadlineMatchOf = (line: string, url: string | null): number => {
  const urlHeadline = headlineOfUrl(url)
  return urlHeadline === null ? 0 : urlHeadlineMatch(line, new Set(slugWordsOf(urlHeadline)))
}

/**
 * The line the URL spells out as its slug (`headlineOfUrl`), among a capture's
 * lines above its story (its first paragraph of prose kept, else from that to
 * the second), and how closely
 * (`urlHeadlineMatchOf`). Most outlets put the headline in the address: on a
 * page whose menus, promos and teasers stand around it, the line the address
 * names is the one the outlet called the story. Null when the URL spells no
 * headline or no line holds its words.
 */
export const headlineNamedByUrl = (
  lines: readonly string[],
  paragraphs: readonly string[],
  url: string | null
): { line: string; match: number } | null => {
  const urlHeadline = headlineOfUrl(url)
  if (urlHeadline === null) return null
  const slug = new Set(slugWordsOf(urlHeadline))
  const bestOf = (
    from: number,
    to: number,
    quoted: boolean
  ): { line: string; match: number } | null => {
    let best: { line: string; match: number } | null = null
    for (const line of lines.slice(from, to)) {
      if (!quoted && QUOTE_OPENING.test(line.trim())) continue
      const match = urlHeadlineMatch(line, slug)
      if (match > (best?.match ?? 0)) best = { line, match }
    }
    return best
  }
  // Above the story's first paragraph of prose; else from it to the second, as an appeal
  // or a promo kept as prose may be the first: there a pull quote is no headline, nor a
  // photo's caption when a line above holds the slug (a lead ends as a sentence).
  const ends: number[] = []
  for (const paragraph of paragraphs) {
    if (ends.length === 2) break
    if (isProse(paragraph)) ends.push(lines.indexOf(paragraph))
  }
  const end = (at: number | undefined) => (at === undefined || at < 0 ? lines.length : at)
  return bestOf(0, end(ends[0]), true) ?? bestOf(end(ends[0]), end(ends[1]), false)
}

/** How many label lines may stand above a scraped story's first paragraph. */
const MAX_HEAD_LABELS = 3

/**
 * A short line that labels what follows rather than telling it: a section, a
 * kicker, the outlet or agency, a writer's bare name ("WORLD NEWS", "Companies
 * | Retail", "Northwire", "Hannah Price"). At most four words (six across
 * separators), no sentence end, no colon (a list's heading), no bullet and no
 * semicolon (a scoreline).
 */
const isHeadLabel = (line: string): boolean => {
  const trimmed = line.trim()
  const words = wordCountOf(trimmed, 7)
  if (words === 0 || words > (LABEL_SEPARATOR.test(trimmed) ? 6 : 4)) return false
  if (endsWithMark(trimmed, `${SENTENCE_MARKS}:`, CLOSERS)) return false
  return !/^[-–—•*·]/.test(trimmed) && !trimmed.includes(';')
}

/**
 * The label lines above the first paragraph of a scraped story whose title is
 * known (stated, or found as its first line): sections, kickers, the outlet's
 * or agency's name, a writer's bare name. Without a known title the first
 * short line may be the headline itself, so nothing is dropped; a line that
 * repeats the title (`isTitle`) ends the labels.
 */
export const dropHeadLabels = (
  paragraphs: readonly string[],
  isTitle: (line: string) => boolean
): { paragraphs: string[]; removed: RemovedLine[] } => {
  let labels = 0
  while (
    labels < MAX_HEAD_LABELS &&
    labels < paragraphs.length - 1 &&
    !isTitle(paragraphs[labels] as string) &&
    isHeadLabel(paragraphs[labels] as string)
  )
    labels++
  return {
    paragraphs: paragraphs.slice(labels),
    removed: paragraphs.slice(0, labels).map((line) => ({ line, reason: REASONS.sectionLabel })),
  }
}
