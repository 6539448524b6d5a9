/**
 * Strict checks for every output Edgewire serves: the three feed formats and
 * the HTML pages. Each check throws an Error naming what is wrong (and where),
 * so a property-based test that calls it shrinks to a readable counterexample.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { Parser } from 'htmlparser2'

/** XML 1.0 forbids these anywhere: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
const XML_ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The renderers' private marker must never leak into a body. */
const MARKER = '\uE000'

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4})$/

const fail = (what: string, detail: unknown): never => {
  throw new Error(`${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`)
}

const around = (body: string, index: number) =>
  JSON.stringify(body.slice(Math.max(0, index - 60), index + 60))

export const expectNoIllegalChars = (body: string, what: string) => {
  const bad = XML_ILLEGAL.exec(body)
  if (bad)
    fail(
      `${what} holds an XML-illegal character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`,
      around(body, bad.index)
    )
  const marker = body.indexOf(MARKER)
  if (marker >= 0) fail(`${what} leaks the renderer marker U+E000`, around(body, marker))
}

/** Blanks CDATA sections and comments (same length), so offsets still point into the body. */
const blankOpaque = (body: string) =>
  body.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length))

/** Attribute values (double- or single-quoted) in every start tag hold no raw `<` and no bare `&`. */
export const expectCleanAttributes = (body: string, what: string) => {
  const markup = blankOpaque(body)
  for (const tag of markup.matchAll(/<[A-Za-z][\w:.-]*/g)) {
    const attr = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]*))/y
    attr.lastIndex = (tag.index ?? 0) + tag[0].length
    for (let m = attr.exec(markup); m; m = attr.exec(markup)) {
      const value = m[3] ?? m[4] ?? m[5] ?? ''
      if (m[5] !== undefined) fail(`${what} has an unquoted attribute`, around(body, m.index))
      if (/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(value))
        fail(`${what} has a raw < or bare & in an attribute`, around(body, m.index))
    }
  }
}

export const expectWellFormedXml = (body: string, what: string) => {
  const valid = XMLValidator.validate(body)
  if (valid !== true) fail(`${what} is not well-formed XML`, valid)
  expectNoIllegalChars(body, what)
  expectCleanAttributes(body, what)
  // XML 1.0 §2.4: `]]>` may not appear in character data (fast-xml-parser lets it pass).
  const stray = blankOpaque(body).indexOf(']]>')
  if (stray >= 0) fail(`${what} has "]]>" in character data`, around(body, stray))
}

const ARRAYS = new Set(['item', 'entry', 'link', 'dc:creator', 'category', 'contributor', 'author'])
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ARRAYS.has(name),
  // Entity expansion stays on (the default); keep text exactly as written.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (`&#x26;`) are XML; fast-xml-parser decodes them only with this.
  htmlEntities: true,
})

type Node = Record<string, unknown>
const text = (node: unknown): string =>
  typeof node === 'string' ? node : (((node as Node | undefined)?.['#text'] as string) ?? '')
const present = (node: unknown) => node !== undefined && node !== null

/** Decodes the entities the renderers write in HTML-escaped text (Atom type="html"). */
export const decodeHtmlText = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')

export const expectAbsoluteUrl = (value: unknown, what: string) => {
  if (typeof value !== 'string') return fail(`${what} is not a URL string`, value)
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return fail(`${what} is not an absolute URL`, value)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'urn:')
    fail(`${what} has scheme ${url.protocol}`, value)
}

const expectRfc3339 = (value: unknown, what: string) => {
  if (typeof value !== 'string' || !RFC_3339.test(value) || Number.isNaN(Date.parse(value)))
    fail(`${what} is not an RFC 3339 date-time`, value)
}

const expectRfc822 = (value: unknown, what: string) => {
  if (typeof value !== 'string' || !RFC_822.test(value) || Number.isNaN(Date.parse(value)))
    fail(`${what} is not an RFC 822 date`, value)
}

export type CheckOptions = {
  /** Tolerate titles that are blank once XML-illegal characters are removed (a normalizer gap). */
  allowBlankTitles?: boolean
}

/** What a test compares across formats: the same items, in the same order. */
export type FeedItemSummary = { id: string; title: string; contentHtml: string; link: string }

const ALLOWED_CONTENT_TAGS = new Set(['p', 'a', 'br', 'em', 'strong', 'blockquote'])
const ALLOWED_CONTENT_ATTRIBUTES = new Set(['href'])

/**
 * Content HTML passes an allowlist: only harmless tags, only `href`, and every
 * href an absolute http(s) URL. No script, no event handlers, no
 * `javascript:`/`data:` URLs, nothing that loads a resource.
 */
export const expectSafeContentHtml = (html: string, what: string) => {
  const problems: string[] = []
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!ALLOWED_CONTENT_TAGS.has(name)) problems.push(`tag <${name}>`)
        for (const [attr, value] of Object.entries(attributes)) {
          if (!ALLOWED_CONTENT_ATTRIBUTES.has(attr))
            problems.push(`attribute ${attr}= on <${name}>`)
          else if (!/^https?:\/\/[^\s]/i.test(value.trim())) problems.push(`href ${value}`)
        }
      },
      oncomment() {
        problems.push('a comment')
      },
      onprocessinginstruction(name) {
        problems.push(`declaration ${name}`)
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  )
  parser.write(html)
  parser.end()
  if (problems.length > 0) fail(`${what} is not allowlisted HTML`, problems.slice(0, 5))
  // Plain text inside it cannot hide markup either: every `<` is escaped.
  const rawLt = /<(?!\/?(p|a|br|em|strong|blockquote)[\s>/])/i.exec(html)
  if (rawLt) fail(`${what} has an unescaped <`, around(html, rawLt.index))
}

/** Titles are plain text that says something. */
export const expectPlainTitle = (title: string, what: string, opts: CheckOptions = {}) => {
  if (title.trim() === '' && !opts.allowBlankTitles) fail(`${what} is empty`, title)
  expectNoIllegalChars(title, what)
}

export const checkRss = (body: string, opts: CheckOptions = {}): FeedItemSummary[] => {
  expectWellFormedXml(body, 'RSS')
  const doc = xml.parse(body) as Node
  const rss = doc.rss as Node | undefined
  if (rss?.['@version'] !== '2.0') fail('RSS root', 'no <rss version="2.0">')
  const channel = (rss as Node).channel as Node | undefined
  if (!channel) return fail('RSS', 'no <channel>')
  for (const el of ['title', 'link', 'description'])
    if (!present(channel[el])) fail('RSS channel', `no <${el}>`)
  const channelLink = Array.isArray(channel.link) ? channel.link[0] : channel.link
  expectAbsoluteUrl(text(channelLink), 'RSS channel link')
  if (present(channel.lastBuildDate)) expectRfc822(text(channel.lastBuildDate), 'RSS lastBuildDate')
  for (const l of [channel['atom:link'] ?? []].flat() as Node[])
    expectAbsoluteUrl(l['@href'], 'RSS atom:link href')
  const items = ((channel.item as Node[] | undefined) ?? []).map((item, i) => {
    const where = `RSS item ${i}`
    if (!present(item.title) && !present(item.description)) fail(where, 'no title or description')
    const guid = item.guid as Node | string
    if (!present(guid)) fail(where, 'no <guid>')
    if (typeof guid === 'object' && guid['@isPermaLink'] !== 'false')
      fail(where, 'guid is not isPermaLink="false"')
    const link = text((item.link as unknown[] | undefined)?.[0] ?? item.link)
    expectAbsoluteUrl(link, `${where} link`)
    if (present(item.pubDate)) expectRfc822(text(item.pubDate), `${where} pubDate`)
    const source = item.source as Node | undefined
    if (!source) fail(where, 'no <source>')
    else expectAbsoluteUrl(source['@url'], `${where} source url`)
    const title = text(item.title)
    expectPlainTitle(title, `${where} title`, opts)
    const contentHtml = text(item['content:encoded'])
    expectSafeContentHtml(contentHtml, `${where} content:encoded`)
    expectSafeContentHtml(text(item.description), `${where} description`)
    return { id: text(guid), title, contentHtml, link }
  })
  return items
}

export const checkAtom = (body: string, opts: CheckOptions = {}): FeedItemSummary[] => {
  expectWellFormedXml(body, 'Atom')
  const doc = xml.parse(body) as Node
  const feed = doc.feed as Node | undefined
  if (feed?.['@xmlns'] !== 'http://www.w3.org/2005/Atom')
    return fail('Atom root', 'no <feed xmlns="http://www.w3.org/2005/Atom">')
  for (const el of ['id', 'title', 'updated'])
    if (!present(feed[el])) fail('Atom feed', `no <${el}>`)
  expectRfc3339(text(feed.updated), 'Atom feed updated')
  expectAbsoluteUrl(text(feed.id), 'Atom feed id')
  const feedLinks = (feed.link as Node[] | undefined) ?? []
  if (!feedLinks.some((l) => l['@rel'] === 'self')) fail('Atom feed', 'no rel="self" link')
  for (const l of feedLinks) expectAbsoluteUrl(l['@href'], 'Atom feed link href')
  return ((feed.entry as Node[] | undefined) ?? []).map((entry, i) => {
    const where = `Atom entry ${i}`
    for (const el of ['id', 'title', 'updated']) if (!present(entry[el])) fail(where, `no <${el}>`)
    expectRfc3339(text(entry.updated), `${where} updated`)
    if (present(entry.published)) expectRfc3339(text(entry.published), `${where} published`)
    const links = (entry.link as Node[] | undefined) ?? []
    for (const l of links) expectAbsoluteUrl(l['@href'], `${where} link href`)
    const alternate = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate')
    if (!alternate) fail(where, 'no alternate link')
    const authors = (entry.author as Node[] | undefined) ?? []
    if (authors.length === 0) fail(where, 'no <author>')
    for (const a of authors) {
      if (!text(a.name).trim()) fail(where, 'an author without a name')
      if (present(a.uri)) expectAbsoluteUrl(text(a.uri), `${where} author uri`)
    }
    const titleNode = entry.title as Node
    if (titleNode['@type'] !== 'html') fail(where, 'title is not type="html"')
    // type="html": the text is HTML; decoded once it must be plain text (no tags).
    const title = decodeHtmlText(text(titleNode))
    if (/<[a-z!/?]/i.test(text(titleNode))) fail(`${where} title holds markup`, text(titleNode))
    expectPlainTitle(title, `${where} title`, opts)
    const content = entry.content as Node
    if (content['@type'] !== 'html') fail(where, 'content is not type="html"')
    const contentHtml = text(content)
    expectSafeContentHtml(contentHtml, `${where} content`)
    expectSafeContentHtml(text(entry.summary), `${where} summary`)
    const source = entry.source as Node | undefined
    if (!source) fail(where, 'no <source>')
    return { id: text(entry.id), title, contentHtml, link: alternate?.['@href'] as string }
  })
}

export const checkJsonFeed = (body: string, opts: CheckOptions = {}): FeedItemSummary[] => {
  let feed: Node
  try {
    feed = JSON.parse(body) as Node
  } catch (error) {
    return fail('JSON Feed does not parse', (error as Error).message)
  }
  expectNoIllegalChars(JSON.stringify(feed), 'JSON Feed (decoded)')
  if (feed.version !== 'https://jsonfeed.org/version/1.1') fail('JSON Feed', 'version is not 1.1')
  if (typeof feed.title !== 'string' || !feed.title) fail('JSON Feed', 'no title')
  for (const key of ['home_page_url', 'feed_url', 'icon', 'favicon', 'next_url'])
    if (present(feed[key])) expectAbsoluteUrl(feed[key], `JSON Feed ${key}`)
  if (!Array.isArray(feed.items)) return fail('JSON Feed', 'items is not an array')
  return (feed.items as Node[]).map((item, i) => {
    const where = `JSON Feed item ${i}`
    if (typeof item.id !== 'string' || !item.id) fail(where, 'no string id')
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
      fail(where, 'neither content_html nor content_text')
    expectAbsoluteUrl(item.url, `${where} url`)
    for (const key of ['date_published', 'date_modified'])
      if (present(item[key])) expectRfc3339(item[key], `${where} ${key}`)
    const authors = item.authors as Node[] | undefined
    if (!Array.isArray(authors) || authors.length === 0) fail(where, 'no authors')
    for (const a of authors ?? []) if (present(a.url)) expectAbsoluteUrl(a.url, `${where} author`)
    const ext = item._edgewire as Node
    expectAbsoluteUrl(ext.permalink, `${where} permalink`)
    const sources = ext.sources as Node[]
    if (!Array.isArray(sources) || sources[0]?.role !== 'lead') fail(where, 'no lead source')
    for (const s of sources) {
      expectAbsoluteUrl(s.feed_url, `${where} source feed_url`)
      for (const key of ['home_page_url', 'url'])
        if (present(s[key])) expectAbsoluteUrl(s[key], `${where} source ${key}`)
      if (present(s.date_published)) expectRfc3339(s.date_published, `${where} source date`)
    }
    const title = item.title as string
    if (typeof title !== 'string') fail(where, 'no title')
    expectPlainTitle(title, `${where} title`, opts)
    expectSafeContentHtml(item.content_html as string, `${where} content_html`)
    return {
      id: item.id as string,
      title,
      contentHtml: item.content_html as string,
      link: item.url as string,
    }
  })
}

/** The three formats list the same items: same ids, titles and links, in the same order. */
export const checkFeedsAgree = (
  rss: string,
  atom: string,
  json: string,
  opts: CheckOptions = {}
) => {
  const r = checkRss(rss, opts)
  const a = checkAtom(atom, opts)
  const j = checkJsonFeed(json, opts)
  const key = (items: FeedItemSummary[]) => items.map((i) => [i.id, i.title, new URL(i.link).href])
  const rk = JSON.stringify(key(r))
  if (rk !== JSON.stringify(key(a)))
    fail('RSS and Atom items differ', { rss: key(r), atom: key(a) })
  if (rk !== JSON.stringify(key(j)))
    fail('RSS and JSON Feed items differ', { rss: key(r), json: key(j) })
  if (new Set(r.map((i) => i.id)).size !== r.length) fail('duplicate item ids', key(r))
  return { rss: r, atom: a, json: j }
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

/**
 * An HTML page is strict: no XML-illegal characters, clean attributes, every
 * non-void element closed explicitly in order, no script and no event handler,
 * every link http(s) or same-site, and one `<title>` of plain text.
 */
export const checkHtmlPage = (body: string, what: string) => {
  expectNoIllegalChars(body, what)
  expectCleanAttributes(body, what)
  if (!body.startsWith('<!doctype html>')) fail(what, 'no <!doctype html>')
  const problems: string[] = []
  const stack: string[] = []
  let titles = 0
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'title') titles++
      },
      onopentag(name, attributes) {
        if (['script', 'iframe', 'object', 'embed', 'img', 'svg', 'form', 'base'].includes(name))
          problems.push(`<${name}>`)
        for (const [attr, value] of Object.entries(attributes)) {
          if (attr.startsWith('on')) problems.push(`${attr}= on <${name}>`)
          if (
            (attr === 'href' || attr === 'src') &&
            !/^(https?:\/\/|\/(?!\/)|#)/i.test(value.trim())
          )
            problems.push(`${attr}="${value}" on <${name}>`)
        }
        if (!VOID.has(name)) stack.push(name)
      },
      onclosetag(name, implied) {
        if (VOID.has(name)) return
        const open = stack.pop()
        if (implied || open !== name)
          problems.push(`</${name}> closes <${open}>${implied ? ' (implied)' : ''}`)
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: false,
    }
  )
  parser.write(body)
  parser.end()
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`)
  if (titles !== 1) problems.push(`${titles} <title> elements`)
  if (problems.length > 0) fail(`${what} is not a strict, safe page`, problems.slice(0, 5))
}

/** Dispatch by content type: the check that applies to a served body. */
export const checkServedBody = (contentType: string, body: string, what: string) => {
  if (contentType.startsWith('application/rss+xml')) return checkRss(body)
  if (contentType.startsWith('application/atom+xml')) return checkAtom(body)
  if (contentType.startsWith('application/feed+json')) return checkJsonFeed(body)
  if (contentType.startsWith('text/html')) return checkHtmlPage(body, what)
  if (
    contentType.startsWith('application/json') ||
    contentType.startsWith('application/problem+json')
  ) {
    try {
      JSON.parse(body)
    } catch (error) {
      fail(`${what} JSON does not parse`, (error as Error).message)
    }
    return
  }
  if (contentType.includes('xml')) return expectWellFormedXml(body, what)
}
