/**
 * @module
 * Synthetic dedup corpora of a given size, from the dedup evaluation's
 * generator (stories covered by several outlets, exact copies, spun copies,
 * unrelated noise; see docs/dedup.md §6).
 *
 * The corpus is generated in a child process and streamed over a pipe as
 * NDJSON, parsed a line at a time, the way a batch job reads rows from a
 * store or a dump: the generator's intermediate strings and records (several
 * times the corpus) never occupy the measuring process, and no whole-corpus
 * message or buffer is ever built there. (A worker thread handing the corpus
 * over as one structured clone left ~40 MB of freed allocator pages in the
 * process before clustering started.) Articles come as the clustering
 * projection (`ClusterInput`), like rows a batch job loads with only the
 * columns clustering reads.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { ClusterInput } from '../../src/schema/index.ts'

/** The generator's own file; a bundled caller, which has no such neighbour, passes it in. */
export const CORPUS_GENERATOR = fileURLToPath(new URL('./corpus-worker.ts', import.meta.url))

export const loadCorpus = async (
  articles: number,
  seed: number,
  generatorFile = CORPUS_GENERATOR
): Promise<{ articles: ClusterInput[]; generator: string }> => {
  const child = spawn(process.execPath, [generatorFile, String(articles), String(seed)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve))
  const loaded: ClusterInput[] = []
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity }))
    if (line !== '') loaded.push(JSON.parse(line) as ClusterInput)
  const code = await exited
  if (code !== 0) throw new Error(`corpus generator exited with ${code}`)
  return { articles: loaded, generator: 'src/dedup/eval/synthetic-corpus.ts generateCorpus' }
}
