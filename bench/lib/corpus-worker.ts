/**
 * @module
 * Generates a synthetic dedup corpus in a process of its own (see
 * `loadCorpus`) and writes it to stdout as NDJSON, one article per line: the
 * generator's garbage lives and dies in that process. Each article is the
 * clustering projection (`ClusterInput`: the columns a batch re-clustering
 * job selects from a store), not the whole record.
 *
 * `node bench/lib/corpus-worker.ts <articles> <seed>`
 */
import { generateCorpus } from '../../src/dedup/eval/synthetic-corpus.ts'
import { ClusterInputSchema } from '../../src/schema/index.ts'

const articles = Number(process.argv[2])
const seed = Number(process.argv[3])
const fields = Object.keys(ClusterInputSchema.shape)
const lines = generateCorpus({ articles, seed })
  .articles.slice(0, articles)
  .map((article) =>
    JSON.stringify(Object.fromEntries(fields.map((f) => [f, article[f as keyof typeof article]])))
  )
// One write per batch of lines: a pipe takes them as fast as the reader parses.
const BATCH = 500
for (let i = 0; i < lines.length; i += BATCH) {
  const chunk = `${lines.slice(i, i + BATCH).join('\n')}\n`
  if (!process.stdout.write(chunk))
    await new Promise((resolve) => process.stdout.once('drain', resolve))
}
