/**
 * Scores story clustering on any corpus of articles labelled with their story,
 * such as public event-coreference and multi-document sets of real coverage
 * (docs/dedup.md §6 lists the ones measured). None is in this repository.
 *
 *   node scripts/eval-labelled-corpus.ts <file.jsonl> [more…] [--per=<field>]
 *        [--date=YYYY-MM-DD] [--verbose]
 *
 * One article per line: `{ key, cluster, text, title?, outlet?, url?,
 * published?, …}`; `cluster` is the gold story. Each goes through the
 * normalizer as text, as `POST /api/articles` would store it (an article it
 * refuses is counted and left out), then `clusterArticles`. Printed: pairwise
 * F1, precision and recall, beside the baseline the issue quotes (a single
 * TF-IDF threshold, at its best threshold: `tfidf-baseline.ts`). `--per=topic`
 * also clusters each group of one value of that field alone (a one-topic set)
 * and counts pairs of one group, two gold stories, put in one story (hard
 * negatives). `--date` gives every article that day, as a one-day corpus.
 * Deterministic; no network.
 */
import { readFileSync } from 'node:fs'
import { pairwiseF1 } from '../src/dedup/eval/pairwise-f1.ts'
import { tfidfBaseline } from '../src/dedup/eval/tfidf-baseline.ts'
import { clusterArticles } from '../src/dedup/index.ts'
import { NormalizeError, normalizeArticle } from '../src/normalize/index.ts'
import type { Article } from '../src/schema/index.ts'

type Row = {
  key: string
  cluster: string
  text: string
  title?: string | null
  outlet?: string | null
  url?: string | null
  published?: string | null
  [field: string]: unknown
}

const args = process.argv.slice(2)
const files = args.filter((arg) => !arg.startsWith('--'))
const option = (name: string): string | undefined =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
if (files.length === 0) {
  console.error(
    'usage: node scripts/eval-labelled-corpus.ts <file.jsonl> [more…] [--per=<field>] [--date=YYYY-MM-DD] [--verbose]'
  )
  process.exit(2)
}
const per = option('per')
const date = option('date')
const verbose = args.includes('--verbose')

/** A bad line ends the run with its file and line named, and nothing scored. */
const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

const parseLine = (file: string, line: string, i: number): Row => {
  try {
    return JSON.parse(line) as Row
  } catch (error) {
    return fail(`${file}:${i + 1}: not JSON (${(error as Error).message})`)
  }
}

const rows: Row[] = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return []
      const row = parseLine(file, line, i)
      if (
        typeof row.key !== 'string' ||
        typeof row.cluster !== 'string' ||
        typeof row.text !== 'string'
      )
        fail(`${file}:${i + 1}: a line needs string "key", "cluster" and "text"`)
      return [{ ...row, key: `${file}#${row.key}` }]
    })
)

const hostOf = (url: string | null | undefined): string | null => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null
  } catch {
    return null
  }
}

type Labelled = { row: Row; article: Article }
const labelled: Labelled[] = []
let refused = 0
for (const [n, row] of rows.entries()) {
  // An outlet not given is not guessed: each such article gets one of its own
  // (a short name: outlet ids keep 64 characters of the name).
  const outlet = row.outlet ?? hostOf(row.url) ?? `unnamed outlet ${n + 1}`
  try {
    const article = normalizeArticle({
      content: row.text,
      form: 'text',
      file: row.key,
      metadata: {
        title: row.title ?? undefined,
        url: row.url ?? undefined,
        published: date ?? row.published ?? undefined,
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

const f = (n: number) => n.toFixed(3)

const score = (group: readonly Labelled[]) => {
  const clustering = clusterArticles(group.map((l) => l.article))
  const predicted = new Map(
    group.map((l) => [l.row.key, clustering.storyIdByArticleId[l.article.id] as string])
  )
  const truth = new Map(group.map((l) => [l.row.key, l.row.cluster]))
  let hardNegatives = 0
  if (per !== undefined)
    for (const [i, a] of group.entries())
      for (const b of group.slice(i + 1))
        if (
          a.row[per] === b.row[per] &&
          a.row.cluster !== b.row.cluster &&
          predicted.get(a.row.key) === predicted.get(b.row.key)
        )
          hardNegatives++
  return { scores: pairwiseF1(predicted, truth), stories: clustering.stories.length, hardNegatives }
}

const all = score(labelled)
const baseline = tfidfBaseline(
  labelled.map((l) => `${l.article.title}\n${l.article.text}`),
  labelled.map((l) => l.row.cluster)
)[0]
console.log(
  `${labelled.length} articles (${refused} refused by the normalizer), ` +
    `${new Set(labelled.map((l) => l.row.cluster)).size} gold stories, ${all.stories} formed`
)
console.log(
  `clusterer: F1 ${f(all.scores.f1)} P ${f(all.scores.precision)} R ${f(all.scores.recall)}` +
    (per === undefined ? '' : `; pairs of one ${per} in two stories merged: ${all.hardNegatives}`)
)
if (baseline)
  console.log(
    `single TF-IDF threshold, best (${baseline.threshold}): F1 ${f(baseline.scores.f1)} ` +
      `P ${f(baseline.scores.precision)} R ${f(baseline.scores.recall)}`
  )

if (per !== undefined) {
  const groups = new Map<string, Labelled[]>()
  for (const l of labelled) {
    const value = String(l.row[per] ?? '')
    groups.set(value, [...(groups.get(value) ?? []), l])
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
