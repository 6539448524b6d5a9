/**
 * Fits the weighed attachment's logistic weights (WEIGHED_ATTACH_MODEL in
 * src/dedup/weigh-attachment.ts) on the hand-written sets, and checks them by
 * leaving one set out at a time:
 *
 *   npm run fit-attachment [-- fixture folder]
 *
 * Every set is clustered as `clusterArticles` does, without the weighed rule,
 * twice: as written, and captured as the seeds are (dates to the day, the
 * headline as the text's first line), where fewer rules can read hours and
 * more texts are left alone (`clusterEvalSets`). Every single text that is
 * not commentary is seen with its candidate stories' evidence. A candidate
 * is right when at least half its members share the text's gold story. The
 * fit (`fitLogistic`: L2-regularised logistic regression on standardised
 * signals) learns from every candidate; the rule then only decides for the
 * texts no threshold rule attached. Prints the weights to
 * paste, then for each bar the joins the rule adds to each set when fitted
 * without that set: right ones and wrong ones (each wrong one a false pair,
 * often a merged hard negative), apart for candidates whose gap was read
 * from times of day and from dates alone, the two bars of
 * WEIGHED_ATTACH_BARS. Not a test: nothing here runs in CI.
 */
import {
  type AttachEvidence,
  type AttachModel,
  attachSignals,
  weighedBest,
} from '../src/dedup/weigh-attachment.ts'
import { clusterEvalSets } from './lib/cluster-eval-sets.ts'
import { asModel, fitLogistic, printModel } from './lib/fit-logistic.ts'

const folder = process.argv[2] ?? 'test/fixtures/dedup-eval'

type Case = {
  set: string
  /** The text's capture keys, with `~` after them when captured as the seeds are. */
  single: string
  attached: boolean
  candidates: { right: boolean; evidence: AttachEvidence }[]
}

/**
 * Every single text of every set with its candidates, whether a threshold rule
 * attached it or not. The last look at each is the one its final attachment
 * was decided on.
 */
const seen = new Map<string, Case>()
const sets = clusterEvalSets(folder, ({ set, label, storyOf }) => ({
  weighedAttach: false,
  observeWeighedAttach: (single, candidates, attached) => {
    const story = storyOf(single[0] as string)
    seen.set(`${set} ${label(single)}`, {
      set,
      single: label(single),
      attached,
      candidates: candidates.map(({ memberIds, evidence }) => ({
        right: memberIds.filter((id) => storyOf(id) === story).length * 2 >= memberIds.length,
        evidence,
      })),
    })
  },
}))
const cases = [...seen.values()]

/** The weights' names, in the order the fit keeps them. */
const SIGNALS = ['text', 'lead', 'time', 'figures', 'days', 'pooledLead', 'averageLead'] as const

const evidenceOf = (c: Case): AttachEvidence[] =>
  c.candidates.map((candidate) => candidate.evidence)

const signalsOf = (c: Case, i: number): number[] => {
  const x = attachSignals(evidenceOf(c), i)
  return SIGNALS.map((name) => x[name])
}

/** The logistic fit (`fitLogistic`) of every candidate's signals, as a model. */
const fit = (cases: readonly Case[]): AttachModel => {
  const x: number[][] = []
  const y: number[] = []
  for (const c of cases)
    for (const [i, candidate] of c.candidates.entries()) {
      x.push(signalsOf(c, i))
      y.push(candidate.right ? 1 : 0)
    }
  return asModel(SIGNALS, fitLogistic(x, y))
}

console.log(
  `${cases.length} single texts with candidates in ${sets.length} sets (each as written and as the seeds are), ${cases.filter((c) => !c.attached).length} left alone by the threshold rules`
)
printModel('WEIGHED_ATTACH_MODEL', fit(cases))
// Each bar's joins apart by how the joined candidate's gap was read: the two
// bars (WEIGHED_ATTACH_BARS) are chosen on these two counts.
for (const bar of [0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
  const joins = {
    timed: { right: 0, wrong: [] as string[] },
    byDate: { right: 0, wrong: [] as string[] },
  }
  for (const set of sets) {
    const model = fit(cases.filter((c) => c.set !== set))
    for (const c of cases.filter((c) => c.set === set && !c.attached)) {
      const i = weighedBest(evidenceOf(c), { timed: bar, byDate: bar }, model)
      const joined = c.candidates[i]
      if (!joined) continue
      const tally = joined.evidence.timed ? joins.timed : joins.byDate
      if (joined.right) tally.right++
      else tally.wrong.push(`${set}:${c.single}`)
    }
  }
  for (const [timing, { right, wrong }] of Object.entries(joins))
    console.log(
      `bar ${bar}, ${timing === 'timed' ? 'hours from times of day' : 'hours from dates alone'}, each set left out of the fit: ${right} right joins, ${wrong.length} wrong ${wrong.join(' ')}`
    )
}
