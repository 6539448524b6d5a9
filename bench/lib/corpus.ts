/**
 * @module
 * Synthetic dedup corpora of a given size. Uses the dedup evaluation's
 * `generateCorpus({ articles, seed })` when the tree has it; otherwise builds
 * the same kind of corpus from `generateSyntheticNews` directly.
 */
import {
  generateSyntheticNews,
  type SyntheticArticle,
} from '../../src/dedup/eval/generate-synthetic-news.ts'
import { type Article, articleIdFor, sourceIdFor } from '../../src/schema/index.ts'

type GenerateCorpus = (options: { articles: number; seed?: number }) => { articles: Article[] }

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[«»“”„‟]/g, '"')
    .replace(/[‘’‚‛‹›]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

const toArticle = (s: SyntheticArticle): Article => {
  const paragraphs = s.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  const text = paragraphs.join('\n\n')
  const matchingText = fold(text)
  const homepage = `${new URL(s.url).origin}/`
  return {
    id: articleIdFor({ url: s.url, matchingText }),
    url: s.url,
    title: s.title,
    titleDerived: false,
    summary: paragraphs[0] ?? '',
    text,
    html: paragraphs
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join(''),
    matchingText,
    source: { id: sourceIdFor(s.source, homepage), name: s.source, homepage, feedUrl: null },
    authors: [],
    published: { value: s.published, precision: 'day' },
    updated: null,
    language: 'en',
    wordCount: text.split(/\s+/).length,
    tags: s.tags,
    origin: { form: 'text', file: null },
    removed: [],
  }
}

const fallback: GenerateCorpus = ({ articles, seed = 1 }) => {
  const noise = Math.round(articles * 0.3)
  const perEvent = 5 * 1.3
  const events = Math.max(1, Math.round((articles - noise) / perEvent))
  const synthetic = generateSyntheticNews({
    seed,
    topics: Math.max(1, Math.ceil(events / 8)),
    eventsPerTopic: 8,
    outletsPerEvent: [2, 8],
    noise,
    days: Math.max(7, Math.round(articles / 1500)),
  })
  return { articles: synthetic.map(toArticle) }
}

export const loadCorpus = async (
  articles: number,
  seed: number
): Promise<{ articles: Article[]; generator: string }> => {
  let generate: GenerateCorpus = fallback
  let generator = 'generateSyntheticNews (bench adapter)'
  try {
    const mod = (await import('../../src/dedup/eval/synthetic-corpus.ts')) as {
      generateCorpus?: GenerateCorpus
    }
    if (typeof mod.generateCorpus === 'function') {
      generate = mod.generateCorpus
      generator = 'src/dedup/eval/synthetic-corpus.ts generateCorpus'
    }
  } catch {
    // Not in this tree: the adapter above builds the same kind of corpus.
  }
  const out = generate({ articles, seed }).articles
  return { articles: out.slice(0, articles), generator }
}
