import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import {
  articleEntry,
  buildFeedDocument,
  type SiteConfig,
} from '../../src/render/build-feed-document.ts'
import { renderFeed } from '../../src/render/render-feed.ts'
import { ArticleSchema, feedItemUrn } from '../../src/schema/index.ts'
import { asDistinct, SAMPLE_ARTICLES } from '../fixtures/render/sample-articles.ts'
import { feedXmlParser } from '../helpers/parse-feed.ts'

const SITE: SiteConfig = {
  siteUrl: 'https://news.example',
  title: 'Edgewire test',
  description: 'Sample feed',
  language: 'en',
  hubUrl: 'https://hub.example/',
}

const doc = () =>
  buildFeedDocument(SITE, {
    basePath: '',
    homePath: '/',
    title: SITE.title,
    description: SITE.description,
    entries: SAMPLE_ARTICLES.map((a) => articleEntry(SITE, asDistinct(a))),
    nextQuery: '?cursor=abc',
  })

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const xml = feedXmlParser

const expectWellFormed = (body: string) => {
  expect(XMLValidator.validate(body)).toBe(true)
  expect(body).not.toMatch(XML_ILLEGAL)
  // No raw `<` or unescaped `&` inside attribute values.
  for (const [, value] of body.matchAll(/="([^"]*)"/g)) {
    expect(value).not.toMatch(/<|&(?!(amp|lt|gt|quot|apos|#\d+);)/)
  }
}

describe('renderFeed', () => {
  it('accepts the sample corpus as valid shared-schema articles', () => {
    for (const article of SAMPLE_ARTICLES) expect(ArticleSchema.parse(article)).toEqual(article)
  })

  it('matches the golden files', async () => {
    await expect(renderFeed(doc(), 'rss').body).toMatchFileSnapshot(
      './__snapshots__/sample.rss.xml'
    )
    await expect(renderFeed(doc(), 'atom').body).toMatchFileSnapshot(
      './__snapshots__/sample.atom.xml'
    )
    // Served compact; kept pretty here so that a golden diff reads line by line.
    await expect(
      JSON.stringify(JSON.parse(renderFeed(doc(), 'json').body), null, 2)
    ).toMatchFileSnapshot('./__snapshots__/sample.feed.json')
  })

  it('gives the same bytes for the same input', () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      expect(renderFeed(doc(), format).body).toBe(renderFeed(doc(), format).body)
    }
  })

  it('writes well-formed RSS with the same ids, titles and outlets', () => {
    const body = renderFeed(doc(), 'rss').body
    expectWellFormed(body)
    const items = xml.parse(body).rss.channel.item
    expect(items).toHaveLength(4)
    expect(items.map((i: { guid: { '#text': string } }) => i.guid['#text'])).toEqual([
      feedItemUrn('0a1b2c3d4e5f60718293a4b5c6d7e8f9'),
      feedItemUrn('1f2e3d4c5b6a79880796a5b4c3d2e1f0'),
      feedItemUrn('ffeeddccbbaa99887766554433221100'),
      feedItemUrn('00000000000000000000000000000abc'),
    ])
    expect(items[2].title).toBe('Tom & Jerry <b>not bold</b> ]]> end  of title')
    expect(items[2].source['#text']).toBe('Tricky & <Sons> "Daily"')
    expect(items[0].source['@url']).toBe('https://harbour-gazette.example/rss')
    expect(items[1].source['@url']).toBe('https://news.example/sources/unknown/feed.xml')
    expect(items[0]['dc:creator']).toEqual(['Mira Olsen'])
    expect(items[1]['dc:creator']).toEqual(['Unknown source'])
    expect(items[0].author).toBeUndefined()
    expect(items[3].pubDate).toBeUndefined()
    expect(items[1].pubDate).toBe('Mon, 03 Mar 2025 00:00:00 GMT')
    expect(items[1].link).toEqual([
      'https://news.example/articles/1f2e3d4c5b6a79880796a5b4c3d2e1f0',
    ])
  })

  it('writes well-formed Atom with plain-text titles, sources and paging', () => {
    const body = renderFeed(doc(), 'atom').body
    expectWellFormed(body)
    const feed = xml.parse(body).feed
    expect(feed['@xml:lang']).toBe('en')
    expect(feed.link.map((l: Record<string, string>) => l['@rel'])).toEqual([
      'alternate',
      'self',
      'hub',
      'next',
    ])
    expect(feed.updated).toBe('2025-03-04T11:02:30.000Z')
    const entries = feed.entry
    expect(entries.map((e: { id: string }) => e.id)).toEqual(
      SAMPLE_ARTICLES.map((a) => feedItemUrn(a.id))
    )
    // type="html" titles carry escaped markup: HTML-decoding the CDATA gives back the plain title.
    expect(entries[2].title['#text']).toBe(
      'Tom &amp; Jerry &lt;b&gt;not bold&lt;/b&gt; ]]&gt; end  of title'
    )
    expect(entries[2].source.title).toBe('Tricky & <Sons> "Daily"')
    expect(entries[2].category.map((c: Record<string, string>) => c['@term'])).toEqual([
      'Tom & Jerry',
      'A <b> C',
    ])
    expect(entries[3].updated).toBe('1970-01-01T00:00:00.000Z')
    expect(entries[3].published).toBeUndefined()
  })

  it('writes JSON Feed 1.1 with authors, language and every source', () => {
    const feed = JSON.parse(renderFeed(doc(), 'json').body)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.language).toBe('en')
    expect(feed.author).toBeUndefined()
    expect(feed.next_url).toBe('https://news.example/feed.json?cursor=abc')
    expect(feed.hubs).toEqual([{ type: 'WebSub', url: 'https://hub.example/' }])
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(
      SAMPLE_ARTICLES.map((a) => feedItemUrn(a.id))
    )
    for (const item of feed.items) {
      expect(item.content_html).toBeTypeOf('string')
      expect(item.authors.length).toBeGreaterThan(0)
      expect(item._edgewire.sources[0].role).toBe('lead')
    }
    expect(feed.items[1]._edgewire.date_precision).toBe('day')
    expect(feed.items[1].date_published).toBe('2025-03-03T00:00:00.000Z')
    expect(feed.items[3].date_published).toBeUndefined()
    expect(feed.items[2].title).toBe('Tom & Jerry <b>not bold</b> ]]> end  of title')
  })
})
