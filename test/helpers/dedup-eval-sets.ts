/**
 * The hand-written dedup evaluation sets (`test/fixtures/dedup-eval/<set>/`):
 * articles as written (`articles.json`) and their gold labels (`expected.json`).
 */
import { type Article, sourceIdFor } from '../../src/schema/index.ts'
import { type ArticleInput, makeArticle } from './make-article.ts'

export type EvalArticle = Omit<ArticleInput, 'source'> & {
  key: string
  source: { name: string; homepage: string | null }
}

export type Expected = {
  /** Gold stories: story name → article keys; every article in exactly one. */
  stories: Record<string, string[]>
  /** [copy, original, note?]: the copy must be in its original's story. */
  copies: [string, string, string?][]
  /** [a, b, note?]: same people or subject, another event; must be two stories. */
  hardNegatives: [string, string, string?][]
}

const articleFiles = import.meta.glob<EvalArticle[]>('../fixtures/dedup-eval/*/articles.json', {
  eager: true,
  import: 'default',
})
const expectedFiles = import.meta.glob<Expected>('../fixtures/dedup-eval/*/expected.json', {
  eager: true,
  import: 'default',
})

/**
 * One case per fixture folder: its `articles.json` with its `expected.json`
 * (both globbed by the caller, since globs must be literal where they are written).
 */
export const fixtureFolders = <A, E>(
  articleFiles: Record<string, A[]>,
  expectedFiles: Record<string, E>
): { name: string; inputs: A[]; expected: E }[] =>
  Object.keys(articleFiles)
    .sort()
    .map((path) => {
      const name = path.split('/').at(-2) as string
      const expected = expectedFiles[path.replace('articles.json', 'expected.json')]
      if (!expected) throw new Error(`${name}: expected.json is missing`)
      return { name, inputs: articleFiles[path] as A[], expected }
    })

export type EvalSet = { name: string; inputs: EvalArticle[]; expected: Expected }

/** Every set, by folder name. */
export const evalSets: EvalSet[] = fixtureFolders(articleFiles, expectedFiles)

/** An evaluation article as the normalizer would have made it. */
export const toArticle = ({ key: _key, source, ...input }: EvalArticle): Article =>
  makeArticle({
    ...input,
    source: { id: sourceIdFor(source.name, source.homepage), ...source, feedUrl: null },
  })
