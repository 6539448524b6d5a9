/**
 * Normalizes captured articles and prints the records as JSON (stdout) and a
 * one-line-per-article table (stderr, so `> records.json` stays valid JSON).
 *
 *   npm run normalize -- <file or folder> [more…] [--sources config/sources.json]
 *                        [--json | --table] [--explain]
 *
 * A folder is read recursively; `x.meta.json` beside `x.txt` is its metadata.
 * Feed documents (.xml, JSON Feed) are split into items. With `--explain`
 * every dropped line is listed with its reason. `config/sources.json`, when
 * present, extends the source registry. In a folder, lines repeated across
 * three or more articles of one outlet are dropped on a second pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeArticleBytes } from '../src/ingest/decode-article-bytes.ts'
import { type CorpusFile, readCorpus } from '../src/ingest/read-corpus.ts'
import {
  findRepeatedLines,
  NormalizeError,
  type NormalizeOptions,
  normalizeArticle,
  readSourceConfig,
  splitFeedItems,
} from '../src/normalize/index.ts'
import type { Article, RawArticle } from '../src/schema/index.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = (name: string): boolean => args.includes(name)
const optionValue = (name: string): string | null => {
  const i = args.indexOf(name)
  return i >= 0 ? (args[i + 1] ?? null) : null
}
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--sources')

if (paths.length === 0 || flag('--help')) {
  console.error(
    'usage: npm run normalize -- <file or folder> [...] [--sources file.json] [--json | --table] [--explain]'
  )
  process.exit(paths.length === 0 ? 2 : 0)
}

const sourcesPath = optionValue('--sources') ?? join(root, 'config', 'sources.json')
const options: NormalizeOptions = {}
if (existsSync(sourcesPath)) options.sources = readSourceConfig(readFileSync(sourcesPath, 'utf8'))

const listFiles = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path, { withFileTypes: true })
        .filter((e) => !e.name.startsWith('.'))
        .flatMap((e) => listFiles(join(path, e.name)))
    : [path]

/** Files under each argument, named relative to it, through the same pairing as the Worker. */
const raws: RawArticle[] = []
const problems: string[] = []
for (const path of paths) {
  if (!existsSync(path)) {
    problems.push(`${path}: no such file or folder`)
    continue
  }
  const isDir = statSync(path).isDirectory()
  const base = isDir ? path : dirname(path)
  const files = listFiles(path)
  // A single file brings its sidecar along.
  if (!isDir) {
    const sidecar = path.replace(/\.[^./]+$/, '.meta.json')
    if (sidecar !== path && existsSync(sidecar)) files.push(sidecar)
  }
  const corpusFiles: CorpusFile[] = files.map((file) => {
    const name = relative(base, file).split('\\').join('/')
    const decoded = decodeArticleBytes(readFileSync(file))
    return 'text' in decoded ? { name, content: decoded.text } : { name, error: decoded.error }
  })
  const corpus = readCorpus(corpusFiles)
  for (const p of corpus.problems) problems.push(`${join(base, p.file)}: ${p.reason}`)
  for (const raw of corpus.articles) {
    const isFeed =
      raw.form === 'feed-item' || (raw.form === 'json' && /"items"\s*:/.test(raw.content))
    const items = isFeed ? splitFeedItems(raw.content) : [raw.content]
    items.forEach((content, i) => {
      raws.push({
        ...raw,
        content,
        ...(items.length > 1 ? { file: `${raw.file}#${i + 1}` } : {}),
      })
    })
  }
}

const normalizeAll = (opts: NormalizeOptions): Array<Article | { file: string; error: string }> =>
  raws.map((raw) => {
    try {
      return normalizeArticle(raw, opts)
    } catch (error) {
      if (error instanceof NormalizeError) return { file: raw.file ?? '?', error: error.message }
      throw error
    }
  })

let results = normalizeAll(options)
const firstPass = results.filter((r): r is Article => 'id' in r)
const repeated = findRepeatedLines(firstPass)
if (repeated.size > 0) results = normalizeAll({ ...options, repeatedLines: repeated })

const records = results.filter((r): r is Article => 'id' in r)
for (const r of results) if (!('id' in r)) problems.push(r.error)

if (!flag('--table')) console.log(JSON.stringify(records, null, 2))

const cell = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)

if (!flag('--json')) {
  const out = (line: string): void => {
    process.stderr.write(`${line}\n`)
  }
  const header = `${cell('file', 28)}  ${cell('source', 24)}  ${cell('date', 25)}  ${cell('title', 60)}  ${'words'.padStart(5)}  ${'dropped'.padStart(7)}`
  out(header)
  out('-'.repeat(header.length))
  for (const a of records) {
    out(
      `${cell(basename(a.origin.file ?? '-'), 28)}  ${cell(a.source.name, 24)}  ${cell(a.published?.value ?? '—', 25)}  ${cell(`${a.titleDerived ? '~ ' : ''}${a.title}`, 60)}  ${String(a.wordCount).padStart(5)}  ${String(a.removed.length).padStart(7)}`
    )
    if (flag('--explain'))
      for (const r of a.removed)
        out(`      - [${r.reason}] ${r.line.length > 110 ? `${r.line.slice(0, 109)}…` : r.line}`)
  }
  out(`${records.length} article(s) normalized; "~" marks a title derived from the lead.`)
}
for (const p of problems) console.error(`problem: ${p}`)
process.exit(problems.length > 0 ? 1 : 0)
