/**
 * Measures clustering time, memory and per-add latency on synthetic corpora.
 * Not a test: `node src/dedup/eval/measure-scale.ts [articles…] [--seed N]`
 * (Node 22 runs TypeScript directly; `node --expose-gc` for exact heap numbers).
 */
import { clusterArticles, countTermStatistics, StoryIndex } from '../index.ts'
import { pairwiseF1 } from './pairwise-f1.ts'
import { generateCorpus } from './synthetic-corpus.ts'

const args = process.argv.slice(2)
const seedAt = args.indexOf('--seed')
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1
const sizes = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--seed').map(Number)
if (sizes.length === 0) sizes.push(1_000, 10_000)

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const gc = (globalThis as { gc?: () => void }).gc

for (const size of sizes) {
  const t0 = performance.now()
  const corpus = generateCorpus({ articles: size, seed })
  const t1 = performance.now()
  gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  let peakHeap = heapBefore
  const sampler = setInterval(() => {}, 1000)
  const t2 = performance.now()
  const clustering = clusterArticles(corpus.articles)
  const t3 = performance.now()
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  clearInterval(sampler)
  const scores = pairwiseF1(new Map(Object.entries(clustering.storyIdByArticleId)), corpus.truth)
  // Per-add latency: an index holding the corpus, then 200 fresh articles of another seed.
  const extra = generateCorpus({ articles: 400, seed: seed + 1000 }).articles.slice(0, 200)
  const index = new StoryIndex({ statistics: countTermStatistics(corpus.articles) })
  for (const a of corpus.articles) index.add(a)
  const latencies: number[] = []
  for (const a of extra) {
    const s = performance.now()
    index.add(a)
    latencies.push(performance.now() - s)
  }
  latencies.sort((a, b) => a - b)
  const q = (p: number) => (latencies[Math.floor(p * (latencies.length - 1))] as number).toFixed(2)
  console.log(
    JSON.stringify({
      articles: corpus.articles.length,
      generateMs: Math.round(t1 - t0),
      clusterMs: Math.round(t3 - t2),
      stories: clustering.stories.length,
      heapAfterCluster: mb(peakHeap),
      rss: mb(process.memoryUsage().rss),
      addMs: { p50: q(0.5), p95: q(0.95), max: q(1) },
      f1: Number(scores.f1.toFixed(4)),
      precision: Number(scores.precision.toFixed(4)),
      recall: Number(scores.recall.toFixed(4)),
    })
  )
}
