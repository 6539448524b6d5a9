/**
 * Prints the stories dedup forms from a set of articles, with the evidence.
 *
 *   npm run stories -- [paths…] [--explain] [--json | --tsv] [--strict]
 *
 * Paths are files or folders (read recursively). Captures as the Worker ingests
 * them: `.txt`/`.md`/`.html`/`.xml` with an optional `.meta.json` sidecar, and
 * JSON captures (`{url, source, published, title, text|html}`, one object, an
 * array of them, or JSON Lines in `.jsonl`/`.ndjson`), all through the
 * normalizer. JSON files of normalized records (an Article, an array of
 * Articles, or a Clustering-like `{ articles: [...] }`) are clustered as they
 * are. With no path, the bundled `articles/` folder is read.
 * `--json` prints the whole Clustering; `--tsv` one line per input (input,
 * article id, distinct id, story id, outlet, title), for scripts; `--explain`
 * adds pairwise scores and the groups that joined a story as wholes. An input
 * that cannot be read is reported on stderr with its name and the reason and
 * the rest are clustered; `--strict` then exits 1.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { attributeStory } from '../src/attribute/index.ts'
import { clusterArticles, withExplanations } from '../src/dedup/index.ts'
import { decodeArticleBytes } from '../src/ingest/decode-article-bytes.ts'
import { type CorpusFile, readCorpus } from '../src/ingest/read-corpus.ts'
import { NormalizeError, normalizeArticle } from '../src/normalize/index.ts'
import { type Article, ArticleSchema } from '../src/schema/index.ts'

const USAGE = `usage: npm run stories -- [paths…] [--explain] [--json | --tsv] [--strict]

  paths      files or folders of captured articles (.txt .md .html .xml with
             .meta.json sidecars; .json captures, one object or an array;
             .jsonl/.ndjson) or of normalized Article JSON; default: articles/
  --explain  pairwise scores, matched signals and whole-group joins per story
  --json     the whole Clustering as JSON
  --tsv      one line per input: input, article id, distinct id, story id, outlet, title
  --strict   exit 1 when any input could not be read (it is reported either way)
  --help     this text`

const FLAGS = new Set(['--json', '--tsv', '--explain', '--strict', '--help', '-h'])
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const usageError = (message: string): never => {
  console.error(`stories: ${message}\n\n${USAGE}`)
  process.exit(2)
}
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
for (const a of args) if (a.startsWith('-') && !FLAGS.has(a)) usageError(`unknown option ${a}`)
const asJson = args.includes('--json')
const asTsv = args.includes('--tsv')
const explain = args.includes('--explain')
const strict = args.includes('--strict')
if (asJson && asTsv) usageError('--json and --tsv are two outputs; choose one')
const paths = args.filter((a) => !a.startsWith('-'))
if (paths.length === 0) paths.push(join(root, 'articles'))
for (const path of paths) if (!existsSync(path)) usageError(`${path}: no such file or folder`)

const listFiles = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => listFiles(join(path, name)))
    : [path]

/** What could not be read, by input name. */
const problems: { file: string; reason: string }[] = []
const articles: Article[] = []
const rawFiles: CorpusFile[] = []

/**
 * The normalized records a JSON document holds, or null when it holds
 * captures (or is not JSON: the corpus reader reports that): only a record
 * with an Article's own fields (`id`, `matchingText`) is taken as one.
 */
const normalizedRecords = (name: string, content: string): Article[] | null => {
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch {
    return null
  }
  const list: unknown[] = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && 'articles' in json && Array.isArray(json.articles)
      ? json.articles.map((a: unknown) =>
          a && typeof a === 'object' && 'article' in a ? a.article : a
        )
      : [json]
  const isRecord = (v: unknown) =>
    typeof v === 'object' && v !== null && 'id' in v && 'matchingText' in v
  if (!list.some(isRecord)) return null
  const records: Article[] = []
  for (const [i, item] of list.entries()) {
    const parsed = ArticleSchema.safeParse(item)
    if (parsed.success) records.push(parsed.data)
    else
      problems.push({
        file: list.length === 1 ? name : `${name}[${i}]`,
        reason: `not an Article: ${parsed.error.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
          .join('; ')}`,
      })
  }
  return records
}

for (const path of paths) {
  const base = statSync(path).isDirectory() ? path : dirname(path)
  for (const file of listFiles(path)) {
    const name = relative(base, file) || file
    const decoded = decodeArticleBytes(readFileSync(file))
    if ('error' in decoded) {
      rawFiles.push({ name, error: decoded.error })
      continue
    }
    const records =
      file.endsWith('.json') && !file.endsWith('.meta.json')
        ? normalizedRecords(name, decoded.text)
        : null
    if (records) articles.push(...records)
    else rawFiles.push({ name, content: decoded.text })
  }
}

const corpus = readCorpus(rawFiles)
problems.push(...corpus.problems)
for (const raw of corpus.articles) {
  try {
    articles.push(normalizeArticle(raw))
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error
    problems.push({ file: raw.file ?? '(input)', reason: error.reason })
  }
}
for (const p of problems) console.error(`${p.file}: ${p.reason}`)
if (problems.length > 0)
  console.error(`stories: ${problems.length} input(s) could not be read; the rest are clustered`)

const clustering = clusterArticles(articles)
/** A tab-separated field: tabs and line breaks inside a value become spaces. */
const field = (value: string | null | undefined) => (value ?? '').replace(/[\t\r\n]+/g, ' ')
if (asJson) {
  console.log(JSON.stringify(withExplanations(clustering), null, 2))
} else if (asTsv) {
  console.log(['input', 'article_id', 'distinct_id', 'story_id', 'outlet', 'title'].join('\t'))
  for (const a of articles)
    console.log(
      [
        a.origin.file ?? a.url ?? a.id,
        a.id,
        clustering.distinctIdByArticleId[a.id],
        clustering.storyIdByArticleId[a.id],
        a.source.name,
        a.title,
      ]
        .map(field)
        .join('\t')
    )
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
          `    ${label(p.a)} ~ ${label(p.b)}: ${p.verdict} score ${p.score} (text ${s.text}, lead ${s.lead}, entities ${s.entities}, quotes ${s.quotes}, shingles ${s.shingles}${s.opening ? ', same opening' : ''}, time ${s.time})${p.linked ? ' [link]' : ''}`
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
if (strict && problems.length > 0) process.exit(1)
