/**
 * @module
 * Items of upstream feeds: RSS 2.0 `<item>`, Atom `<entry>` and JSON Feed 1.1
 * items. The item's fields are structured data (the publisher's own), its
 * channel names the publisher, and its content (`content:encoded`, Atom
 * `content`, `content_html`, else the description or summary) is the body.
 * A document with several items is split with `splitFeedItems` first.
 */

import { emptyStructuredData, type StructuredData } from './extract-document.ts'
import { NormalizeError } from './normalize-error.ts'
import {
  findElements,
  findFirstElement,
  type HtmlElement,
  type HtmlNode,
  isElement,
  parseXml,
  rawTextOf,
  sourceOf,
} from './parse-html.ts'

export type FeedItem = {
  structured: StructuredData
  /** The body, and whether it is HTML or plain text. */
  body: { html: string } | { text: string }
}

const childrenOf = (element: HtmlElement): HtmlElement[] =>
  (element.children as HtmlNode[]).filter(isElement)

const child = (element: HtmlElement, ...names: string[]): HtmlElement | null =>
  childrenOf(element).find((c) => names.includes(c.name.toLowerCase())) ?? null

const textIn = (element: HtmlElement | null): string | null => {
  if (!element) return null
  const text = rawTextOf(element).trim()
  return text || null
}

const ITEM_NAMES = new Set(['item', 'entry'])

const itemsIn = (root: ReturnType<typeof parseXml>): HtmlElement[] =>
  findElements(root, (e) => ITEM_NAMES.has(e.name.toLowerCase()))

/** "jane@example.com (Jane Doe)" → "Jane Doe"; a bare e-mail address is no name. */
const authorName = (value: string): string | null => {
  const inParens = /\(([^)]+)\)\s*$/.exec(value)
  if (inParens) return (inParens[1] as string).trim()
  return /@/.test(value) ? null : value.trim() || null
}

const readXmlItem = (xml: string): FeedItem => {
  const root = parseXml(xml)
  const items = itemsIn(root)
  if (items.length === 0)
    throw new NormalizeError('no <item> or <entry> found in the feed document')
  if (items.length > 1)
    throw new NormalizeError(
      `the feed has ${items.length} items; split it with splitFeedItems and normalize each`
    )
  const item = items[0] as HtmlElement
  const channel = findFirstElement(root, (e) => e.name === 'channel' || e.name === 'feed')
  const structured = emptyStructuredData()
  structured.title = textIn(child(item, 'title'))
  const links = childrenOf(item).filter((c) => c.name === 'link')
  const alternate = links.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate')
  const guid = child(item, 'guid')
  structured.url =
    alternate?.attribs.href ??
    textIn(links[0] ?? null) ??
    (guid &&
    (guid.attribs.isPermaLink ?? guid.attribs.ispermalink) !== 'false' &&
    /^https?:/.test(textIn(guid) ?? '')
      ? textIn(guid)
      : null) ??
    null
  structured.published = textIn(child(item, 'pubdate', 'published', 'dc:date', 'issued'))
  structured.updated = textIn(child(item, 'updated', 'atom:updated', 'dcterms:modified'))
  structured.authors = childrenOf(item)
    .filter((c) => ['author', 'dc:creator', 'creator'].includes(c.name))
    .map((c) => authorName(textIn(child(c, 'name')) ?? textIn(c) ?? ''))
    .filter((a): a is string => a !== null)
  structured.tags = childrenOf(item)
    .filter((c) => c.name === 'category')
    .map((c) => c.attribs.term ?? c.attribs.label ?? textIn(c) ?? '')
    .filter(Boolean)
  structured.language = channel
    ? (textIn(child(channel as HtmlElement, 'language')) ??
      (channel as HtmlElement).attribs['xml:lang'] ??
      null)
    : null
  if (channel) {
    const ch = channel as HtmlElement
    const name = textIn(child(ch, 'title'))
    const chLinks = childrenOf(ch).filter((c) => c.name === 'link')
    const home = chLinks.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate')
    const homepage = home?.attribs.href ?? textIn(home ?? null)
    if (name)
      structured.publisher = {
        name,
        homepage: homepage && /^https?:/.test(homepage) ? homepage : null,
      }
  }
  const encoded = child(item, 'content:encoded', 'content')
  const description = child(item, 'description', 'summary')
  structured.description = textIn(description)
  const content = [encoded, description]
    .map((e) => ({ e, text: textIn(e) }))
    .filter((c) => c.text)
    .sort((a, b) => (b.text?.length ?? 0) - (a.text?.length ?? 0))[0]
  if (!content?.e || !content.text)
    throw new NormalizeError('the feed item has no content or description')
  const type = content.e.attribs.type ?? 'html'
  const body = type === 'text' ? { text: content.text } : { html: content.text }
  return { structured, body }
}

type JsonFeedItem = {
  id?: unknown
  url?: unknown
  external_url?: unknown
  title?: unknown
  content_html?: unknown
  content_text?: unknown
  summary?: unknown
  date_published?: unknown
  date_modified?: unknown
  authors?: unknown
  author?: unknown
  tags?: unknown
  language?: unknown
}

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

/** True when a parsed JSON object looks like a JSON Feed document or item. */
export const isJsonFeed = (value: Record<string, unknown>): boolean =>
  (typeof value.version === 'string' && value.version.includes('jsonfeed')) ||
  'content_html' in value ||
  'content_text' in value ||
  'date_published' in value

export const readJsonFeedItem = (value: Record<string, unknown>): FeedItem => {
  let item = value as JsonFeedItem
  const structured = emptyStructuredData()
  if (Array.isArray(value.items)) {
    if (value.items.length !== 1)
      throw new NormalizeError(
        `the feed has ${value.items.length} items; split it with splitFeedItems and normalize each`
      )
    item = value.items[0] as JsonFeedItem
    const name = str(value.title)
    if (name) structured.publisher = { name, homepage: str(value.home_page_url) }
    structured.language = str(value.language)
  }
  structured.title = str(item.title)
  structured.url = str(item.url) ?? (str(item.id)?.startsWith('http') ? str(item.id) : null)
  structured.published = str(item.date_published)
  structured.updated = str(item.date_modified)
  const authors = Array.isArray(item.authors) ? item.authors : item.author ? [item.author] : []
  structured.authors = authors
    .map((a) => str((a as { name?: unknown })?.name))
    .filter((a): a is string => a !== null)
  structured.tags = Array.isArray(item.tags)
    ? item.tags.filter((t): t is string => typeof t === 'string')
    : []
  structured.language = str(item.language) ?? structured.language
  structured.description = str(item.summary)
  const html = str(item.content_html)
  const text = str(item.content_text) ?? str(item.summary)
  if (html) return { structured, body: { html } }
  if (text) return { structured, body: { text } }
  throw new NormalizeError('the feed item has no content_html, content_text or summary')
}

export const readFeedItem = (content: string): FeedItem => {
  const trimmed = content.trimStart()
  if (trimmed.startsWith('{')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(trimmed)
    } catch (error) {
      throw new NormalizeError(`not valid JSON: ${(error as Error).message}`)
    }
    if (!parsed || typeof parsed !== 'object')
      throw new NormalizeError('the JSON feed item is not an object')
    return readJsonFeedItem(parsed as Record<string, unknown>)
  }
  return readXmlItem(content)
}

/**
 * One document per item of an RSS, Atom or JSON Feed document, each keeping
 * its channel's title and link, ready for `normalizeArticle`.
 */
export const splitFeedItems = (content: string): string[] => {
  const trimmed = content.trimStart()
  if (trimmed.startsWith('{')) {
    const feed = JSON.parse(trimmed) as Record<string, unknown>
    if (!Array.isArray(feed.items)) return [content]
    return feed.items.map((item) => JSON.stringify({ ...feed, items: [item] }))
  }
  const root = parseXml(content, true)
  const items = itemsIn(root)
  if (items.length <= 1) return [content]
  const channel = findFirstElement(root, (e) => e.name === 'channel' || e.name === 'feed')
  const head = channel
    ? childrenOf(channel)
        .filter((c) => ['title', 'link', 'language'].includes(c.name))
        .map((c) => sourceOf(content, c))
        .join('')
    : ''
  const isAtom = channel?.name === 'feed'
  return items.map((item) => {
    // The item as written: re-serializing would recurse once per nesting level.
    const inner = sourceOf(content, item)
    return isAtom
      ? `<feed xmlns="http://www.w3.org/2005/Atom">${head}${inner}</feed>`
      : `<rss version="2.0"><channel>${head}${inner}</channel></rss>`
  })
}
