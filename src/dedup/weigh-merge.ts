/**
 * @module
 * The last check on a merge as wholes (`mergeAlikeStories` in
 * story-index.ts): two stories of several texts that a merge rule would
 * join are merged only when a logistic model of their whole-story signals,
 * weighed one by one, finds them likely enough to be one event. The merge
 * rules read the pooled score, which sums text, lead and names; in a week
 * of one subject, a later event whose reports recap an earlier one (an
 * appeal and its ruling, a denial and the leak it answers, a second
 * announcement of one ministry's morning) shares the cast and the figures
 * but less of the words, and its pair average with the other story is low.
 * Fitted on the hand-written sets, as written and as the seeds are captured,
 * by `scripts/fit-weighed-merge.ts`, which checks the model with each set
 * left out of its own fit. The gate only refuses merges: it cannot join two
 * stories the rules keep apart, so a weight against names cannot join
 * another subject's story. See docs/dedup.md §4.
 */
import { type LogisticModel, likelihoodOf } from './logistic-model.ts'

/** What is weighed for two stories a merge rule would join (`pooledSignals`, pair average). */
export type MergeEvidence = {
  /** Centroid cosines of the two stories' text, lead and entity vectors. */
  text: number
  lead: number
  entities: number
  /** The time factor averaged over every pair of the two stories. */
  time: number
  /** Average same-story score of every pair between the two (an unscored pair counts 0). */
  average: number
}

export type MergeModel = LogisticModel<keyof MergeEvidence>

export const WEIGHED_MERGE_MODEL: MergeModel = {
  bias: -17.43,
  text: 6.25,
  lead: 5.69,
  entities: -9.19,
  time: 9.6,
  average: 34.43,
}

/** The likelihood a merge must reach to be made. */
export const WEIGHED_MERGE_LIKELIHOOD = 0.5

/**
 * The likelihood under the same model that a cohesive merge (two stories of
 * several texts merging below GROUP_MERGE_THRESHOLD as they are formed,
 * COHESIVE_MERGE_* in score-pair.ts) must reach. Lower than the merge
 * gate's: those merges are nearly all right, and the model was not fitted
 * on them; where they are wrong (two events of one day whose times are
 * unknown, each as alike to the other as within itself) the model finds
 * them unlikely. See docs/dedup.md §4.
 */
export const COHESIVE_MERGE_LIKELIHOOD = 0.2

/** The likelihood that two stories a merge rule would join report one event. */
export const mergeLikelihood = (
  evidence: MergeEvidence,
  model: MergeModel = WEIGHED_MERGE_MODEL
): number => likelihoodOf(model, evidence)
