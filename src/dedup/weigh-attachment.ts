/**
 * @module
 * The last way a single text joins a story: its evidence weighed together by a
 * logistic model, after both threshold rules (`ATTACH_*`, `NEAR_ATTACH_*`)
 * have said no. Each threshold rule looks at one or two signals at a time, so
 * a late write-up that is fairly alike as a whole, repeats the story's
 * figures, was written the same day and has no rival story falls between
 * them; a report of another event that is as alike as a whole usually lacks
 * the figures, or the hours, or the lead over its rivals. The whole-story
 * signals are weighed one by one, not as the story score sums them, and
 * names are not weighed: in a week of one subject every event has the same
 * cast (fitted, shared names weigh against a join), and a weight against
 * names would favour another subject's story in a mixed corpus; the gates on
 * names (MIN_ENTITY_OVERLAP, `namesAgree`) already keep casts apart. The
 * weights are fitted on the hand-written sets, as written and as the seeds
 * are captured, by `scripts/fit-weighed-attachment.ts`, which also checks
 * them with each set left out of its own fit. See docs/dedup.md §3.
 */

import { type LogisticModel, likelihoodOf } from './logistic-model.ts'

/** What is weighed for one candidate story of a single text. */
export type AttachEvidence = {
  /** Pooled score of the text against the story as a whole (`pooledScore`). */
  pooled: number
  /** Two of the centroid cosines that score sums (`pooledSignals`): text and lead. */
  text: number
  lead: number
  /** The time factor averaged over the text's pairs with the story's members. */
  time: number
  /** Pair average: the text's same-story scores with every member, unscored pairs 0. */
  average: number
  /** Cosine of the figures' centroids (`pooledFigures`). */
  figures: number
  /** Hours between the text and the story's nearest report (`hoursApart` in story-index.ts). */
  hours: number
  /** Whether `hours` was read from times of day (else from dates alone: `attachBar`). */
  timed: boolean
}

/**
 * Logistic weights, per unit of each signal (`attachSignals`): the centroid
 * cosines of text and lead, the averaged time factor, the figures
 * cosine, days to the nearest report (hours / 24, at most WEIGHED_HOURS_CAP),
 * and the leads over the best rival candidate in pooled score and in pair
 * average (a sole candidate leads by its own score).
 */
export type AttachModel = LogisticModel<
  'text' | 'lead' | 'time' | 'figures' | 'days' | 'pooledLead' | 'averageLead'
>

export const WEIGHED_ATTACH_MODEL: AttachModel = {
  bias: -13.09,
  text: 9.48,
  lead: 8.74,
  time: 8.85,
  figures: 2.12,
  days: -0.85,
  pooledLead: 2.99,
  averageLead: 7.83,
}

/** The likelihood the best candidate must reach to be joined, its gap read from times of day. */
export const WEIGHED_ATTACH_LIKELIHOOD = 0.9

/**
 * The likelihood it must reach when the gap was read from dates alone, as in
 * captures like the seeds. There no rule that reads hours can join a late
 * write-up, and this lower bar joins many more right texts than wrong ones;
 * with times of day known it would add about as many wrong joins (a later
 * event of the same hours) as right ones. Counted with each set left out of
 * the fit by `npm run fit-attachment`: over the 160 sets, from dates alone,
 * 244 right and 22 wrong joins at 0.8, 283 and 27 at 0.75, 311 and 35 at
 * 0.7. Lowered from 0.8 after a pre-registered blind test; docs/dedup.md §3, §6.
 */
export const WEIGHED_ATTACH_LIKELIHOOD_BY_DATE = 0.75

/** How far the best candidate's likelihood must be above the next one's. */
export const WEIGHED_ATTACH_MARGIN = 0.2

/** Gaps longer than this weigh as this: beyond three days the story window has closed. */
export const WEIGHED_HOURS_CAP = 72

/** The gap weighed when neither side has a date. */
export const UNKNOWN_HOURS = 36

/** The signals weighed for the candidate at `i`, given its rivals, by name of their weight. */
export const attachSignals = (
  candidates: readonly AttachEvidence[],
  i: number
): Omit<AttachModel, 'bias'> => {
  const c = candidates[i] as AttachEvidence
  let rivalPooled = 0
  let rivalAverage = 0
  for (const [j, other] of candidates.entries()) {
    if (j === i) continue
    rivalPooled = Math.max(rivalPooled, other.pooled)
    rivalAverage = Math.max(rivalAverage, other.average)
  }
  return {
    text: c.text,
    lead: c.lead,
    time: c.time,
    figures: c.figures,
    days: Math.min(c.hours, WEIGHED_HOURS_CAP) / 24,
    pooledLead: c.pooled - rivalPooled,
    averageLead: c.average - rivalAverage,
  }
}

/** The likelihood that the candidate at `i` is the text's story, given its rivals. */
export const attachLikelihood = (
  candidates: readonly AttachEvidence[],
  i: number,
  model: AttachModel = WEIGHED_ATTACH_MODEL
): number => {
  return likelihoodOf(model, attachSignals(candidates, i))
}

/** Bars by how a candidate's gap was read: from times of day, or from dates alone. */
export type AttachBars = { timed: number; byDate: number }

export const WEIGHED_ATTACH_BARS: AttachBars = {
  timed: WEIGHED_ATTACH_LIKELIHOOD,
  byDate: WEIGHED_ATTACH_LIKELIHOOD_BY_DATE,
}

/** The likelihood a candidate must reach, by how its gap was read. */
export const attachBar = (candidate: AttachEvidence, bars: AttachBars = WEIGHED_ATTACH_BARS) =>
  candidate.timed ? bars.timed : bars.byDate

/**
 * The index of the candidate to join, or -1: the most likely, when it reaches
 * its bar (`attachBar`) and leads the next by WEIGHED_ATTACH_MARGIN. Ties go
 * to the earlier candidate (callers list them in an order that does not
 * depend on arrival). The fit (scripts/fit-weighed-attachment.ts) passes
 * other bars and models.
 */
export const weighedBest = (
  candidates: readonly AttachEvidence[],
  bars: AttachBars = WEIGHED_ATTACH_BARS,
  model: AttachModel = WEIGHED_ATTACH_MODEL
): number => {
  let best = -1
  let bestLikelihood = 0
  let second = 0
  for (let i = 0; i < candidates.length; i++) {
    const p = attachLikelihood(candidates, i, model)
    if (p > bestLikelihood) {
      second = bestLikelihood
      bestLikelihood = p
      best = i
    } else if (p > second) second = p
  }
  return best >= 0 &&
    bestLikelihood >= attachBar(candidates[best] as AttachEvidence, bars) &&
    bestLikelihood - second >= WEIGHED_ATTACH_MARGIN
    ? best
    : -1
}
