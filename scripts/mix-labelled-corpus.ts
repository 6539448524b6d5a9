/**
 * Builds a corpus of the shape of issue #4's set (b) from labelled sets of
 * real coverage: the write-ups of `--stories` (their gold stories kept),
 * one article of each gold story of `--unrelated` as a story of its own,
 * and republished copies of a share of the write-ups, each by another outlet
 * and labelled with its original's story. Printed as JSON lines that
 * `scripts/eval-labelled-corpus.ts` reads; nothing is written to the repository.
 *
 *   node scripts/mix-labelled-corpus.ts --stories=<file.jsonl> [--unrelated=<file.jsonl>]
 *        [--story-count=N] [--copies=0.35] [--seed=1] > mix.jsonl
 *
 * `--copies` is copies per write-up: 0.35 republishes a random 35% of them,
 * 1.5 every one once and half of them twice.
 *
 * A copy is one of three, as republishers make them: the text verbatim; the
 * text with the republisher's credit line below it ("This story was originally
 * published by …"); or the text without its last paragraph under the
 * headline with the republisher's name after it. It is dated its original's
 * day or the next; an unrelated article without a date gets one of the
 * write-ups' days. The same arguments give the same bytes.
 */
import { seededRandom } from '../src/dedup/eval/generate-synthetic-news.ts'
import { fail } from './lib/fail.ts'
import { type LabelledRow as Row, readLabelledRows } from './lib/read-labelled-rows.ts'

const USAGE =
  'usage: node scripts/mix-labelled-corpus.ts --stories=<file.jsonl> [--unrelated=<file.jsonl>] [--story-count=N] [--copies=0.35] [--seed=1]'

const args = process.argv.slice(2)
const option = (name: string): string | undefined =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const unknown = args.find(
  (arg) => !/^--(?:stories|unrelated|story-count|copies|seed)=.+$/.test(arg)
)
if (unknown !== undefined) fail(`unknown argument ${unknown}\n${USAGE}`)
const storiesFile = option('stories') ?? fail(USAGE)

/** A number option within its bounds, or a failure naming it. */
const numberOption = (name: string, fallback: number, min: number, max: number): number => {
  const given = option(name)
  if (given === undefined) return fallback
  const value = Number(given)
  if (!Number.isFinite(value) || value < min || value > max)
    fail(`--${name}=${given}: a number from ${min} to ${max} is needed`)
  return value
}
const copyShare = numberOption('copies', 0.35, 0, 4)
const seed = numberOption('seed', 1, 0, 2 ** 32 - 1)
const storyCount = numberOption('story-count', Number.POSITIVE_INFINITY, 1, Number.MAX_SAFE_INTEGER)

const readRows = (file: string): Row[] => readLabelledRows(file, fail)

const random = seededRandom(seed)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
/** Fisher–Yates, seeded. */
const shuffled = <T>(items: readonly T[]): T[] => {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

const byStory = new Map<string, Row[]>()
for (const row of readRows(storiesFile)) {
  const rows = byStory.get(row.cluster)
  if (rows) rows.push(row)
  else byStory.set(row.cluster, [row])
}
const stories = shuffled([...byStory.keys()].sort()).slice(0, storyCount)
const writeUps = stories.flatMap((story) => byStory.get(story) as Row[])
const days = [...new Set(writeUps.flatMap((row) => (row.published ? [row.published] : [])))].sort()

const unrelatedFile = option('unrelated')
const seenStories = new Set<string>()
const unrelated = (unrelatedFile === undefined ? [] : readRows(unrelatedFile)).flatMap((row) => {
  if (seenStories.has(row.cluster)) return []
  seenStories.add(row.cluster)
  const story: Row = { ...row, key: `unrelated-${row.key}`, cluster: `unrelated-${row.cluster}` }
  if (story.published === undefined && days.length > 0) story.published = pick(days)
  return [story]
})

const REPUBLISHERS = [
  'Yahoo News',
  'MSN',
  'NewsBreak',
  'Daily Advocate',
  'Raw Story',
  'Region Times',
]

/**
 * The next calendar day of a date that starts YYYY-MM-DD (a longer date keeps
 * its time); a date in another form is kept as it is.
 */
const nextDay = (published: string): string => {
  const day = new Date(`${published.slice(0, 10)}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}/.test(published) || Number.isNaN(day.getTime())) return published
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10) + published.slice(10)
}

const copyOf = (row: Row, round: number): Row => {
  const republisher = pick(REPUBLISHERS.filter((name) => name !== row.outlet))
  const kind = random()
  const paragraphs = row.text.split(/\n\s*\n/)
  const cut = kind >= 0.8 && paragraphs.length >= 2
  const { url: _url, ...copy } = row
  copy.key = `${row.key}-copy${round + 1}`
  copy.outlet = republisher
  if (cut) {
    copy.text = paragraphs.slice(0, -1).join('\n\n')
    if (row.title) copy.title = `${row.title} | ${republisher}`
  } else if (kind >= 0.5)
    copy.text = `${row.text}\n\nThis story was originally published by ${row.outlet ?? 'its outlet'}.`
  if (row.published && random() < 0.5) copy.published = nextDay(row.published)
  return copy
}

// --copies=1.5: every write-up republished once, and half of them twice.
const copies = Array.from({ length: Math.ceil(copyShare) }, (_, round) =>
  shuffled(writeUps)
    .slice(0, Math.round(Math.min(1, copyShare - round) * writeUps.length))
    .map((row) => copyOf(row, round))
).flat()
const mix = shuffled([...writeUps, ...unrelated, ...copies])
// A made key ("…-copy1", "unrelated-…") may be one a row already has.
const keysSeen = new Set<string>()
for (const row of mix) {
  if (keysSeen.has(row.key))
    fail(
      `key "${row.key}" twice in the mix: rename the row of ${storiesFile} or --unrelated that has it`
    )
  keysSeen.add(row.key)
}
process.stdout.write(`${mix.map((row) => JSON.stringify(row)).join('\n')}\n`)
console.error(
  `${mix.length} articles: ${writeUps.length} write-ups of ${stories.length} stories, ` +
    `${unrelated.length} unrelated, ${copies.length} copies`
)
