/**
 * One hand-written evaluation set from a fixture folder, for the fitting
 * scripts: its articles as captured, its expected stories, and each
 * article key's gold story.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type EvalArticle, type Expected, goldStoryOf } from '../../test/helpers/eval-article.ts'

export const readEvalSet = (
  folder: string,
  set: string
): { inputs: EvalArticle[]; expected: Expected; gold: Map<string, string> } => {
  const inputs = JSON.parse(
    readFileSync(join(folder, set, 'articles.json'), 'utf8')
  ) as EvalArticle[]
  const expected = JSON.parse(readFileSync(join(folder, set, 'expected.json'), 'utf8')) as Expected
  return { inputs, expected, gold: goldStoryOf(expected) }
}

/** The sets of a fixture folder: its folders, in name order (its README is not a set). */
export const evalSetNames = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
