/**
 * Fits the merge gate's logistic weights (WEIGHED_MERGE_MODEL in
 * src/dedup/weigh-merge.ts) on the hand-written sets, and checks them by
 * leaving one set out at a time:
 *
 *   npm run fit-merge [-- fixture folder]
 *
 * Every set is clustered as `clusterArticles` does, without the weighed
 * gate, as written and captured as the seeds are (`clusterEvalSets`), and
 * every two stories a merge rule would join as wholes are seen with their
 * evidence, but for those `partsOfDayApartWithoutHours` keeps apart (which
 * the gate never weighs: the weights predate it, fitted with them seen). A
 * merge is right when most members of each side share one gold story, the
 * same on both sides. Prints the weights to paste, then for each bar the
 * merges the gate refuses when fitted without their set: wrong ones (with
 * the hard-negative pairs they would have merged) and right ones. Not a
 * test: nothing here runs in CI.
 */

import { type MergeEvidence, type MergeModel, mergeLikelihood } from '../src/dedup/weigh-merge.ts'
import { clusterEvalSets } from './lib/cluster-eval-sets.ts'
import { asModel, fitLogistic, printModel } from './lib/fit-logistic.ts'
import { readEvalSet } from './lib/read-eval-set.ts'

const folder = process.argv[2] ?? 'test/fixtures/dedup-eval'

type Case = {
  set: string
  /** The two stories' keys, with `~` when captured as the seeds are. */
  stories: [string, string]
  right: boolean
  /** Hard-negative pairs across the two stories. */
  hardNegatives: number
  evidence: MergeEvidence
}

/** The gold story most of `ids` are in. */
const mostOf = (ids: readonly string[], storyOf: (id: string) => string | undefined) => {
  const counts = new Map<string | undefined, number>()
  for (const id of ids) counts.set(storyOf(id), (counts.get(storyOf(id)) ?? 0) + 1)
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0]
}

/** Every merge the rules would make, once per pair of stories (a story settles again as it grows). */
const seen = new Map<string, Case>()
const sets = clusterEvalSets(folder, ({ set, keyOf, label, storyOf }) => {
  const negatives = new Set(
    readEvalSet(folder, set).expected.hardNegatives.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`])
  )
  return {
    weighedMerge: false,
    observeMerge: (a, b, evidence) => {
      let hardNegatives = 0
      for (const x of a)
        for (const y of b) if (negatives.has(`${keyOf(x)} ${keyOf(y)}`)) hardNegatives++
      seen.set(`${set} ${label(a)} | ${label(b)}`, {
        set,
        stories: [label(a), label(b)],
        right: mostOf(a, storyOf) === mostOf(b, storyOf),
        hardNegatives,
        evidence,
      })
    },
  }
})
const cases = [...seen.values()]

/** The weights' names, in the order the fit keeps them. */
const SIGNALS = ['text', 'lead', 'entities', 'time', 'average'] as const

const fit = (cases: readonly Case[]): MergeModel =>
  asModel(
    SIGNALS,
    fitLogistic(
      cases.map((c) => SIGNALS.map((name) => c.evidence[name])),
      cases.map((c) => (c.right ? 1 : 0))
    )
  )

console.log(
  `${cases.length} merges the rules would make in ${sets.length} sets (each as written and as the seeds are), ${cases.filter((c) => !c.right).length} of them wrong`
)
printModel('WEIGHED_MERGE_MODEL', fit(cases))
for (const bar of [0.3, 0.4, 0.5, 0.6]) {
  const refused: Case[] = []
  for (const set of sets) {
    const model = fit(cases.filter((c) => c.set !== set))
    for (const c of cases)
      if (c.set === set && mergeLikelihood(c.evidence, model) < bar) refused.push(c)
  }
  const wrong = refused.filter((c) => !c.right)
  const right = refused.filter((c) => c.right)
  console.log(
    `bar ${bar}, each set left out of the fit: refuses ${wrong.length} of ${cases.length - cases.filter((c) => c.right).length} wrong merges (${wrong.reduce((n, c) => n + c.hardNegatives, 0)} hard-negative pairs) and ${right.length} right ones: ${right.map((c) => `${c.set}:${c.stories.join(' | ')}`).join('; ')}`
  )
}
