/**
 * @module
 * The first step for every input form: decide the form (by the declared form,
 * else by content) and turn the capture into body lines plus whatever the
 * document states about itself. Later steps do not know which form it was.
 */
import {
  type ArticleMetadata,
  cleanUrl,
  type DateValue,
  type InputForm,
  type RawArticle,
  type RemovedLine,
} from '../schema/index.ts'
import { isUnspacedUnit, REASONS } from './classify-line.ts'
import { cleanLine, cleanLineOrNull, cleanText } from './clean-text.ts'
import { extractHtmlContent } from './extract-html-content.ts'
import { parseDate } from './parse-date.ts'
import { parseFrontMatter } from './parse-front-matter.ts'
import { parseHtml } from './parse-html.ts'
import { type FeedItem, readFeedItem, readJsonFeedItem } from './read-feed-item.ts'
import { cleanTitleTag, readHtmlMetadata } from './read-html-metadata.ts'
import { readJsonArticle } from './read-json-article.ts'
import { readMarkdown } from './read-markdown.ts'
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
  /**
   * What the caller stated: the sidecar or API metadata and a JSON capture's
   * own fields, not what the captured page says of itself (front matter, feed
   * item fields). A stated value that cannot be read is the caller's error.
   */
  stated: ArticleMetadata
  structured: StructuredData
  /** A publication date inferred by the extractor itself (e.g. `<time>` in the page). */
  inferredPublished: DateValue | null
  /**
   * True when the body came from markup (HTML, a feed's HTML content), where a
   * headline is an element, so no plain first line is taken for one.
   */
  markedUp: boolean
  /** Authors read from the document's byline boxes (inference, below structured data). */
  inferredAuthors: string[]
  /** Lines the extractor already dropped (navigation, scripts' text), with reasons. */
  removed: RemovedLine[]
}

/** A document as the form readers give it: only a JSON capture says what was stated apart. */
type Extracted = Omit<ExtractedDocument, 'stated'> & { stated?: ArticleMetadata }

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
  if (/^---\r?\n/.test(head) || /^#{1,6} /m.test(head)) return 'markdown'
  return 'text'
}

/** Explicit metadata from two places: the caller's (sidecar, API) wins field by field. */
const mergeMetadata = (inner: ArticleMetadata, outer: ArticleMetadata): ArticleMetadata => {
  const merged: Record<string, unknown> = { ...inner }
  for (const [key, value] of Object.entries(outer)) if (value !== undefined) merged[key] = value
  return merged as ArticleMetadata
}

/** Words cut to five letters (case and endings aside); an unspaced script's letters one by one. */
const stemsOf = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((word) =>
    isUnspacedUnit(word.charCodeAt(0)) ? [...word] : [word.slice(0, 5)]
  )

/** Whether most of the words of `heading` appear in `title`. */
const sharesMostWords = (heading: string, title: string): boolean => {
  const inTitle = new Set(stemsOf(title))
  const words = stemsOf(heading)
  return words.filter((word) => inTitle.has(word)).length * 2 >= words.length
}

/** A `<title>` that names an article: not only the site, and more than a word or two. */
const namesAnArticle = (title: string, siteName: string | null): boolean =>
  stemsOf(title).length >= 4 &&
  (!siteName || stemsOf(title).join(' ') !== stemsOf(siteName).join(' '))

const fromHtml = (html: string, form: InputForm, metadata: ArticleMetadata): Extracted => {
  const page = parseHtml(html)
  const found = readHtmlMetadata(page)
  const content = extractHtmlContent(page)
  const { timeElement, titleTag, ...structured } = found
  const pageTitle = titleTag ? cleanTitleTag(titleTag, structured.publisher?.name ?? null) : null
  // An <h1> outside the article that the page's <title> does not echo names a
  // section ("Allergies Health Center"), not this article.
  const headline =
    content.headline &&
    !content.headlineInArticle &&
    pageTitle &&
    namesAnArticle(pageTitle, structured.publisher?.name ?? null) &&
    !sharesMostWords(content.headline, pageTitle)
      ? null
      : content.headline
  if (!structured.title && !headline && pageTitle) structured.title = pageTitle
  return {
    form,
    lines: cleanLines(content.blocks),
    headline: cleanLineOrNull(headline),
    metadata,
    structured,
    inferredPublished: (timeElement ? parseDate(timeElement) : null) ?? content.dateline,
    markedUp: true,
    inferredAuthors: cleanNames(content.authors),
    removed: cleanRemoved(content.removed),
  }
}

const fromText = (content: string, form: InputForm, metadata: ArticleMetadata): Extracted => {
  const front = parseFrontMatter(content)
  const merged = front ? mergeMetadata(front.metadata, metadata) : metadata
  const body = front ? front.body : content
  const base = {
    markedUp: false,
    form,
    metadata: merged,
    structured: emptyStructuredData(),
    inferredPublished: null,
    inferredAuthors: [],
    removed: [],
  }
  if (form === 'markdown') {
    const md = readMarkdown(body)
    return {
      ...base,
      lines: cleanLines(md.lines),
      headline: cleanLineOrNull(md.headline),
      removed: cleanRemoved(md.removed),
    }
  }
  const address = readPageAddress(body)
  return {
    ...base,
    lines: splitTextLines(address.body),
    removed: address.removed,
    structured: address.structured,
    headline: null,
  }
}

/** A line that is only an absolute http(s) address. */
const BARE_URL = /^https?:\/\/[^\s/]+\.[^\s/]+\/\S*[^\s/]\S*$/i
/**
 * Hosts (and their subdomains) whose links are posts, videos, short links or
 * another site's copy, never a news page's own address.
 */
const NOT_A_PAGE_ADDRESS =
  /(?:^|\.)(?:t\.co|bit\.ly|goo\.gl|ow\.ly|tinyurl\.com|lnkd\.in|amzn\.to|twitter\.com|x\.com|youtu\.be|youtube\.com|instagram\.com|facebook\.com|fb\.me|tiktok\.com|t\.me|bsky\.app|threads\.net|linkedin\.com|reddit\.com|wa\.me|whatsapp\.com|google\.com|archive\.org|archive\.ph|archive\.today)$/i
/** An image's, a sound's or a video's address: a file on the page, not the page. */
const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|mp4|m4v|mov|webm|mp3|m4a|wav|ogg)$/i
/**
 * A scraper that prints the page's address above the text ("https://…/story",
 * then the headline): the address on the first line is the article's URL,
 * read as the page's own (below stated metadata), and leaves the text. Read
 * before the lines are split, so that it cannot make the head look
 * hard-wrapped.
 */
const readPageAddress = (
  body: string
): { body: string; removed: RemovedLine[]; structured: StructuredData } => {
  const none = { body, removed: [], structured: emptyStructuredData() }
  // The first line only: below a headline or a label a bare link is the story's
  // ("How to help:", a report's address), or another page's. Found without
  // splitting the capture: most have no address to read.
  const first = /^\s*(\S[^\n]*)/.exec(body)
  const line = first?.[1]?.trim() ?? ''
  const url = BARE_URL.test(line) ? cleanUrl(line) : null
  if (!url || !first) return none
  const rest = body.slice(first[0].length)
  // The address alone is no capture: leave it to be refused as one.
  if (rest.trim() === '') return none
  const { hostname, pathname } = new URL(url)
  if (NOT_A_PAGE_ADDRESS.test(hostname) || MEDIA_FILE.test(pathname)) return none
  return {
    body: rest,
    removed: [{ line, reason: REASONS.pageAddress }],
    structured: { ...emptyStructuredData(), url },
  }
}

const fromFeedItem = (item: FeedItem, form: InputForm, metadata: ArticleMetadata): Extracted => {
  if ('text' in item.body)
    return {
      form,
      lines: splitTextLines(item.body.text),
      headline: null,
      metadata,
      structured: item.structured,
      inferredPublished: null,
      markedUp: false,
      inferredAuthors: [],
      removed: [],
    }
  const doc = fromHtml(item.body.html, form, metadata)
  // The item's own fields describe the article; a fragment has no page metadata.
  return { ...doc, structured: item.structured }
}

/**
 * The capture's lines and fields, free of characters no feed can carry (see
 * `clean-text.ts`). Plain text is cleaned while it is split into lines; every
 * other form's lines and every stated field are cleaned here.
 */
export const extractDocument = (raw: RawArticle): ExtractedDocument => {
  const doc = extractRawDocument(raw)
  return {
    ...doc,
    stated: doc.stated ?? raw.metadata,
    metadata: cleanMetadata(doc.metadata),
    structured: cleanStructured(doc.structured),
  }
}

const cleanLines = (lines: readonly string[]): string[] =>
  lines.map(cleanText).filter((line) => line.trim() !== '')

const cleanNames = (names: readonly string[]): string[] =>
  names.map(cleanLineOrNull).filter((name): name is string => name !== null)

const cleanRemoved = (removed: readonly RemovedLine[]): RemovedLine[] =>
  removed.map((r) => {
    const line = cleanText(r.line)
    return line === r.line ? r : { ...r, line }
  })

/** Stated metadata, cleaned; a value left blank by cleaning is absent. */
const cleanMetadata = (metadata: ArticleMetadata): ArticleMetadata => {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value === 'string') {
      const clean =
        key === 'title' || key === 'source' || key === 'author'
          ? cleanLine(value)
          : cleanText(value).trim()
      if (clean) out[key] = clean
    } else if (Array.isArray(value)) {
      const clean = value
        .map((v) => (typeof v === 'string' ? cleanLineOrNull(v) : v))
        .filter((v) => v !== null)
      if (clean.length > 0) out[key] = clean
    } else if (key === 'source' && value && typeof value === 'object') {
      const source = value as { name: string; homepage?: string; feedUrl?: string }
      const name = cleanLineOrNull(source.name)
      if (name) out[key] = { ...source, name }
    } else out[key] = value
  }
  return out as ArticleMetadata
}

const cleanStructured = (structured: StructuredData): StructuredData => {
  const publisherName = cleanLineOrNull(structured.publisher?.name)
  return {
    title: cleanLineOrNull(structured.title),
    // What a page says of itself may be off the public web (a staging host): then it is unknown.
    url: structured.url && cleanUrl(cleanText(structured.url)),
    published: cleanLineOrNull(structured.published),
    updated: cleanLineOrNull(structured.updated),
    authors: cleanNames(structured.authors),
    publisher:
      structured.publisher && publisherName
        ? {
            name: publisherName,
            homepage: structured.publisher.homepage && cleanUrl(structured.publisher.homepage),
          }
        : null,
    language: cleanLineOrNull(structured.language),
    tags: cleanNames(structured.tags),
    description: cleanLineOrNull(structured.description),
  }
}

const extractRawDocument = (raw: RawArticle): Extracted => {
  const form = detectInputForm(raw)
  switch (form) {
    case 'html':
      return fromHtml(raw.content, form, raw.metadata)
    case 'feed-item':
      return fromFeedItem(readFeedItem(raw.content), form, raw.metadata)
    case 'json': {
      const json = readJsonArticle(raw.content)
      if (json.kind === 'feed')
        return fromFeedItem(readJsonFeedItem(json.value), 'feed-item', raw.metadata)
      if (json.kind === 'raw') {
        const stated = mergeMetadata(json.metadata, raw.metadata)
        const inner = extractDocument({
          content: json.content,
          ...(json.form && isInputForm(json.form) ? { form: json.form } : {}),
          metadata: stated,
        })
        return { ...inner, form: 'json', stated }
      }
      const metadata = mergeMetadata(json.metadata, raw.metadata)
      if ('text' in json.body)
        return { ...fromText(json.body.text, 'text', metadata), form: 'json', stated: metadata }
      return {
        ...fromHtml(json.body.html, 'json', metadata),
        structured: emptyStructuredData(),
        stated: metadata,
      }
    }
    default:
      return fromText(raw.content, form, raw.metadata)
  }
}

const isInputForm = (value: string): value is InputForm =>
  ['text', 'markdown', 'html', 'json', 'feed-item'].includes(value)
