/**
 * The seeds (`articles/`) as labelled rows for the labelled-corpus scripts
 * (`scripts/eval-labelled-corpus.ts`, `scripts/mix-labelled-corpus.ts`):
 * sidecar fields, the text, and issue #4's two stories ({000, 001, 002} and
 * {003, 004}), all of one topic. Node-side: it reads the folder.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const articlesDir = join(import.meta.dirname, '..', '..', 'articles')

export const labelledSeeds = () =>
  readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, i) => {
      const meta = JSON.parse(
        readFileSync(join(articlesDir, name.replace(/\.txt$/, '.meta.json')), 'utf8')
      )
      return {
        key: name,
        cluster: i < 3 ? 'no-agenda-for-a-meeting' : 'security-talks-without-russia',
        topic: 'ukraine-talks',
        text: readFileSync(join(articlesDir, name), 'utf8'),
        outlet: meta.source.name as string,
        url: meta.url as string | null,
        published: meta.published as string | null,
      }
    })
