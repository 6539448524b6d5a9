import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { parseAtom, parseJsonFeed, parseRss } from '../helpers/parse-feed.ts'

const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(`http://localhost:8787${path}`, init)
const text = async (path: string) => (await get(path)).text()

type JsonItem = {
  id: string
  title: string
  content_html: string
  authors: { name: string }[]
  _edgewire: { sources: { role: string; name: string; url?: string; home_page_url?: string }[] }
}

const storiesOf = async () => (JSON.parse(await text('/feed.json')) as { items: JsonItem[] }).items

describe('story-level site feed', () => {
  it('shows the seeds as two stories, each naming every outlet that reported it', async () => {
    const items = await storiesOf()
    expect(items).toHaveLength(2)
    const outletSets = items.map((i) => i._edgewire.sources.map((s) => s.name).sort())
    expect(outletSets).toEqual(
      expect.arrayContaining([
        ['Moneycontrol', 'The Hill', 'World News (world-news.tech)'],
        ['The Moscow Times', 'iReport247 News'].sort(),
      ])
    )
    for (const item of items) {
      expect(item._edgewire.sources.filter((s) => s.role === 'lead')).toHaveLength(1)
      expect(item.content_html).toContain('Also reported by')
    }
  })

  it('leads each story with its earliest report', async () => {
    const items = await storiesOf()
    const security = items.find((i) =>
      i._edgewire.sources.some((s) => s.name === 'The Moscow Times')
    )
    expect(security?._edgewire.sources[0]?.name).toBe('The Moscow Times')
    expect(security?.title).toBe(
      'Lavrov Says Ukraine Security Talks ‘Road to Nowhere’ Without Russian Involvement'
    )
  })

  it('links every other outlet in RSS descriptions, Atom related links and contributors', async () => {
    const rss = await text('/feed.xml')
    const atom = await text('/feed.atom')
    // The other outlet with a known URL is linked in the RSS body and as an Atom related link.
    const ireport =
      'https://ireport247news.com/2025/08/21/security-guarantee-for-ukraine-without-russia-is-road-to-nowhere'
    expect(rss).toContain(`<a href="${ireport}">iReport247 News</a>`)
    expect(atom).toContain(`<link rel="related" href="${ireport}" title="iReport247 News"/>`)
    expect(atom).toContain(
      '<contributor><name>iReport247 News</name><uri>https://ireport247news.com/</uri></contributor>'
    )
    // The Hill has no known article URL: credited with its homepage, never an invented URL.
    expect(rss).toContain('<a href="https://thehill.com/">The Hill</a>')
  })

  it('keeps the same story ids, titles and lead outlets across the three formats', async () => {
    const rss = parseRss(await text('/feed.xml'))
    expect(parseAtom(await text('/feed.atom'))).toEqual(rss)
    expect(parseJsonFeed(await text('/feed.json'))).toEqual(rss)
  })

  it('lists articles instead of stories with view=articles', async () => {
    const feed = JSON.parse(await text('/feed.json?view=articles')) as { items: JsonItem[] }
    expect(feed.items).toHaveLength(5)
  })
})

describe('GET /api/stories/:id', () => {
  it('explains a story: members, pairwise scores and matched signals', async () => {
    const list = (await (await get('/api/stories')).json()) as {
      items: { story: { id: string; memberIds: string[] } }[]
    }
    const big = list.items.find((s) => s.story.memberIds.length === 3)
    expect(big).toBeDefined()
    const res = await get(`/api/stories/${big?.story.id}`)
    expect(res.status).toBe(200)
    const detail = (await res.json()) as {
      members: { id: string; article: { source: { name: string } } }[]
      explanation: {
        pairs: {
          a: string
          b: string
          score: number
          signals: Record<string, number>
          matched: { entities: string[] }
        }[]
        idfCorpusSize: number
      }
    }
    expect(detail.members.map((m) => m.article.source.name).sort()).toEqual([
      'Moneycontrol',
      'The Hill',
      'World News (world-news.tech)',
    ])
    expect(detail.explanation.pairs.length).toBeGreaterThanOrEqual(2)
    for (const pair of detail.explanation.pairs) {
      expect(pair.score).toBeGreaterThan(0)
      expect(Object.keys(pair.signals).sort()).toEqual([
        'entities',
        'lead',
        'opening',
        'quotes',
        'shingles',
        'text',
        'time',
      ])
    }
    expect(detail.explanation.pairs.some((p) => p.matched.entities.length > 0)).toBe(true)
    // The scores are weighed over the five seeds' texts: too few for a topic of their own.
    expect(detail.explanation.idfCorpusSize).toBe(5)
  })
})
