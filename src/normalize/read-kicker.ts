/**
 * @module
 * The commentary label a scraped text carries: a kicker line above its story
 * such as "OPINION", "Analysis | By Fiona Marsh", "Brevik Evening News |
 * Opinion" or "COMMENT | Column", or a label in its tag line ("Tags: Opinion,
 * Budget", "Filed under: Government, Comment"). The strip rules drop both as
 * furniture; the label is kept as the `Opinion`/`Analysis` tag, as a page's
 * JSON-LD type or section gives it (read-html-metadata.ts), so a capture
 * without a URL section is still known for commentary.
 */
import {
  type CommentaryKind,
  commentaryKindOfLoneSection,
  commentaryKindOfSection,
} from '../schema/index.ts'
import {
  isActionLabel,
  isSectionName,
  LEAD_SEPARATOR,
  TAG_LINE_LEADS,
  TWO_WORD_TAG_LINE_LEADS,
} from './classify-line.ts'

/** How far down the head of a capture a kicker may stand (menus, masthead, headline, byline). */
const KICKER_LINES = 8

/** A scan for the labels' stems (`commentaryKindOfSection`) before the line is split. */
const MAY_LABEL =
  /opinion|comment|editorial|column|op-?ed|letters|views|perspective|argument|viewpoint|voices|guest.essay|analysis|explainer|magazine|long-?read/i

/** Between a kicker's parts: a bar, a bullet, a chevron, a colon or a dash. */
const KICKER_SEPARATOR = /\s*[|•·»›:—–]\s*|\s+-\s+|\s{2,}/

/**
 * The kind one line labels: one of its first two parts is a commentary label
 * ("Opinion", "Comment", "Analysis", "Explainer"), beside at most a section
 * or a name ("World | Analysis", "Harbour Post | Comment"). A menu or a widget
 * row ("Home | News | Opinion | Sport", "Home | Opinion", "Share | Comment |
 * Print") holds a widget's action beside it and is not read.
 */
export const kickerKind = (line: string): CommentaryKind | null => {
  if (!MAY_LABEL.test(line)) return null
  const parts = line
    .trim()
    .split(KICKER_SEPARATOR)
    .filter((part) => part.length > 0)
  if (parts.length === 0 || parts.length > 3) return null
  if (parts.length === 1) return commentaryKindOfLoneSection(parts[0] as string)
  let kind: CommentaryKind | null = null
  for (const [i, part] of parts.entries()) {
    const labelled = commentaryKindOfSection(part)
    if (labelled) {
      if (i < 2) kind ??= labelled
    } else if (isActionLabel(part)) return null
  }
  return kind
}

/**
 * The commentary kind the removed lines above the story name, or null:
 * `removedAt` are the positions (in `lines`) of lines the normalizer dropped,
 * `bodyStart` the position of the first kept story line.
 */
export const readKicker = (
  lines: readonly string[],
  removedAt: ReadonlySet<number>,
  bodyStart: number
): CommentaryKind | null => {
  const end = Math.min(bodyStart, KICKER_LINES, lines.length)
  for (let i = 0; i < end; i++) {
    if (!removedAt.has(i)) continue
    const kind = kickerKind(lines[i] as string)
    if (kind) return kind
  }
  return null
}

/**
 * A tag line: a lead (`TAG_LINE_LEADS`: "Tags:", "Filed under:"), then its
 * tags. Without a separator only a lead of two words ("Posted in Analysis",
 * "Filed under Budget"): "Topics raised…" or "Category 4 storms…" is prose.
 */
const TAG_LINE = new RegExp(
  String.raw`^\s*(?:(?:${TAG_LINE_LEADS})\s*${LEAD_SEPARATOR}|(?:${TWO_WORD_TAG_LINE_LEADS})\s)\s*(.+)$`,
  'i'
)

/** Between a tag line's tags. */
const TAG_SEPARATOR = /\s*[,;|•·/]\s*/

/**
 * Section names that a topic may share and so are no label in a tag line:
 * "Views" or "Letters" may be a name, "Magazine" a subject.
 */
const NOT_TAG_LABELS = new Set(['views', 'letters', 'perspective', 'perspectives', 'magazine'])

/** The commentary kind one tag of a tag line names, or null for a topic. */
const tagLabel = (name: string): CommentaryKind | null =>
  NOT_TAG_LABELS.has(name.toLowerCase()) ? null : commentaryKindOfSection(name)

/**
 * The commentary kind a dropped tag line labels (one of its whole tags:
 * "Tags: Ferries, opinion", "Filed under: Transport | Comment"), or null.
 * `removedAt` are the positions (in `lines`) of the lines the normalizer
 * dropped. A line holding a widget's action ("Share" beside "Comment") is a
 * widget row, and one whose other pieces are all a menu's sections, two or
 * more ("News | Opinion | Sport"), a menu: neither is read. A section among
 * topics, or alone beside the label ("Politics, Opinion"), is a topic.
 */
export const readTagLineLabel = (
  lines: readonly string[],
  removedAt: ReadonlySet<number>
): CommentaryKind | null => {
  for (const i of removedAt) {
    const tags = TAG_LINE.exec(lines[i] ?? '')?.[1]
    if (tags === undefined || !MAY_LABEL.test(tags)) continue
    const names = tags.split(TAG_SEPARATOR).map((tag) => tag.trim().replace(/^#|\.$/g, ''))
    // "Comment" and "Opinion" are labels besides an action and a section: only the others count.
    const others = names.filter((name) => tagLabel(name) === null)
    if (others.some(isActionLabel) || (others.length > 1 && others.every(isSectionName))) continue
    for (const name of names) {
      const kind = tagLabel(name)
      if (kind) return kind
    }
  }
  return null
}
