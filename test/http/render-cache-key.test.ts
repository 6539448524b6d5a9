/**
 * Rendered bodies are cached by what they depend on (src/http/serve-cached.ts):
 * parameters no route reads must not make another entry, and every parameter
 * a route reads must.
 */
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { renderedUrl } from '../../src/http/serve-cached.ts'

describe('render cache keys', () => {
  it('keep the origin, the path and the parameters routes read, in one order', () => {
    expect(renderedUrl('https://x.example/feed.xml?utm_source=reader&limit=2&_=1712')).toBe(
      'https://x.example/feed.xml?limit=2'
    )
    expect(renderedUrl('https://x.example/feed.xml?view=articles&limit=2')).toBe(
      renderedUrl('https://x.example/feed.xml?limit=2&view=articles')
    )
    expect(
      renderedUrl('https://x.example/api/articles?q=harbour&cursor=abc&since=2026-01-01')
    ).toBe('https://x.example/api/articles?q=harbour&since=2026-01-01&cursor=abc')
    expect(renderedUrl('http://localhost:8787/feed.xml')).toBe('http://localhost:8787/feed.xml')
    expect(renderedUrl('http://localhost:8787/feed.xml?limit=2')).not.toBe(
      renderedUrl('http://localhost:8787/feed.xml?limit=3')
    )
  })

  it('serve the same bytes whatever other parameters a reader adds', async () => {
    const get = async (path: string) => {
      const res = await exports.default.fetch(`http://localhost:8787${path}`)
      return { etag: res.headers.get('ETag'), body: await res.text() }
    }
    const plain = await get('/feed.xml?limit=2')
    expect(await get('/feed.xml?utm_source=newsboat&limit=2')).toEqual(plain)
    expect(await get('/feed.xml?limit=2&_=1712345')).toEqual(plain)
    expect((await get('/feed.xml?limit=1')).etag).not.toBe(plain.etag)
  })
})
