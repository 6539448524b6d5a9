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
