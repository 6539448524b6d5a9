/**
 * @module
 * Splits captured body lines into story paragraphs and dropped furniture.
 * Three passes, all linear in the number of lines:
 *  1. every line is checked by the line rules (classify-line.ts); bylines and
 *     datelines are read into metadata as they are dropped;
 *  2. a closing block is found: from the first strong furniture line near the
 *     end, everything that follows is dropped when all of it is furniture or
 *     reader-directed appeal (the body of a donation box, payment buttons, tag
 *     lists), so appeals go as a whole without listing their sentences;
 *  3. the headline is taken from the head of the text (see find-headline.ts).
 */
import type { DateValue, RemovedLine } from '../schema/index.ts'
import {
  furnitureReason,
  isAppealLike,
  type LineContext,
  labelForm,
  opensAppeal,
  REASONS,
  type Reason,
  wordCountOf,
} from './classify-line.ts'
import { parseByline } from './parse-byline.ts'
import { parseDateline } from './parse-dateline.ts'

export type StripOptions = {
  /** Names, aliases and signatures of the outlet, when known: self-references are furniture. */
  outletNames?: readonly string[]
  /** Lines the outlet prints everywhere (registry), compared in label form. */
  knownBoilerplate?: ReadonlySet<string>
  /** A date known from context, for datelines written without a year. */
  referenceDate?: DateValue | null
}

export type StrippedText = {
  paragraphs: string[]
  removed: RemovedLine[]
  authors: string[]
  published: DateValue | null
  updated: DateValue | null
}

/** How many lines from each end count as "near the edge", where furniture gathers. */
const EDGE_LINES = 4

type Verdict = { line: string; reason: Reason | null; strong: boolean }

export const stripBoilerplate = (
  lines: readonly string[],
  options: StripOptions = {}
): StrippedText => {
  const outletNames = options.outletNames ?? []
  const known = options.knownBoilerplate ?? new Set<string>()
  const authors: string[] = []
  let published: DateValue | null = null
  let updated: DateValue | null = null

  const verdicts: Verdict[] = lines.map((line, index) => {
    const context: LineContext = {
      outletNames,
      nearEdge: index < EDGE_LINES || index >= lines.length - EDGE_LINES,
    }
    if (known.size > 0 && known.has(labelForm(line)))
      return { line, reason: REASONS.registry, strong: true }
    const byline = parseByline(line, outletNames)
    if (byline) {
      for (const name of byline.authors) if (!authors.includes(name)) authors.push(name)
      const dated = parseDateline(line, options.referenceDate ?? null)
      if (dated) {
        published ??= dated.published
        updated ??= dated.updated
      }
      return { line, reason: REASONS.byline, strong: true }
    }
    const dateline = parseDateline(line, options.referenceDate ?? null)
    if (dateline) {
      published ??= dateline.published
      updated ??= dateline.updated
      return { line, reason: REASONS.dateline, strong: true }
    }
    const reason = furnitureReason(line, context)
    return { line, reason, strong: reason !== null }
  })

  markClosingBlock(verdicts, outletNames)

  const paragraphs: string[] = []
  const removed: RemovedLine[] = []
  for (const v of verdicts) {
    if (v.reason) removed.push({ line: v.line, reason: v.reason })
    else paragraphs.push(v.line)
  }
  return { paragraphs, removed, authors, published, updated }
}

/**
 * Finds the earliest line in the closing part of the text that opens furniture
 * (a strong verdict or an appeal opener) such that every line after it is
 * furniture or appeal-like, and drops that whole run.
 */
const markClosingBlock = (verdicts: Verdict[], outletNames: readonly string[]): void => {
  const context: LineContext = { outletNames, nearEdge: true }
  // Walk back from the end while lines are furniture or appeal-like.
  let start = verdicts.length
  let opener = -1
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const v = verdicts[i] as Verdict
    const weak = v.strong || isAppealLike(v.line, context)
    if (!weak) break
    start = i
    if (v.strong || opensAppeal(v.line)) opener = i
  }
  if (opener < 0) return
  // A short title-shaped line right above the opener is the box's own heading
  // ("Independent journalism needs you"): a story does not end on a heading.
  // Labels and short headings between the run's start and the opener (a tag
  // list, "Explore more on these topics") belong to the closing block too.
  while (opener > start) {
    const line = (verdicts[opener - 1] as Verdict).line.trim()
    if (/[.!?…:;,]["'”’»)]*$/.test(line) || wordCountOf(line) > 6) break
    opener--
  }
  const above = verdicts[opener - 1]
  if (
    above &&
    opener - 1 >= start &&
    !above.reason &&
    !/[.!?…:;,]["'”’»)]*$/.test(above.line.trim()) &&
    wordCountOf(above.line) <= 12
  )
    opener--
  // Nothing before the first opener is dropped by this rule: weak lines
  // above it (a short last sentence, a question) may be story text.
  for (let i = Math.max(start, opener); i < verdicts.length; i++) {
    const v = verdicts[i] as Verdict
    if (!v.reason) v.reason = REASONS.appealBlock
  }
}

export { wordCountOf }
