/**
 * @module
 * One dedup size in its own process, so its peak memory is its own:
 * `node bench/dedup-child.ts <articles> [extra] [generator file]` prints one
 * JSON line. `npm run bench` runs it bundled (see bench/dedup.ts), passing the
 * generator's path, which a bundle cannot find beside itself.
 * Generates the corpus (as the clustering projection, `ClusterInput`), resets
 * the kernel's peak-RSS mark, clusters as `clusterArticles` does (`fileAll`:
 * term statistics, then every article filed in canonical order; seal; form
 * the stories; then one story explained on demand), and reads the peak. Then
 * it files the corpus again into an index it does not seal, forms its
 * stories, adds `extra` newer articles one at a time and times each.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { canonicalOrder, clusteringOf, fileAll } from '../src/dedup/index.ts'
import type { ClusterInput } from '../src/schema/index.ts'
import { hash128 } from '../src/schema/index.ts'
import { loadCorpus } from './lib/corpus.ts'
import { quantile } from './lib/measure.ts'

const size = Number(process.argv[2] ?? 1000)
const extra = Number(process.argv[3] ?? 0)
const generatorFile = process.argv[4]
const gc = (globalThis as { gc?: () => void }).gc

/**
 * Peak RSS by a sampler thread (every 5 ms), where the kernel's high-water
 * mark cannot be reset. Only there: the thread is a Node environment of its
 * own (~14 MB of RSS), which would count in the peak it measures.
 */
const startSampler = () => {
  const shared = new Float64Array(new SharedArrayBuffer(8))
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const peak = new Float64Array(workerData);
     setInterval(() => { const r = process.memoryUsage.rss(); if (r > peak[0]) peak[0] = r }, 5);`,
    { eval: true, workerData: shared.buffer }
  )
  worker.unref()
  return { peak: () => shared[0] as number, stop: () => worker.terminate() }
}
const kernelPeak = (): number | null => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    return m ? Number(m[1]) * 1024 : null
  } catch {
    return null
  }
}
const resetKernelPeak = (): boolean => {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

const t0 = performance.now()
const { articles: all, generator } = await loadCorpus(size + extra, 42, generatorFile)
const ordered = canonicalOrder(all)
// The newest `extra` articles arrive after the corpus has been clustered.
const corpus = ordered.slice(0, ordered.length - extra)
const later = ordered.slice(ordered.length - extra)
const generateMs = performance.now() - t0
const avgChars = corpus.reduce((s, a) => s + a.text.length, 0) / corpus.length

gc?.()
const rssBefore = process.memoryUsage.rss()
const heapBefore = process.memoryUsage().heapUsed
const kernelReset = resetKernelPeak()
const sampler = kernelReset ? null : startSampler()
await new Promise((r) => setTimeout(r, 20))

// The clustering, as `clusterArticles` runs it (the same steps, timed apart):
// statistics and filing (`fileAll`), then sealing the index (freeing the
// filing tables) and forming one Clustering (explanations on request).
const c0 = performance.now()
const cpu0 = process.cpuUsage()
const filed = fileAll(corpus, { final: true })
const c1 = performance.now()
filed.index.seal()
filed.statistics.releaseTokenizer()
let clustering: ReturnType<typeof clusteringOf<ClusterInput>> | null = clusteringOf(filed.index)
const c2 = performance.now()
// What GET /api/stories/:id asks for: one story explained on demand (the largest).
let largest = clustering.stories[0]
for (const story of clustering.stories)
  if (largest && story.memberIds.length > largest.memberIds.length) largest = story
const explainedPairs = largest ? (clustering.explain(largest.id)?.pairs.length ?? 0) : 0
const c3 = performance.now()
const cpu = process.cpuUsage(cpu0)
const distinct = clustering.articles.length
const stories = clustering.stories.length

const peakSampled = sampler?.peak() ?? 0
const peakKernel = kernelReset ? kernelPeak() : null
await sampler?.stop()

// Adds, after the measured clustering: a sealed index files nothing more, so
// the same corpus is filed again, unsealed, its stories formed (a clustered
// corpus), and the newest articles are then filed one at a time. Every tenth
// comes undated, as some captures do: an undated article looks up terms on any
// day, which an index that may take more must keep ready.
clustering = null
const addMs: number[] = []
if (later.length > 0) {
  const { index } = fileAll(corpus)
  index.stories()
  for (const [i, newer] of later.entries()) {
    const article = i % 10 === 9 ? { ...newer, published: null } : newer
    const a0 = performance.now()
    index.add(article)
    addMs.push(performance.now() - a0)
  }
}

// Baseline: exact dedup only (hash of the matching text into a map) on the same
// articles. Run after the measured section: its map and the hashing's freed
// buffers are not the clustering's memory.
const baselineMs = (() => {
  const b0 = performance.now()
  const exact = new Map<string, ClusterInput>()
  for (const a of corpus) {
    const key = hash128(a.matchingText)
    if (!exact.has(key)) exact.set(key, a)
  }
  return performance.now() - b0
})()

console.log(
  JSON.stringify({
    size: corpus.length,
    generator,
    avgChars,
    generateMs,
    baselineMs,
    fileAllMs: c1 - c0,
    storiesMs: c2 - c1,
    explainOneMs: c3 - c2,
    totalMs: c3 - c0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    distinct,
    stories,
    explainedPairs,
    rssBefore,
    heapBefore,
    peakRss: Math.max(peakSampled, peakKernel ?? 0),
    peakMethod: peakKernel ? 'VmHWM after clear_refs' : '5 ms sampler',
    adds: addMs.length,
    addMedianMs: addMs.length ? quantile(addMs, 0.5) : null,
    addP99Ms: addMs.length ? quantile(addMs, 0.99) : null,
    addMaxMs: addMs.length ? Math.max(...addMs) : null,
  })
)
