/**
 * Parses a served feed of any of the three formats into the fields the tests
 * compare across formats. XML goes through a strict well-formedness check first.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export type ParsedItem = { id: string; title: string; link: string; sourceNames: string[] }

const ARRAYS = new Set(['item', 'entry', 'link', 'dc:creator', 'category', 'contributor', 'author'])
/** The tests' XML reader: attributes as `@name`, repeatable feed elements always arrays. */
export const feedXmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ARRAYS.has(name),
  // Numeric character references (`&#x26;`) are XML; fast-xml-parser decodes them only with this.
  htmlEntities: true,
})

const text = (node: unknown): string =>
  typeof node === 'string' ? node : ((node as { '#text'?: string })?.['#text'] ?? '')

/** HTML-decodes the few entities an Atom type="html" title uses. */
const decodeHtml = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

export const parseRss = (body: string): ParsedItem[] => {
  const valid = XMLValidator.validate(body)
  if (valid !== true) throw new Error(`RSS is not well-formed: ${JSON.stringify(valid)}`)
  const items = feedXmlParser.parse(body).rss.channel.item ?? []
  return items.map((i: Record<string, unknown>) => ({
    id: text(i.guid),
    title: text(i.title),
    link: text((i.link as unknown[])[0]),
    sourceNames: [text(i.source)],
  }))
}

export const parseAtom = (body: string): ParsedItem[] => {
  const valid = XMLValidator.validate(body)
  if (valid !== true) throw new Error(`Atom is not well-formed: ${JSON.stringify(valid)}`)
  const entries = feedXmlParser.parse(body).feed.entry ?? []
  return entries.map((e: Record<string, unknown>) => ({
    id: text(e.id),
    title: decodeHtml(text(e.title)),
    link:
      (e.link as Record<string, string>[]).find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.[
        '@href'
      ] ?? '',
    sourceNames: [text((e.source as Record<string, unknown>).title)],
  }))
}

type JsonFeedItem = {
  id: string
  title: string
  url: string
  _edgewire: { sources: { role: string; name: string }[] }
}

export const parseJsonFeed = (body: string): ParsedItem[] => {
  const feed = JSON.parse(body) as { items: JsonFeedItem[] }
  return feed.items.map((i) => ({
    id: i.id,
    title: i.title,
    link: i.url,
    sourceNames: i._edgewire.sources.filter((s) => s.role === 'lead').map((s) => s.name),
  }))
}
