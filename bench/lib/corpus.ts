/**
 * @module
 * Synthetic dedup corpora of a given size, from the dedup evaluation's
 * generator (stories covered by several outlets, exact copies, spun copies,
 * unrelated noise; see docs/dedup.md §6).
 *
 * The corpus is generated in a worker thread and handed over as a structured
 * clone, the way a real process receives articles it loads from a store: the
 * generator's intermediate strings and records (several times the corpus)
 * never occupy the measuring process's heap, which would otherwise keep
 * hundreds of MB of fragmented pages before clustering starts. Articles come
 * as the clustering projection (`ClusterInput`), like rows a batch job loads
 * with only the columns clustering reads.
 */
import { Worker } from 'node:worker_threads'
import type { ClusterInput } from '../../src/schema/index.ts'

export const loadCorpus = async (
  articles: number,
  seed: number
): Promise<{ articles: ClusterInput[]; generator: string }> => {
  const worker = new Worker(new URL('./corpus-worker.ts', import.meta.url), {
    workerData: { articles, seed },
  })
  const loaded = await new Promise<ClusterInput[]>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  await worker.terminate()
  return { articles: loaded, generator: 'src/dedup/eval/synthetic-corpus.ts generateCorpus' }
}
