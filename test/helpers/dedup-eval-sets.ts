/**
 * The hand-written dedup evaluation sets (`test/fixtures/dedup-eval/<set>/`):
 * articles as captured (`articles.json`) and their gold labels (`expected.json`).
 */
import { normalizeArticle } from '../../src/normalize/index.ts'
import type { Article } from '../../src/schema/index.ts'

/** One captured article: its text as scraped (furniture included) and the metadata given with it. */
export type EvalArticle = {
  key: string
  text: string
  title?: string
  url?: string | null
  published?: string | null
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

/**
 * An evaluation article as ingested: its captured text and metadata through
 * the normalizer, as `POST /api/articles` would store it, so the scores are
 * those of what ships (credits, bylines and other furniture removed).
 */
export const toArticle = ({ key, text, title, url, published, source }: EvalArticle): Article =>
  normalizeArticle({
    content: text,
    form: 'text',
    file: key,
    metadata: {
      title,
      url: url ?? undefined,
      published: published ?? undefined,
      source: { name: source.name, homepage: source.homepage ?? undefined },
    },
  })
