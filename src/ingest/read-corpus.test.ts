import { describe, expect, it } from 'vitest'
import { decodeArticleBytes } from './decode-article-bytes.ts'
import { readCorpus } from './read-corpus.ts'

const meta = (value: unknown) => JSON.stringify(value)

describe('readCorpus', () => {
  it('pairs each article with its sidecar metadata, in name order', () => {
    const { articles, problems } = readCorpus([
      { name: 'b.txt', content: 'Second article.' },
      {
        name: 'a.meta.json',
        content: meta({ source: 'Harbour Gazette', published: '2025-03-04' }),
      },
      { name: 'a.txt', content: 'First article.' },
    ])
    expect(problems).toEqual([])
    expect(articles).toEqual([
      {
        content: 'First article.',
        form: 'text',
        file: 'a.txt',
        metadata: { source: 'Harbour Gazette', published: '2025-03-04' },
      },
      { content: 'Second article.', form: 'text', file: 'b.txt', metadata: {} },
    ])
  })

  it('chooses the input form by extension', () => {
    const forms = readCorpus(
      ['x.md', 'y.html', 'z.json'].map((name) => ({ name, content: 'content' }))
    ).articles.map((a) => a.form)
    expect(forms).toEqual(['markdown', 'html', 'json'])
  })

  it('keeps unknown metadata keys instead of failing', () => {
    const { articles, problems } = readCorpus([
      { name: 'a.txt', content: 'Text.' },
      { name: 'a.meta.json', content: meta({ desk: 'world', priority: 3 }) },
    ])
    expect(problems).toEqual([])
    expect(articles[0]?.metadata).toEqual({ desk: 'world', priority: 3 })
  })

  it('reports each broken file by name and reason, and still loads the rest', () => {
    const { articles, problems } = readCorpus([
      { name: 'good.txt', content: 'A fine article.' },
      { name: 'bad-json.txt', content: 'Text.' },
      { name: 'bad-json.meta.json', content: '{"url": ' },
      { name: 'bad-url.txt', content: 'Text.' },
      { name: 'bad-url.meta.json', content: meta({ url: 'not a url', tags: 'one' }) },
      { name: 'empty.txt', content: '  \n' },
      { name: 'photo.png', content: 'x' },
      { name: 'orphan.meta.json', content: meta({}) },
      { name: 'latin1.txt', error: 'not valid UTF-8 text; save the file as UTF-8' },
    ])
    expect(articles.map((a) => a.file)).toEqual(['good.txt'])
    expect(problems.map((p) => p.file)).toEqual([
      'bad-json.meta.json',
      'bad-url.meta.json',
      'empty.txt',
      'latin1.txt',
      'photo.png',
      'orphan.meta.json',
    ])
    const reason = (file: string) => problems.find((p) => p.file === file)?.reason
    expect(reason('bad-json.meta.json')).toMatch(/^not valid JSON: /)
    expect(reason('bad-url.meta.json')).toMatch(/^url: .*; tags: /)
    expect(reason('empty.txt')).toBe('the file is empty')
    expect(reason('photo.png')).toMatch(/^unsupported extension/)
    expect(reason('orphan.meta.json')).toBe('metadata for "orphan.*", but no such article file')
  })

  it('reads a JSON array and JSON Lines as one article per record, each named where it is', () => {
    const capture = (n: number) => ({
      title: `Report ${n}`,
      source: 'Harbour Gazette',
      text: `Text ${n}.`,
    })
    const { articles, problems } = readCorpus([
      { name: 'export.json', content: JSON.stringify([capture(1), capture(2)]) },
      {
        name: 'stream.jsonl',
        content: `${JSON.stringify(capture(3))}\n\n${JSON.stringify(capture(4))}\r\n`,
      },
      { name: 'one.json', content: JSON.stringify(capture(5)) },
      { name: 'export.meta.json', content: meta({ source: 'Wire Desk' }) },
    ])
    expect(problems).toEqual([])
    expect(articles.map((a) => [a.file, a.form])).toEqual([
      ['export.json[0]', 'json'],
      ['export.json[1]', 'json'],
      ['one.json', 'json'],
      ['stream.jsonl:1', 'json'],
      ['stream.jsonl:3', 'json'],
    ])
    // Each record is its own capture; a sidecar serves every record of its file.
    expect(JSON.parse(articles[1]?.content ?? '')).toEqual(capture(2))
    expect(articles[0]?.metadata).toEqual({ source: 'Wire Desk' })
    expect(articles[2]?.metadata).toEqual({})
  })

  it('refuses a record as the ingest API would, naming it and the field; the rest load', () => {
    const ok = { source: 'Harbour Gazette', text: 'A fine article.' }
    const { articles, problems } = readCorpus([
      {
        name: 'export.json',
        content: JSON.stringify([ok, 7, { ...ok, url: 'ftp://x' }, { ...ok, text: ' ' }]),
      },
      { name: 'stream.ndjson', content: `${JSON.stringify(ok)}\n{"text": \n[1]\n` },
      { name: 'empty.json', content: '[]' },
      // A JSON Feed document is another shape, read by the normalizer.
      { name: 'feed.json', content: JSON.stringify({ version: 'x', items: [] }) },
    ])
    expect(articles.map((a) => a.file)).toEqual(['export.json[0]', 'feed.json', 'stream.ndjson:1'])
    expect(problems).toEqual([
      { file: 'empty.json', reason: 'the JSON array holds no articles' },
      { file: 'export.json[1]', reason: 'not a JSON object (one article)' },
      { file: 'export.json[2]', reason: '"url" must be an absolute http(s) URL' },
      {
        file: 'export.json[3]',
        reason:
          '"text" one of "text", "html" or "content" is required and must not be empty (or the body under a name crawlers use: "articleBody", "maintext", …)',
      },
      { file: 'stream.ndjson:2', reason: expect.stringMatching(/^not valid JSON: /) },
      { file: 'stream.ndjson:3', reason: 'not a JSON object (one article)' },
    ])
  })
})

describe('decodeArticleBytes', () => {
  const bytes = (...values: number[]) => new Uint8Array(values)

  it('decodes UTF-8 with and without a BOM, and UTF-16 with a BOM', () => {
    expect(decodeArticleBytes(new TextEncoder().encode('Zürich'))).toEqual({ text: 'Zürich' })
    expect(decodeArticleBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: 'A' })
    expect(decodeArticleBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00))).toEqual({ text: 'AB' })
    expect(decodeArticleBytes(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ text: 'A' })
  })

  it('refuses Latin-1 and binary content with a reason', () => {
    expect(decodeArticleBytes(bytes(0x5a, 0xfc, 0x72))).toEqual({
      error: 'not valid UTF-8 text; save the file as UTF-8',
    })
    expect(decodeArticleBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00))).toEqual({
      error: 'binary content (NUL bytes); expected UTF-8 or UTF-16 text',
    })
  })
})
