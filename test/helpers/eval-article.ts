/**
 * One hand-written evaluation article and its set's gold labels, and the
 * article as ingest stores it. Apart from the fixture globs
 * (`dedup-eval-sets.ts`) so a Node script can read the sets too.
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

/** Each article key's gold story. */
export const goldStoryOf = (expected: Pick<Expected, 'stories'>): Map<string, string> =>
  new Map(
    Object.entries(expected.stories).flatMap(([story, keys]) => keys.map((key) => [key, story]))
  )

/**
 * An evaluation article captured as the seeds are: every seed's sidecar gives
 * a date without a time of day and no title, so the text's first line is the
 * headline.
 */
export const capturedAsTheSeeds = (input: EvalArticle): EvalArticle => {
  const { title, ...rest } = input
  return {
    ...rest,
    text: title ? `${title}\n\n${input.text}` : input.text,
    published: input.published?.slice(0, 10) ?? null,
  }
}

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

/**
 * A clustering as a partition to compare: the names grouped by the story each
 * is in (`storyOf`: name → story id), each group sorted, the groups sorted.
 */
export const partitionOf = (storyOf: Iterable<readonly [string, string]>): string[] => {
  const groups = new Map<string, string[]>()
  for (const [name, story] of storyOf) groups.set(story, [...(groups.get(story) ?? []), name])
  return [...groups.values()].map((names) => names.sort().join(' ')).sort()
}
