/**
 * @module
 * The one place the pure stages are composed: raw articles → normalized
 * articles → what the feeds, pages and API publish. Pure and deterministic:
 * the same raw input gives the same publication, whatever the file order.
 */
import type { CorpusProblem } from '../ingest/read-corpus.ts'
import { NormalizeError, normalizeArticle } from '../normalize/index.ts'
import type { Article, RawArticle, Source } from '../schema/index.ts'

export type Publication = {
  /** Distinct articles, newest first. */
  articles: readonly Article[]
  articlesById: ReadonlyMap<string, Article>
  /** Every outlet with at least one article, by name. */
  sources: readonly Source[]
  /** Articles by outlet id, newest first. */
  articlesBySource: ReadonlyMap<string, readonly Article[]>
  /** Inputs that could not be published, with the reason. */
  problems: readonly CorpusProblem[]
}

const byNewest = (a: Article, b: Article): number => {
  const ta = a.published ? Date.parse(a.published.value) : Number.NEGATIVE_INFINITY
  const tb = b.published ? Date.parse(b.published.value) : Number.NEGATIVE_INFINITY
  return ta !== tb ? tb - ta : a.id < b.id ? -1 : 1
}

export const buildPublication = (
  raws: readonly RawArticle[],
  inputProblems: readonly CorpusProblem[] = []
): Publication => {
  const problems = [...inputProblems]
  const articlesById = new Map<string, Article>()
  for (const raw of raws) {
    const label = raw.file ?? '(unnamed input)'
    try {
      const article = normalizeArticle(raw)
      if (!articlesById.has(article.id)) articlesById.set(article.id, article)
    } catch (error) {
      if (!(error instanceof NormalizeError)) throw error
      problems.push({ file: label, reason: error.message })
    }
  }
  const articles = [...articlesById.values()].sort(byNewest)
  const articlesBySource = new Map<string, Article[]>()
  const sources = new Map<string, Source>()
  for (const article of articles) {
    sources.set(article.source.id, article.source)
    const list = articlesBySource.get(article.source.id)
    if (list) list.push(article)
    else articlesBySource.set(article.source.id, [article])
  }
  return {
    articles,
    articlesById,
    sources: [...sources.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    articlesBySource,
    problems,
  }
}
