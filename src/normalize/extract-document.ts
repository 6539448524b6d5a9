/**
 * @module
 * The first step for every input form: decide the form (by the declared form,
 * else by content) and turn the capture into body lines plus whatever the
 * document states about itself. Later steps do not know which form it was.
 */
import type {
  ArticleMetadata,
  DateValue,
  InputForm,
  RawArticle,
  RemovedLine,
} from '../schema/index.ts'
import { splitTextLines } from './split-text-lines.ts'

/** What a document states about itself (JSON-LD, OpenGraph, meta, feed fields). */
export type StructuredData = {
  title: string | null
  url: string | null
  published: string | null
  updated: string | null
  authors: string[]
  publisher: { name: string; homepage: string | null } | null
  language: string | null
  tags: string[]
  description: string | null
}

export type ExtractedDocument = {
  form: InputForm
  /** Candidate paragraphs in reading order. */
  lines: string[]
  /** A headline the form marks explicitly (`<h1>`, Markdown `#`, feed title). */
  headline: string | null
  /** Explicit metadata: sidecar and front matter / API fields merged, explicit first. */
  metadata: ArticleMetadata
  structured: StructuredData
  /** A publication date inferred by the extractor itself (e.g. `<time>` in the page). */
  inferredPublished: DateValue | null
  /** Lines the extractor already dropped (navigation, scripts' text), with reasons. */
  removed: RemovedLine[]
}

export const emptyStructuredData = (): StructuredData => ({
  title: null,
  url: null,
  published: null,
  updated: null,
  authors: [],
  publisher: null,
  language: null,
  tags: [],
  description: null,
})

/** The form to use: declared, else sniffed from the first characters. */
export const detectInputForm = (raw: RawArticle): InputForm => {
  if (raw.form) return raw.form
  const head = raw.content.trimStart().slice(0, 200).toLowerCase()
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<(?:head|body|article|div|p)\b/.test(head)
  )
    return 'html'
  if (
    head.startsWith('<?xml') ||
    head.startsWith('<rss') ||
    head.startsWith('<feed') ||
    head.startsWith('<item') ||
    head.startsWith('<entry')
  )
    return 'feed-item'
  if (head.startsWith('{')) return 'json'
  if (head.startsWith('---\n') || head.startsWith('---\r\n')) return 'markdown'
  return 'text'
}

export const extractDocument = (raw: RawArticle): ExtractedDocument => {
  const form = detectInputForm(raw)
  return {
    form,
    lines: splitTextLines(raw.content),
    headline: null,
    metadata: raw.metadata,
    structured: emptyStructuredData(),
    inferredPublished: null,
    removed: [],
  }
}
