/**
 * Scores story clustering on any corpus of articles labelled with their story,
 * such as public event-coreference and multi-document sets of real coverage
 * (docs/dedup.md §6 lists the ones measured). None is in this repository.
 *
 *   node scripts/eval-labelled-corpus.ts <file.jsonl> [more…] [--per=<field>]
 *        [--date=YYYY-MM-DD] [--verbose]
 *
 * One article per line (`scripts/lib/read-labelled-rows.ts`): `{ key,
 * cluster, text, title?, outlet?, url?, published?, …}`; `cluster` is the
 * gold story. Each goes through the
 * normalizer as text, as `POST /api/articles` would store it (an article it
 * refuses is counted and left out), then `clusterArticles`. Printed: pairwise
 * F1, precision and recall, beside the three baselines issue #4 quotes for
 * its set (b): exact hashing, MinHash and a single TF-IDF threshold, the last
 * two at their best threshold (`copy-baselines.ts`, `tfidf-baseline.ts`); a
 * corpus whose baselines are near the issue's is of that set's shape
 * (`scripts/mix-labelled-corpus.ts` builds one). `--per=topic`
 * also clusters each group of one value of that field alone (a one-topic set)
 * and counts pairs of one group, two gold stories, put in one story (hard
 * negatives). `--date` gives every article that day, as a one-day corpus.
 * Deterministic; no network.
 */
import { exactHashBaseline, minhashBaseline } from '../src/dedup/eval/copy-baselines.ts'
import { pairwiseF1 } from '../src/dedup/eval/pairwise-f1.ts'
import { tfidfBaseline } from '../src/dedup/eval/tfidf-baseline.ts'
import { clusterArticles } from '../src/dedup/index.ts'
import { NormalizeError, normalizeArticle } from '../src/normalize/index.ts'
import { resolveUrlHost } from '../src/normalize/resolve-source.ts'
import type { Article } from '../src/schema/index.ts'
import { fail } from './lib/fail.ts'
import { type LabelledRow as Row, readLabelledRows } from './lib/read-labelled-rows.ts'

const USAGE =
  'usage: node scripts/eval-labelled-corpus.ts <file.jsonl> [more…] [--per=<field>] [--date=YYYY-MM-DD] [--verbose]'

const args = process.argv.slice(2)
const files = args.filter((arg) => !arg.startsWith('--'))
const flags = args.filter((arg) => arg.startsWith('--'))
const option = (name: string): string | undefined =>
  flags.find((flag) => flag.startsWith(`--${name}=`))?.slice(name.length + 3)
const unknownFlag = flags.find((flag) => !/^--(?:per=.+|date=.+|verbose)$/.test(flag))
if (files.length === 0 || unknownFlag !== undefined)
  fail(unknownFlag === undefined ? USAGE : `unknown option ${unknownFlag}\n${USAGE}`)
const per = option('per')
const date = option('date')
if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
  fail(`--date=${date}: a day as YYYY-MM-DD is needed`)
const verbose = flags.includes('--verbose')

const rows: Row[] = files.flatMap((file) =>
  readLabelledRows(file, fail).map((row) => ({ ...row, key: `${file}#${row.key}` }))
)

type Labelled = { row: Row; article: Article }
const labelled: Labelled[] = []
let refused = 0
// A URL names one article: rows that repeat one would be one article to the clusterer
// but several to the scores, so only the first row of a URL is given it.
const urlsSeen = new Set<string>()
let urlsRepeated = 0
for (const [n, row] of rows.entries()) {
  // An outlet not given is not guessed: each such article gets one of its own.
  const outlet =
    row.outlet ?? resolveUrlHost(row.url ?? null)?.source.name ?? `unnamed outlet ${n + 1}`
  const url = row.url !== undefined && !urlsSeen.has(row.url) ? row.url : undefined
  if (row.url !== undefined && url === undefined) urlsRepeated++
  if (url !== undefined) urlsSeen.add(url)
  try {
    const article = normalizeArticle({
      content: row.text,
      form: 'text',
      file: row.key,
      metadata: {
        title: row.title,
        url,
        published: date ?? row.published,
        source: { name: outlet },
      },
    })
    labelled.push({ row, article })
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error
    refused++
    if (verbose) console.error(`refused ${row.key}: ${error.message}`)
  }
}
if (urlsRepeated > 0)
  console.error(`${urlsRepeated} rows repeat an earlier row's URL: each is read without it`)
if (
  per !== undefined &&
  !rows.some((row) => row[per] !== undefined && row[per] !== null && row[per] !== '')
)
  fail(`--per=${per}: no row has that field`)
if (labelled.length === 0)
  fail(`no article to score: ${rows.length} read, ${refused} refused by the normalizer`)
const distinctIds = new Set(labelled.map((l) => l.article.id)).size
if (distinctIds < labelled.length)
  // The same text from one outlet, twice: one article, as ingest would store it.
  console.error(
    `${labelled.length - distinctIds} rows repeat another row's text and outlet: scored as one article`
  )

const f = (n: number) => n.toFixed(3)

/** A row's value of the `--per` field, or undefined when it has none. */
const groupOf = (row: Row): string | undefined => {
  if (per === undefined) return undefined
  const value = row[per]
  return value === undefined || value === null || value === '' ? undefined : String(value)
}

const score = (group: readonly Labelled[]) => {
  const clustering = clusterArticles(group.map((l) => l.article))
  const storyOf = (l: Labelled) => clustering.storyIdByArticleId[l.article.id] as string
  const predicted = new Map(group.map((l) => [l.row.key, storyOf(l)]))
  const truth = new Map(group.map((l) => [l.row.key, l.row.cluster]))
  // Pairs of one group, two gold stories, put in one story: hard negatives.
  let hardNegatives = 0
  for (const [i, a] of group.entries()) {
    const g = groupOf(a.row)
    if (g === undefined) continue
    for (const b of group.slice(i + 1))
      if (groupOf(b.row) === g && a.row.cluster !== b.row.cluster && storyOf(a) === storyOf(b))
        hardNegatives++
  }
  return { scores: pairwiseF1(predicted, truth), stories: clustering.stories.length, hardNegatives }
}

const all = score(labelled)
const texts = labelled.map((l) => `${l.article.title}\n${l.article.text}`)
const goldLabels = labelled.map((l) => l.row.cluster)
const baseline = tfidfBaseline(texts, goldLabels)[0]
const exact = exactHashBaseline(
  labelled.map((l) => l.article),
  goldLabels
)
const minhash = minhashBaseline(texts, goldLabels)[0]
console.log(
  `${labelled.length} articles (${refused} refused by the normalizer), ` +
    `${new Set(labelled.map((l) => l.row.cluster)).size} gold stories, ${all.stories} formed`
)
console.log(
  `clusterer: F1 ${f(all.scores.f1)} P ${f(all.scores.precision)} R ${f(all.scores.recall)}` +
    (per === undefined ? '' : `; pairs of one ${per} in two stories merged: ${all.hardNegatives}`)
)
// The three baselines issue #4 quotes for its mixed set: exact hashing 0.45, MinHash 0.53,
// TF-IDF 0.57. A corpus near all three is of that set's shape.
for (const [name, result] of [
  ['exact hashing', exact],
  ['MinHash, best', minhash],
  ['single TF-IDF threshold, best', baseline],
] as const)
  if (result)
    console.log(
      `${name}${result.threshold === null ? '' : ` (${result.threshold})`}: ` +
        `F1 ${f(result.scores.f1)} P ${f(result.scores.precision)} R ${f(result.scores.recall)}`
    )

if (per !== undefined) {
  const groups = new Map<string, Labelled[]>()
  for (const l of labelled) {
    const value = groupOf(l.row)
    if (value === undefined) continue
    const group = groups.get(value)
    if (group) group.push(l)
    else groups.set(value, [l])
  }
  const results = [...groups].map(([value, group]) => ({ value, ...score(group) }))
  if (verbose)
    for (const r of results)
      console.log(
        `  ${per} ${r.value}: F1 ${f(r.scores.f1)} P ${f(r.scores.precision)} R ${f(r.scores.recall)}` +
          (r.hardNegatives ? `, ${r.hardNegatives} pairs of two stories merged` : '')
      )
  const mean = results.reduce((sum, r) => sum + r.scores.f1, 0) / results.length
  console.log(
    `each ${per} alone: ${results.length} groups, mean F1 ${f(mean)}, ` +
      `${results.filter((r) => r.scores.f1 >= 0.9).length} at 0.9 or more, ` +
      `${results.filter((r) => r.hardNegatives > 0).length} with pairs of two stories merged ` +
      `(${results.reduce((sum, r) => sum + r.hardNegatives, 0)} pairs)`
  )
}
