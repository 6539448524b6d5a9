/**
 * @module
 * Pairs the bundled corpus files with their sidecar metadata and validates
 * them. Pure: it takes file names and texts, never touches a filesystem, so the
 * build script (Node) and the Worker (workerd) run the same checks.
 */
import {
  type ArticleMetadata,
  ArticleMetadataSchema,
  IngestArticleSchema,
  type InputForm,
  isJsonFeedShaped,
  type RawArticle,
} from '../schema/index.ts'

/** One file of `articles/` as bundled: its text, or why it could not be read as text. */
export type CorpusFile = { name: string; content: string } | { name: string; error: string }

/** What is wrong with one file, in words a person can act on. */
export type CorpusProblem = { file: string; reason: string }

export type Corpus = { articles: RawArticle[]; problems: CorpusProblem[] }

/** Sidecar metadata lives beside the article: `000_x.txt` → `000_x.meta.json`. */
export const SIDECAR_SUFFIX = '.meta.json'

const FORM_BY_EXTENSION: Record<string, InputForm> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  xml: 'feed-item',
}

/** Extensions of JSON Lines: one article object per line. */
const JSON_LINES = /\.(jsonl|ndjson)$/i

/** The input form an article file's extension names, or undefined when it names none. */
export const formForFileName = (name: string): InputForm | undefined =>
  FORM_BY_EXTENSION[name.slice(name.lastIndexOf('.') + 1).toLowerCase()]

const stemOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/** Files a corpus may hold that are not articles (docs, dotfiles). */
const isIgnored = (name: string): boolean =>
  name.startsWith('.') || /(^|\/)readme(\.[a-z]+)?$/i.test(name)

/**
 * Reads the bundled files into raw articles. A broken file becomes a problem
 * naming the file and the reason; every other article still loads.
 */
export const readCorpus = (files: readonly CorpusFile[]): Corpus => {
  const problems: CorpusProblem[] = []
  const sidecars = new Map<string, CorpusFile>()
  const articleFiles: CorpusFile[] = []
  for (const file of files) {
    if (isIgnored(file.name)) continue
    if (file.name.endsWith(SIDECAR_SUFFIX))
      sidecars.set(file.name.slice(0, -SIDECAR_SUFFIX.length), file)
    else articleFiles.push(file)
  }

  // A sidecar serves every article file of its stem (`a.txt` and `a.html`): it is
  // parsed once, reported once when broken, and never silently skipped.
  const usedStems = new Set<string>()
  const parsedSidecars = new Map<string, ArticleMetadata | undefined>()
  const metadataFor = (stem: string): ArticleMetadata | undefined => {
    const sidecar = sidecars.get(stem)
    if (!sidecar) return {}
    if (!parsedSidecars.has(stem)) parsedSidecars.set(stem, parseSidecar(sidecar, problems))
    return parsedSidecars.get(stem)
  }

  const articles: RawArticle[] = []
  for (const file of [...articleFiles].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const stem = stemOf(file.name)
    usedStems.add(stem)
    if ('error' in file) {
      problems.push({ file: file.name, reason: file.error })
      continue
    }
    const form = formForFileName(file.name)
    if (!form) {
      problems.push({
        file: file.name,
        reason: `unsupported extension; expected one of ${Object.keys(FORM_BY_EXTENSION)
          .map((e) => `.${e}`)
          .join(', ')}`,
      })
      continue
    }
    if (file.content.trim() === '') {
      problems.push({ file: file.name, reason: 'the file is empty' })
      continue
    }
    const metadata = metadataFor(stem)
    if (metadata === undefined) continue
    for (const record of form === 'json' ? jsonRecords(file, problems) : [file])
      articles.push({ content: record.content, form, file: record.name, metadata })
  }
  for (const [stem, orphan] of sidecars) {
    if (usedStems.has(stem)) continue
    problems.push({
      file: orphan.name,
      reason: `metadata for "${stem}.*", but no such article file`,
    })
  }
  return { articles, problems }
}

/**
 * The articles of one JSON file. Captures are often exported many to a file:
 * a JSON array of article objects (each named `file[i]`, from 0) or JSON Lines
 * (`.jsonl`/`.ndjson`, each named `file:line`). A single object is one article.
 * Each capture is checked as `POST /api/articles` checks it, so the same record
 * is refused the same way, naming the field, wherever it is sent; a record
 * that is refused becomes a problem and the rest load.
 */
const jsonRecords = (
  file: { name: string; content: string },
  problems: CorpusProblem[]
): { name: string; content: string }[] => {
  const lines = JSON_LINES.test(file.name)
  const documents = lines
    ? file.content
        .split('\n')
        .map((text, i) => ({ name: `${file.name}:${i + 1}`, content: text }))
        .filter((d) => d.content.trim() !== '')
    : [file]
  const records: { name: string; content: string }[] = []
  const take = (name: string, content: string, value: unknown) => {
    const reason = captureProblem(value)
    if (reason) problems.push({ file: name, reason })
    else records.push({ name, content })
  }
  for (const document of documents) {
    let value: unknown
    try {
      value = JSON.parse(document.content)
    } catch (error) {
      // A whole file that is not JSON is the normalizer's to report, in the same words.
      if (!lines) records.push(document)
      else
        problems.push({
          file: document.name,
          reason: `not valid JSON: ${(error as Error).message}`,
        })
      continue
    }
    if (lines || !Array.isArray(value)) take(document.name, document.content, value)
    else if (value.length === 0)
      problems.push({ file: document.name, reason: 'the JSON array holds no articles' })
    else
      for (const [i, element] of value.entries())
        take(`${document.name}[${i}]`, JSON.stringify(element), element)
  }
  return records
}

/**
 * Why a JSON value is not one article capture, or null. JSON Feed documents
 * and items are another shape, which the normalizer reads (and checks) itself.
 */
const captureProblem = (value: unknown): string | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'not a JSON object (one article)'
  if (isJsonFeedShaped(value)) return null
  const parsed = IngestArticleSchema.safeParse(value)
  return parsed.success
    ? null
    : parsed.error.issues
        .map((issue) => `"${issue.path.map(String).join('.') || '(root)'}" ${issue.message}`)
        .join('; ')
}

/** Parses and validates one sidecar; undefined (with a problem recorded) when it is unusable. */
const parseSidecar = (file: CorpusFile, problems: CorpusProblem[]): ArticleMetadata | undefined => {
  if ('error' in file) {
    problems.push({ file: file.name, reason: file.error })
    return undefined
  }
  let json: unknown
  try {
    json = JSON.parse(file.content)
  } catch (error) {
    problems.push({ file: file.name, reason: `not valid JSON: ${(error as Error).message}` })
    return undefined
  }
  const parsed = ArticleMetadataSchema.safeParse(json)
  if (!parsed.success) {
    const reasons = parsed.error.issues.map(
      (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`
    )
    problems.push({ file: file.name, reason: reasons.join('; ') })
    return undefined
  }
  return parsed.data
}
