/**
 * @module
 * Generates a synthetic dedup corpus in a worker thread (see `loadCorpus`):
 * the generator's garbage lives and dies in the worker's own heap.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { generateCorpus } from '../../src/dedup/eval/synthetic-corpus.ts'

const { articles, seed } = workerData as { articles: number; seed: number }
parentPort?.postMessage(generateCorpus({ articles, seed }).articles.slice(0, articles))
