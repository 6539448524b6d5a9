/**
 * @module
 * What an HTML page states about itself, in this order of trust within the
 * page: JSON-LD `NewsArticle` > OpenGraph / `article:*` > other `<meta>`
 * conventions (Dublin Core, Parse.ly, Sailthru, name=author/date) > microdata
 * (`itemprop` author, and dates of an article item) > `<link rel=canonical>`, `<html lang>`, `<title>`. Explicit metadata given beside
 * the page still outranks all of it (see normalize-article.ts).
 */
import { COMMENTARY_TAGS, commentaryKindOfLoneSection } from '../schema/index.ts'
import type { StructuredData } from './extract-document.ts'
import { authorNamesOf, looksLikePersonName, parseByline } from './parse-byline.ts'
import {
  attr,
  findElements,
  findFirstElement,
  type HtmlDocument,
  type HtmlElement,
  isElement,
  textOf,
} from './parse-html.ts'
import { readJsonLd } from './read-json-ld.ts'

const first = (...values: ReadonlyArray<string | null | undefined>): string | null => {
  for (const value of values) if (value?.trim()) return value.trim()
  return null
}

const isUrl = (value: string): boolean => /^https?:\/\//i.test(value)

export type HtmlMetadata = StructuredData & {
  /** The first `<time datetime>` in the page: weakest evidence of the date. */
  timeElement: string | null
  /** The `<title>` text as written (site name still in). */
  titleTag: string | null
}

export const readHtmlMetadata = (doc: HtmlDocument): HtmlMetadata => {
  const meta = new Map<string, string[]>()
  const ldScripts: string[] = []
  let canonical: string | null = null
  let htmlLang: string | null = null
  let titleTag: string | null = null
  let timeElement: string | null = null
  // Microdata properties outside <meta>: authors and dates, read once the article's item is known.
  const itemProps: HtmlElement[] = []
  for (const element of findElements(
    doc,
    (e) =>
      ['meta', 'link', 'script', 'html', 'title', 'time'].includes(e.name) ||
      hasItemprop(e, 'author') ||
      hasItemprop(e, 'datepublished') ||
      hasItemprop(e, 'datemodified')
  )) {
    switch (element.name) {
      case 'meta': {
        const key = (
          attr(element, 'property') ??
          attr(element, 'name') ??
          attr(element, 'itemprop') ??
          attr(element, 'http-equiv')
        )?.toLowerCase()
        const content = attr(element, 'content')
        if (key && content?.trim()) meta.set(key, [...(meta.get(key) ?? []), content.trim()])
        break
      }
      case 'link':
        if ((attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
          canonical ??= attr(element, 'href')
        break
      case 'script':
        if ((attr(element, 'type') ?? '').toLowerCase().includes('ld+json'))
          ldScripts.push(textOfScript(element))
        break
      case 'html':
        htmlLang ??= attr(element, 'lang') ?? attr(element, 'xml:lang')
        break
      case 'title':
        titleTag ??= textOf(element)
        break
      case 'time':
        timeElement ??= attr(element, 'datetime')
        break
    }
    if (element.name !== 'meta') itemProps.push(element)
  }
  const mainItem = articleItemOf(itemProps)
  const microdataDate = (prop: string): string | null => {
    const element = itemProps.find((e) => hasItemprop(e, prop) && itemOf(e) === mainItem)
    return element
      ? (attr(element, 'datetime') ?? attr(element, 'content') ?? (textOf(element) || null))
      : null
  }
  const get = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key)?.[0]
      if (value) return value
    }
    return null
  }
  const ld = readJsonLd(ldScripts)
  const siteName = first(
    ld?.publisher?.name,
    get('og:site_name', 'application-name', 'publisher', 'dc.publisher'),
    titleTag ? siteNameFromTitle(titleTag) : null
  )
  const metaAuthors = [
    ...(meta.get('author') ?? []),
    ...(meta.get('article:author') ?? []),
    ...(meta.get('parsely-author') ?? []),
    ...(meta.get('sailthru.author') ?? []),
    ...(meta.get('dc.creator') ?? []),
  ].filter((a) => !isUrl(a))
  const statedAuthors = ld?.authors.length ? ld.authors : metaAuthors
  const keywords = ld?.keywords.length
    ? ld.keywords
    : [...(meta.get('article:tag') ?? []), ...(get('news_keywords', 'keywords')?.split(',') ?? [])]
  // Opinion or analysis, by the page's type or section: a feed category, and
  // what the clusterer reads to keep opinion out of the stories it argues about.
  const section = first(
    ld?.section,
    get('article:section', 'og:article:section', 'parsely-section')
  )
  // A page's section is a whole value: "Voices" alone is the opinion section.
  const commentary = ld?.commentary ?? (section ? commentaryKindOfLoneSection(section) : null)
  if (commentary) keywords.unshift(COMMENTARY_TAGS[commentary])
  const url = first(ld?.url && isUrl(ld.url) ? ld.url : null, canonical, get('og:url'))
  let homepage = ld?.publisher?.homepage ?? null
  if (!homepage && siteName && url) {
    try {
      homepage = `${new URL(url).origin}/`
    } catch {
      homepage = null
    }
  }
  return {
    title: first(
      ld?.headline,
      get('og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title')
    ),
    url,
    published: first(
      ld?.datePublished,
      get(
        'article:published_time',
        'og:article:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'parsely-pub-date',
        'sailthru.date',
        'article.published'
      ),
      microdataDate('datepublished')
    ),
    updated: first(
      ld?.dateModified,
      get(
        'article:modified_time',
        'og:updated_time',
        'datemodified',
        'last-modified',
        'dcterms.modified'
      ),
      microdataDate('datemodified')
    ),
    // Credits as pages state them ("By TOM KRISHER, AP Auto Writer"), read for their names.
    authors: statedAuthors.length
      ? [...new Set(statedAuthors.flatMap(authorNamesOf))]
      : microdataAuthors(itemProps, mainItem),
    publisher: siteName ? { name: siteName, homepage } : null,
    language: first(ld?.language, htmlLang, get('content-language', 'og:locale', 'dc.language')),
    tags: keywords
      .map((k) => k.trim())
      .filter((k) => k.length > 0 && k.length <= 60)
      .slice(0, 10),
    description: first(
      ld?.description,
      get('og:description', 'description', 'twitter:description')
    ),
    titleTag,
    timeElement,
  }
}

const hasItemprop = (element: HtmlElement, name: string): boolean =>
  (attr(element, 'itemprop') ?? '').toLowerCase().split(/\s+/).includes(name)

/** The item an `itemprop` belongs to: its nearest ancestor with `itemscope`. */
const itemOf = (element: HtmlElement): HtmlElement | null => {
  for (let node = element.parent; node && isElement(node as HtmlElement); node = node.parent)
    if (attr(node as HtmlElement, 'itemscope') !== null) return node as HtmlElement
  return null
}

const isArticleItem = (item: HtmlElement | null): item is HtmlElement =>
  item !== null && /(?:Article|Posting|Report)$/i.test(attr(item, 'itemtype') ?? '')

/** Elements whose items are other articles' teasers, never this one. */
const ASIDE = new Set(['aside', 'nav', 'footer'])

/**
 * Whether an article item stands on its own: not a teaser in an aside, a
 * navigation or a footer, and not nested in another article item (which
 * also keeps the text measured below to one pass over the page).
 */
const standsAlone = (item: HtmlElement): boolean => {
  if (inAside(item)) return false
  for (let outer = itemOf(item); outer; outer = itemOf(outer))
    if (isArticleItem(outer)) return false
  return true
}

/**
 * The item the page's own authors and dates belong to: of the items typed as
 * an article (`schema.org/NewsArticle`, `BlogPosting`…) that carry any and
 * stand alone, the one with the most text, since teasers for other articles
 * are items too, and short. Without one, the item of the first property.
 */
const articleItemOf = (props: readonly HtmlElement[]): HtmlElement | null => {
  const items = new Set<HtmlElement>()
  for (const prop of props) {
    const item = itemOf(prop)
    if (isArticleItem(item) && standsAlone(item)) items.add(item)
  }
  let best: HtmlElement | null = null
  let bestLength = -1
  for (const item of items) {
    const length = textOf(item).length
    if (length > bestLength) {
      best = item
      bestLength = length
    }
  }
  if (best) return best
  const first = props.find((prop) => attr(prop, 'itemprop') !== null && !inAside(prop))
  return first ? itemOf(first) : null
}

const inAside = (element: HtmlElement): boolean => {
  for (let node = element as HtmlElement | null; node; node = node.parent as HtmlElement | null) {
    if (!isElement(node)) break
    if (ASIDE.has(node.name)) return true
  }
  return false
}

/** Microdata authors of the article's item: `itemprop="author"`, or its `itemprop="name"`. */
const microdataAuthors = (props: readonly HtmlElement[], item: HtmlElement | null): string[] => {
  const names: string[] = []
  for (const prop of props) {
    if (!hasItemprop(prop, 'author') || itemOf(prop) !== item) continue
    const named = findFirstElement(prop, (e) => hasItemprop(e, 'name')) ?? prop
    const text = (attr(named, 'content') ?? textOf(named)).replace(/\s+/g, ' ').trim()
    if (!text) continue
    const byline = parseByline(text)
    if (byline) names.push(...byline.authors)
    else if (named !== prop || looksLikePersonName(text)) names.push(text)
  }
  return [...new Set(names)].filter((name) => name.length <= 80)
}

const textOfScript = (element: Parameters<typeof attr>[0]): string =>
  (element.children as Array<{ data?: string }>).map((c) => c.data ?? '').join('')

/**
 * The site name a `<title>` ends with: "Headline | Circuit Weekly". Only a
 * short last part after a pipe, or after a dash when the headline part is much
 * longer, counts; anything else may be part of the headline.
 */
export const siteNameFromTitle = (title: string): string | null => {
  const pipe = title.split(/\s+[|•·]\s+/)
  const dash = title.split(/\s+[–—-]\s+/)
  const parts = pipe.length > 1 ? pipe : dash
  if (parts.length < 2) return null
  const last = (parts[parts.length - 1] as string).trim()
  const head = parts.slice(0, -1).join(' ')
  const words = last.split(/\s+/).length
  if (words > 5 || last.length < 2 || head.split(/\s+/).length < words * 2) return null
  if (/^(?:news|home|latest|live|video|opinion|world|politics|business)$/i.test(last)) return null
  return last
}

/**
 * A `<title>` without the site name: "Headline | The Outlet" → "Headline".
 * Only a part that matches the site name is cut, so titles with pipes survive.
 */
export const cleanTitleTag = (title: string, siteName: string | null): string => {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+|\s+»\s+/)
  if (parts.length < 2) return title.trim()
  const site = siteName?.toLowerCase().replace(/^the\s+/, '') ?? null
  const kept = parts.filter((part) => {
    const p = part
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, '')
    return !(site && (p === site || p.includes(site) || site.includes(p)))
  })
  if (kept.length === parts.length) {
    // No known site name: drop a short last part, the usual place of the site name.
    const last = parts[parts.length - 1] as string
    return last.split(/\s+/).length <= 4 ? parts.slice(0, -1).join(' - ').trim() : title.trim()
  }
  return kept.join(' - ').trim() || title.trim()
}
