import { describe, expect, it } from 'vitest'
import { BUNDLED_FILES } from '../src/generated/bundled-articles.ts'
import { normalizeAll } from '../src/pipeline/build-publication.ts'
import { ArticleSchema } from '../src/schema/index.ts'
import { loadBundledCorpus } from '../src/storage/bundled-corpus.ts'

// The whole corpus as shipped: a malformed file in articles/ fails `npm test`
// here, naming the file and the reason.
describe('articles/', () => {
  const corpus = loadBundledCorpus()

  it('has no file that cannot be read, paired or validated', () => {
    expect(corpus.problems).toEqual([])
  })

  it('normalizes every article into a valid shared-schema record', () => {
    const { articles, problems } = normalizeAll(corpus.articles)
    expect(problems).toEqual([])
    const articleFiles = BUNDLED_FILES.filter((f) => !f.name.endsWith('.meta.json'))
    expect(articles).toHaveLength(articleFiles.length)
    for (const article of articles) expect(ArticleSchema.safeParse(article).success).toBe(true)
  })

  it('gives every article a distinct id derived from its URL or text, not its file', () => {
    const { articles } = normalizeAll(corpus.articles)
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length)
    const renamed = normalizeAll(
      corpus.articles.map((a) => ({ ...a, file: `renamed-${a.file}` }))
    ).articles
    expect(renamed.map((a) => a.id)).toEqual(articles.map((a) => a.id))
  })
})
