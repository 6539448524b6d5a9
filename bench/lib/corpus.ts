/**
 * @module
 * Synthetic dedup corpora of a given size, from the dedup evaluation's
 * generator (stories covered by several outlets, exact copies, spun copies,
 * unrelated noise; see docs/dedup.md §6).
 */
import { generateCorpus } from '../../src/dedup/eval/synthetic-corpus.ts'
import type { Article } from '../../src/schema/index.ts'

export const loadCorpus = async (
  articles: number,
  seed: number
): Promise<{ articles: Article[]; generator: string }> => ({
  articles: generateCorpus({ articles, seed }).articles.slice(0, articles),
  generator: 'src/dedup/eval/synthetic-corpus.ts generateCorpus',
})
