/**
 * @module
 * Generates a synthetic dedup corpus in a worker thread (see `loadCorpus`):
 * the generator's garbage lives and dies in the worker's own heap. Each
 * article is sent as the clustering projection (`ClusterInput`: the columns a
 * batch re-clustering job selects from a store), not the whole record.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { generateCorpus } from '../../src/dedup/eval/synthetic-corpus.ts'
import { ClusterInputSchema } from '../../src/schema/index.ts'

const { articles, seed } = workerData as { articles: number; seed: number }
const fields = Object.keys(ClusterInputSchema.shape)
parentPort?.postMessage(
  generateCorpus({ articles, seed })
    .articles.slice(0, articles)
    .map((article) =>
      Object.fromEntries(fields.map((f) => [f, article[f as keyof typeof article]]))
    )
)
