/**
 * Prints the stories dedup forms from a set of articles, with the evidence.
 *
 *   node scripts/stories-cli.ts [paths…] [--json] [--explain]
 *
 * Paths are JSON files (an Article, an array of Articles, or a Clustering-like
 * `{ articles: [...] }`), article files (.txt/.md/.html/.xml with optional
 * `.meta.json` sidecars), or folders of either. Raw article files go through
 * the normalizer. With no path, the bundled `articles/` folder is read.
 * `--json` prints the whole Clustering; `--explain` adds pairwise scores and the
 * groups that joined a story as wholes (attached texts, stories merged as wholes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { attributeStory } from '../src/attribute/index.ts'
import { clusterArticles, withExplanations } from '../src/dedup/index.ts'
import { type CorpusFile, readCorpus } from '../src/ingest/read-corpus.ts'
import { type Article, ArticleSchema } from '../src/schema/index.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const asJson = args.includes('--json')
const explain = args.includes('--explain')
const paths = args.filter((a) => !a.startsWith('--'))
if (paths.length === 0) paths.push(join(root, 'articles'))

const listFiles = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => listFiles(join(path, name)))
    : [path]

const articles: Article[] = []
const rawFiles: CorpusFile[] = []
for (const path of paths) {
  const base = statSync(path).isDirectory() ? path : dirname(path)
  for (const file of listFiles(path)) {
    if (file.endsWith('.json') && !file.endsWith('.meta.json')) {
      const json: unknown = JSON.parse(readFileSync(file, 'utf8'))
      const list = Array.isArray(json)
        ? json
        : json && typeof json === 'object' && 'articles' in json && Array.isArray(json.articles)
          ? json.articles.map((a: unknown) =>
              a && typeof a === 'object' && 'article' in a ? a.article : a
            )
          : [json]
      for (const item of list) {
        const parsed = ArticleSchema.safeParse(item)
        if (parsed.success) articles.push(parsed.data)
        else console.error(`${file}: not an Article (${parsed.error.issues[0]?.message})`)
      }
    } else {
      rawFiles.push({ name: relative(base, file), content: readFileSync(file, 'utf8') })
      if (file.endsWith('.meta.json')) continue
    }
  }
}

if (rawFiles.some((f) => !f.name.endsWith('.meta.json'))) {
  const { articles: raws, problems } = readCorpus(rawFiles)
  for (const p of problems) console.error(`${p.file}: ${p.reason}`)
  try {
    const { normalizeArticle } = await import('../src/normalize/index.ts')
    for (const raw of raws) {
      try {
        articles.push(normalizeArticle(raw))
      } catch (error) {
        console.error(`${raw.file}: ${(error as Error).message}`)
      }
    }
  } catch {
    console.error('the normalizer is not available; pass Article JSON records instead')
  }
}

const clustering = clusterArticles(articles)
if (asJson) {
  console.log(JSON.stringify(withExplanations(clustering), null, 2))
} else {
  const byId = new Map(clustering.articles.map((a) => [a.id, a]))
  const label = (id: string) => {
    const a = byId.get(id)?.article
    return a ? `${a.origin.file ?? a.id.slice(0, 8)} · ${a.source.name}` : id
  }
  console.log(
    `${articles.length} article(s) → ${clustering.articles.length} distinct → ${clustering.stories.length} stor${clustering.stories.length === 1 ? 'y' : 'ies'}\n`
  )
  for (const story of clustering.stories) {
    const lead = byId.get(story.leadArticleId)?.article
    console.log(`story ${story.id}  ${story.firstPublished?.value ?? 'undated'}`)
    console.log(`  “${lead?.title ?? ''}”`)
    for (const member of story.members) {
      const copy = member.copyOf ? ` of ${label(member.copyOf)}` : ''
      console.log(`  ${member.relation.padEnd(8)} ${label(member.articleId)}${copy}`)
      for (const s of byId.get(member.articleId)?.sightings.slice(1) ?? [])
        console.log(`           also seen: ${s.source.name} ${s.url ?? s.file ?? ''}`)
    }
    const attribution = attributeStory(story, byId)
    console.log(`  reported by: ${attribution.sources.map((s) => s.name).join(', ')}`)
    if (explain) {
      const explanation = clustering.explain(story.id)
      for (const j of explanation?.joins ?? []) {
        const figures = j.figures === null ? '' : `, figures ${j.figures}`
        console.log(
          `    ${j.rule}: ${j.memberIds.map(label).join(' + ')} → ${j.toIds.map(label).join(' + ')} (pooled ${j.pooledScore}, pair average ${j.pairAverage}${figures})`
        )
      }
      for (const p of explanation?.pairs ?? []) {
        const s = p.signals
        console.log(
          `    ${label(p.a)} ~ ${label(p.b)}: ${p.verdict} score ${p.score} (text ${s.text}, lead ${s.lead}, entities ${s.entities}, quotes ${s.quotes}, shingles ${s.shingles}, time ${s.time})${p.linked ? ' [link]' : ''}`
        )
        if (p.matched.entities.length) console.log(`      names: ${p.matched.entities.join(', ')}`)
        if (p.matched.quotes.length)
          console.log(`      quotes: ${p.matched.quotes.map((q) => `“${q}”`).join(' ')}`)
        if (p.matched.terms.length) console.log(`      terms: ${p.matched.terms.join(', ')}`)
      }
    }
    console.log('')
  }
}
