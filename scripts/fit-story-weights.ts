/**
 * Fits the same-story weights (STORY_WEIGHTS and QUOTE_BONUS in
 * src/dedup/score-pair.ts) on the hand-written sets, and checks them by
 * leaving one set out at a time:
 *
 *   npm run fit-story-weights [-- fixture folder]
 *
 * Every pair of two outlets' articles inside the story window is scored as
 * the index scores it (`comparePair`, term statistics of its own set) and
 * labelled by the gold stories. The score is a weighted sum of the text,
 * lead, entity and quote cosines times the time factor, so the fit is a
 * logistic regression on those four products (`fitLogistic`). Prints the
 * fitted shape; the average precision of the current weights and of the fit
 * with each set left out (ranking every pair of a set by a fit that never
 * saw it); and the current weights' precision, recall and hard-negative
 * pairs at 0.22 and at STORY_THRESHOLD. The shape is a score's proportions,
 * not its scale: weights taken from it are multiplied so that as many pairs
 * reach STORY_THRESHOLD as before, which keeps every bar downstream in its
 * units. Not a test: nothing here runs in CI.
 */
import { fileAll, QUOTE_BONUS, STORY_THRESHOLD, STORY_WEIGHTS } from '../src/dedup/index.ts'
import { toArticle } from '../test/helpers/eval-article.ts'
import { fitLogistic } from './lib/fit-logistic.ts'
import { evalSetNames, readEvalSet } from './lib/read-eval-set.ts'

const folder = process.argv[2] ?? 'test/fixtures/dedup-eval'

/** One scored pair: its four signals times the time factor, and what the gold labels say. */
type Pair = { set: string; x: [number, number, number, number]; same: boolean; hard: boolean }

const pairsOf = (set: string): Pair[] => {
  const { inputs, expected, gold } = readEvalSet(folder, set)
  const hard = new Set(expected.hardNegatives.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]))
  const articles = inputs.map(toArticle)
  // Filed as clusterArticles files a set (term statistics of the whole set first).
  const { index } = fileAll(articles)
  const pairs: Pair[] = []
  for (const [i, a] of inputs.entries())
    for (const [j, b] of inputs.entries()) {
      // One outlet's two articles are never a story edge (sameOutlet); copies are not this fit's.
      if (j <= i || a.source.name === b.source.name) continue
      const e = index.comparePair(articles[i]?.id as string, articles[j]?.id as string)
      if (!e || e.signals.time === 0 || e.verdict === 'near-duplicate') continue
      const { text, lead, entities, quotes, time } = e.signals
      pairs.push({
        set,
        x: [text * time, lead * time, entities * time, quotes * time],
        same: gold.get(a.key) === gold.get(b.key),
        hard: hard.has(`${a.key} ${b.key}`),
      })
    }
  return pairs
}

/** Average precision of a ranking: the mean precision at each right pair. */
const averagePrecision = (scored: { score: number; same: boolean }[]): number => {
  const sorted = [...scored].sort((p, q) => q.score - p.score)
  let right = 0
  let sum = 0
  for (const [n, p] of sorted.entries())
    if (p.same) {
      right++
      sum += right / (n + 1)
    }
  return right === 0 ? 0 : sum / right
}

const current = [STORY_WEIGHTS.text, STORY_WEIGHTS.lead, STORY_WEIGHTS.entities, QUOTE_BONUS]
const scoreOf = (weights: readonly number[], p: Pair) =>
  p.x.reduce((s, v, k) => s + v * (weights[k] as number), 0)

const sets = evalSetNames(folder)
const pairs = sets.flatMap(pairsOf)
const fitOn = (rows: readonly Pair[]) =>
  fitLogistic(
    rows.map((p) => p.x),
    rows.map((p) => (p.same ? 1 : 0))
  )
const all = fitOn(pairs)
const sum = (all.weights[0] as number) + (all.weights[1] as number) + (all.weights[2] as number)
const shape = all.weights.map((w) => Math.round((w / sum) * 1000) / 1000)
console.log(
  `${pairs.length} pairs of two outlets in ${sets.length} sets, ${pairs.filter((p) => p.same).length} of one story`
)
console.log(
  `fitted shape (text + lead + entities = 1): text ${shape[0]}, lead ${shape[1]}, entities ${shape[2]}, quotes ${shape[3]}`
)
const heldOut = sets.flatMap((set) => {
  const fit = fitOn(pairs.filter((p) => p.set !== set))
  return pairs
    .filter((p) => p.set === set)
    .map((p) => ({ score: scoreOf(fit.weights, p), same: p.same }))
})
console.log(
  `average precision: current weights ${averagePrecision(pairs.map((p) => ({ score: scoreOf(current, p), same: p.same }))).toFixed(4)}, fit with each set left out ${averagePrecision(heldOut).toFixed(4)}`
)
const right = pairs.filter((p) => p.same).length
for (const bar of [0.22, STORY_THRESHOLD]) {
  const above = pairs.filter((p) => scoreOf(current, p) >= bar)
  const hits = above.filter((p) => p.same).length
  console.log(
    `current weights at ${bar}: ${above.length} pairs, precision ${(hits / above.length).toFixed(3)}, recall ${(hits / right).toFixed(3)}, ${above.filter((p) => p.hard).length} hard-negative pairs`
  )
}
