/**
 * The hand-written dedup evaluation sets (`test/fixtures/dedup-eval/<set>/`):
 * articles as captured (`articles.json`) and their gold labels (`expected.json`).
 */
import type { EvalArticle, Expected } from './eval-article.ts'

export {
  capturedAsTheSeeds,
  type EvalArticle,
  type Expected,
  goldStoryOf,
  partitionOf,
  toArticle,
} from './eval-article.ts'

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
