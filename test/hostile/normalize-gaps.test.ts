import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { NormalizeError, normalizeArticle, splitFeedItems } from '../../src/normalize/index.ts'
import { stripXmlIllegal } from '../../src/schema/index.ts'

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const PARAS =
  '<p>The harbour ferry will run a late crossing on weekdays from 1 April, the operator said on Tuesday.</p><p>Tickets go on sale next week at the terminal and online.</p>'
const DEEP = `<html><body><article><h1>Deep</h1>${'<div>'.repeat(5000)}${PARAS}${'</div>'.repeat(5000)}</article></body></html>`
describe('normalize gaps', () => {
  it('N1 deep HTML never overflows the stack', () => {
    let error: unknown = null
    try {
      normalizeArticle({ form: 'html', content: DEEP, metadata: {} })
    } catch (e) {
      error = e
    }
    expect(error === null || error instanceof NormalizeError, String(error)).toBe(true)
  })
  it('N1 POST answers 201 or 422, not 500', async () => {
    const res = await exports.default.fetch(
      'http://localhost:8787/api/articles?url=https%3A%2F%2Fdeep.example%2F1',
      {
        method: 'POST',
        body: DEEP,
        headers: { Authorization: 'Bearer test-ingest-token', 'Content-Type': 'text/html' },
      }
    )
    expect([201, 422]).toContain(res.status)
  })
  it('N1 nesting depth costs linear time (200,000 nested elements, 2 MB ingest limit)', () => {
    const n = 200_000
    const started = Date.now()
    const a = normalizeArticle({
      form: 'html',
      content: `<html><body><article><h1>Deep</h1>${'<b>'.repeat(n)}${PARAS}${'</b>'.repeat(n)}${'</x>'.repeat(n)}</article></body></html>`,
      metadata: {},
    })
    expect(a.text).toContain('Tickets go on sale')
    // Quadratic in the depth, this took minutes; linear, well under a second.
    expect(Date.now() - started).toBeLessThan(5000)
  })
  it('N1 unclosed Markdown link, image and tag openers cost linear time', () => {
    const lead =
      'The harbour ferry will run a late crossing on weekdays from 1 April, the operator said.'
    const n = 100_000
    for (const opener of ['[', '![a', '<a', '<http://', '[a](']) {
      const started = Date.now()
      const a = normalizeArticle({
        form: 'markdown',
        content: `# Ferry\n\n${lead} ${opener.repeat(n)}\n\n${lead}`,
        metadata: {},
      })
      expect(a.title).toBe('Ferry')
      // Quadratic, each of these took tens of seconds; linear, milliseconds.
      expect(Date.now() - started, opener).toBeLessThan(3000)
    }
  })
  it('Markdown links, images, reference links, autolinks and tags still lose their markup', () => {
    const a = normalizeArticle({
      form: 'markdown',
      content:
        '# Ferry\n\nThe [harbour ferry](https://example.com/a_(b)) will ![x](i.png)run a [late crossing][1] on weekdays, see <https://example.com/t> and <b>tickets</b>, the operator said.',
      metadata: {},
    })
    expect(a.text).toBe(
      'The harbour ferry will run a late crossing on weekdays, see https://example.com/t and tickets, the operator said.'
    )
  })
  it('N1 deeply nested JSON-LD never overflows the stack', () => {
    const ld = `${'['.repeat(20000)}{"@type":"NewsArticle","headline":${'{"@value":'.repeat(20000)}"Deep headline"${'}'.repeat(20000)}}${']'.repeat(20000)}`
    const a = normalizeArticle({
      form: 'html',
      content: `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${PARAS}</article></body></html>`,
      metadata: {},
    })
    expect(a.title).toBe('Deep headline')
  })
  it('N1 deep feed items never overflow the stack', () => {
    const deep = `${'<x>'.repeat(5000)}deep${'</x>'.repeat(5000)}`
    const item = (n: number) =>
      `<item><title>Ferry ${n} ${deep}</title><description>&lt;p&gt;The harbour ferry will run a late crossing on weekdays from 1 April, the operator said.&lt;/p&gt;</description></item>`
    const feed = `<rss version="2.0"><channel><title>Harbour ${deep}</title>${item(1)}${item(2)}</channel></rss>`
    const items = splitFeedItems(feed)
    expect(items).toHaveLength(2)
    for (const content of items) {
      const a = normalizeArticle({ form: 'feed-item', content, metadata: {} })
      expect(a.title).toMatch(/^Ferry \d deep$/)
      expect(a.source.name).toBe('Harbour deep')
    }
  })
  it('N2 "<![CDATA[" in a paragraph does not swallow the article', () => {
    const a = normalizeArticle({
      form: 'html',
      content: `<html><body><article><h1>Headline here</h1><p>The council said <![CDATA[ on Tuesday that the plan passed.</p>${PARAS}</article></body></html>`,
      metadata: {},
    })
    expect(a.text).toContain('Tickets go on sale')
  })
  it('N3 titles of lone surrogates/controls are refused or replaced', () => {
    for (const title of ['\ud800\udbff', '\u0007', '\u0000\u0001']) {
      const a = normalizeArticle({
        form: 'json',
        content: JSON.stringify({
          title,
          text: 'The harbour ferry will run a late crossing on weekdays from 1 April, the operator said.',
        }),
        metadata: {},
      })
      expect(stripXmlIllegal(a.title).trim(), JSON.stringify(a.title)).not.toBe('')
    }
  })
  it('N3 markdown heading of surrogates + markup', () => {
    const a = normalizeArticle({
      form: 'markdown',
      content:
        '# \udbff\udbff <iframe src="https://evil.example/"></iframe>\n\nthe the ]]> ]]> the the.',
      metadata: {},
    })
    expect(stripXmlIllegal(a.title).trim()).not.toBe('')
  })
  it('N4 titles are one line', () => {
    const a = normalizeArticle({
      form: 'feed-item',
      content:
        '<rss version="2.0"><channel><title>x</title><item><title>Ferry adds\r\na late crossing</title><description>&lt;p&gt;The harbour ferry will run a late crossing on weekdays from 1 April.&lt;/p&gt;</description></item></channel></rss>',
      metadata: {},
    })
    expect(a.title).not.toMatch(/[\r\n]/)
  })
  it('N5 no control characters in title, summary, text', () => {
    const a = normalizeArticle({
      form: 'text',
      content:
        'Ferry \u0007adds a crossing\n\nThe harbour \u0007ferry will run a late crossing on weekdays from 1 April, the operator said.',
      metadata: {},
    })
    expect(`${a.title}${a.summary}${a.text}`).not.toMatch(CONTROL)
  })
  it('N5 no control characters or lone surrogates from HTML entities, JSON escapes or Markdown', () => {
    const html = normalizeArticle({
      form: 'html',
      content: `<html><head><title>Ferry &#7;adds</title><meta property="og:title" content="Ferry &#1;adds a crossing"></head><body><article><p>The harbour &#7;ferry will run a late crossing on weekdays from 1 April, the operator said.</p></article></body></html>`,
      metadata: { author: 'Jane\u0007 Doe' },
    })
    const json = normalizeArticle({
      form: 'json',
      content: JSON.stringify({
        title: 'Ferry\u0000 adds',
        tags: ['\u0007', 'Harbour\ud800'],
        html: '<p>The harbour \ud800ferry will run a late \u0008crossing on weekdays from 1 April, the operator said.</p>',
      }),
      metadata: {},
    })
    const md = normalizeArticle({
      form: 'markdown',
      content:
        '# Ferry \u0007adds\n\nThe harbour \udc00ferry will run a late crossing on weekdays from 1 April, the operator said.',
      metadata: {},
    })
    for (const a of [html, json, md]) {
      const all = JSON.stringify([
        a.title,
        a.summary,
        a.text,
        a.html,
        a.authors,
        a.tags,
        a.removed,
        a.source,
      ])
      expect(
        `${a.title}${a.summary}${a.text}${a.html}${a.authors.map((x) => x.name)}${a.tags}${a.removed.map((r) => r.line)}`
      ).not.toMatch(CONTROL)
      expect(`${a.title}${a.text}${a.tags}`, all).not.toMatch(LONE_SURROGATE)
    }
    expect(html.title).toBe('Ferry adds a crossing')
    expect(html.authors.map((x) => x.name)).toEqual(['Jane Doe'])
    expect(json.tags).not.toContain('')
  })
  it('N5 vertical tabs and form feeds are spaces; emoji (surrogate pairs) stay', () => {
    const a = normalizeArticle({
      form: 'text',
      content:
        'Ferry adds a crossing \u{1F6A2}\n\nThe harbour\u000bferry will run a late\u000ccrossing on weekdays from 1 April, the operator said.',
      metadata: {},
    })
    expect(a.text).toContain('The harbour ferry will run a late crossing')
    expect(a.title).toBe('Ferry adds a crossing \u{1F6A2}')
  })
  it('N6 an unknown domain names the source by its host', () => {
    const a = normalizeArticle({
      form: 'text',
      content:
        'Ferry adds a crossing\n\nThe harbour ferry will run a late crossing on weekdays from 1 April, the operator said on Tuesday.',
      metadata: { url: 'https://www.ireport247news.com/2025/08/ferry-adds-a-crossing' },
    })
    expect(a.source.name).toBe('ireport247news.com')
    expect(a.source.homepage).toBe('https://ireport247news.com/')
    expect(a.source.id).not.toBe('unknown')
  })
  it('N6 without a URL and nothing naming the outlet, the source stays unknown', () => {
    const a = normalizeArticle({
      form: 'text',
      content:
        'Ferry adds a crossing\n\nThe harbour ferry will run a late crossing on weekdays from 1 April, the operator said on Tuesday.',
      metadata: {},
    })
    expect(a.source.id).toBe('unknown')
  })
})
