/**
 * Clusters every hand-written set for the fitting scripts, each twice: as
 * written, and captured as the seeds are (dates to the day, the headline as
 * the text's first line), where fewer rules can read hours. Filed as
 * `clusterArticles` files a set (statistics first, canonical order; a set of
 * one week has no topics), with the index options a fit asks for (its
 * observers), and its stories formed.
 */
import { fileAll, type StoryIndexOptions } from '../../src/dedup/index.ts'
import { capturedAsTheSeeds, toArticle } from '../../test/helpers/eval-article.ts'
import { evalSetNames, readEvalSet } from './read-eval-set.ts'

/** One set as one fit sees it. */
export type EvalSetView = {
  set: string
  asTheSeeds: boolean
  /** An article id's key. */
  keyOf: (id: string) => string | undefined
  /** Article ids as their keys, with `~` after them when captured as the seeds are. */
  label: (ids: readonly string[]) => string
  /** The gold story of an article id. */
  storyOf: (id: string) => string | undefined
}

export const clusterEvalSets = (
  folder: string,
  optionsFor: (view: EvalSetView) => StoryIndexOptions
): string[] => {
  const sets = evalSetNames(folder)
  for (const set of sets)
    for (const asTheSeeds of [false, true]) {
      const { inputs, gold } = readEvalSet(folder, set)
      const articles = inputs.map((input) => ({
        key: input.key,
        article: toArticle(asTheSeeds ? capturedAsTheSeeds(input) : input),
      }))
      const keyOf = new Map(articles.map(({ key, article }) => [article.id, key]))
      const options = optionsFor({
        set,
        asTheSeeds,
        keyOf: (id) => keyOf.get(id),
        label: (ids) => ids.map((id) => keyOf.get(id)).join(' ') + (asTheSeeds ? '~' : ''),
        storyOf: (id) => gold.get(keyOf.get(id) as string),
      })
      fileAll(
        articles.map((a) => a.article),
        options
      ).index.stories()
    }
  return sets
}
