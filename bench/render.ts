/**
 * @module
 * 1. Render: CPU time per feed of 20, 100 and 1,000 items of ~3 KB in each
 * format, three ways on the same records: ours (entries + document + the
 * wrapped renderer, i.e. a cold render), raw `feed` (the same records mapped
 * straight into `feed` and serialized), and a minimal string template.
 */
import { Feed } from 'feed'
import {
  articleEntry,
  buildFeedDocument,
  type SiteConfig,
} from '../src/render/build-feed-document.ts'
import type { FeedFormat } from '../src/render/feed-document.ts'
import { renderFeed } from '../src/render/render-feed.ts'
import type { DistinctArticle } from '../src/schema/index.ts'
import { feedArticles } from './lib/generate-data.ts'
import { compareInterleaved, fmtMs, fmtPct, fmtRatio, ratioOf, summarize } from './lib/measure.ts'
import type { RunOptions, SectionResult, Table, Target } from './lib/report.ts'

export const SITE: SiteConfig = {
  siteUrl: 'https://edgewire.example',
  title: 'Edgewire',
  description: 'Same-story news coverage, deduplicated and attributed.',
  language: 'en',
  hubUrl: null,
}

/** Ours, cold: shared-schema records → entries → document → body. */
export const renderOurs = (articles: readonly DistinctArticle[], format: FeedFormat): string =>
  renderFeed(
    buildFeedDocument(SITE, {
      basePath: '/articles',
      homePath: '/articles',
      title: 'Edgewire: every article',
      description: 'Each distinct article once, with every outlet that published it.',
      entries: articles.map((a) => articleEntry(SITE, a)),
    }),
    format
  ).body

const dateOf = (a: DistinctArticle) => new Date(a.article.published?.value ?? 0)

/** Raw `feed` 6 on the same records: what the wrapping is measured against. */
export const renderRawFeed = (articles: readonly DistinctArticle[], format: FeedFormat): string => {
  const feed = new Feed({
    id: `${SITE.siteUrl}/articles`,
    title: 'Edgewire: every article',
    description: 'Each distinct article once, with every outlet that published it.',
    link: `${SITE.siteUrl}/articles`,
    language: 'en',
    updated: dateOf(articles[0] as DistinctArticle),
    generator: 'Edgewire',
    copyright: '',
    feedLinks: { rss: `${SITE.siteUrl}/articles/feed.xml` },
  })
  for (const d of articles) {
    const a = d.article
    feed.addItem({
      title: a.title,
      id: `urn:uuid:${d.id}`,
      link: a.url ?? `${SITE.siteUrl}/articles/${d.id}`,
      date: dateOf(d),
      description: a.summary,
      content: a.html,
      author: a.authors.map((p) => ({ name: p.name })),
      category: a.tags.map((name) => ({ name })),
    })
  }
  return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1()
}

const xml = (s: string) =>
  s.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'
  )

/** The least a feed can be: one template literal per item, escaped fields. */
export const renderTemplate = (
  articles: readonly DistinctArticle[],
  format: FeedFormat
): string => {
  const updated = dateOf(articles[0] as DistinctArticle)
  if (format === 'json') {
    return JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Edgewire: every article',
      home_page_url: `${SITE.siteUrl}/articles`,
      items: articles.map((d) => ({
        id: `urn:uuid:${d.id}`,
        url: d.article.url,
        title: d.article.title,
        content_html: d.article.html,
        summary: d.article.summary,
        date_published: dateOf(d).toISOString(),
        authors: d.article.authors.map((p) => ({ name: p.name })),
        tags: d.article.tags,
      })),
    })
  }
  if (format === 'atom') {
    return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>${SITE.siteUrl}/articles</id><title>Edgewire: every article</title><updated>${updated.toISOString()}</updated>${articles
      .map(
        (d) =>
          `<entry><id>urn:uuid:${d.id}</id><title type="html">${xml(d.article.title)}</title><link href="${xml(d.article.url ?? '')}"/><updated>${dateOf(d).toISOString()}</updated><summary type="html">${xml(d.article.summary)}</summary><content type="html">${xml(d.article.html)}</content>${d.article.authors.map((p) => `<author><name>${xml(p.name)}</name></author>`).join('')}${d.article.tags.map((t) => `<category term="${xml(t)}"/>`).join('')}</entry>`
      )
      .join('')}</feed>`
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Edgewire: every article</title><link>${SITE.siteUrl}/articles</link><description>Each distinct article once.</description><lastBuildDate>${updated.toUTCString()}</lastBuildDate>${articles
    .map(
      (d) =>
        `<item><title>${xml(d.article.title)}</title><link>${xml(d.article.url ?? '')}</link><guid isPermaLink="false">urn:uuid:${d.id}</guid><pubDate>${dateOf(d).toUTCString()}</pubDate><description>${xml(d.article.summary)}</description><content:encoded>${xml(d.article.html)}</content:encoded>${d.article.tags.map((t) => `<category>${xml(t)}</category>`).join('')}</item>`
    )
    .join('')}</channel></rss>`
}

const FORMATS: FeedFormat[] = ['rss', 'atom', 'json']

/**
 * A body a response can send is one flat string. V8 keeps a concatenation as
 * a rope and copies it into one string on its first read (hashing, encoding),
 * so a renderer that returns a rope would leave part of its work to whoever
 * reads it: every contender's body is read once, inside the timing.
 */
const readOnce = (body: string): string => {
  body.charCodeAt(body.length >> 1)
  return body
}

export const runRender = (options: RunOptions): SectionResult => {
  const sizes = options.quick ? [20, 100] : [20, 100, 1000]
  const articles = feedArticles(1000, 7)
  const itemBytes = articles.slice(0, 100).reduce((sum, a) => sum + a.article.html.length, 0) / 100
  const rows: string[][] = []
  const targets: Target[] = []
  const ratios100: Record<string, number> = {}
  for (const size of sizes) {
    const items = articles.slice(0, size)
    for (const format of FORMATS) {
      options.log(`render: ${size} items, ${format}`)
      const samples = compareInterleaved(
        {
          ours: () => readOnce(renderOurs(items, format)),
          feed: () => readOnce(renderRawFeed(items, format)),
          template: () => readOnce(renderTemplate(items, format)),
        },
        options.quick
          ? { warmupMs: 60, batchMs: 15, repetitions: 3 }
          : { warmupMs: 600, batchMs: size >= 1000 ? 150 : 60, repetitions: 15 }
      )
      const ours = summarize(samples.ours?.map((s) => s.cpuMs) ?? [])
      const raw = summarize(samples.feed?.map((s) => s.cpuMs) ?? [])
      const tpl = summarize(samples.template?.map((s) => s.cpuMs) ?? [])
      const vsFeed = ratioOf(samples.ours ?? [], samples.feed ?? [])
      const vsTpl = ratioOf(samples.ours ?? [], samples.template ?? [])
      const bytes = renderOurs(items, format).length
      rows.push([
        String(size),
        format,
        `${fmtMs(ours.median)} ${fmtPct(ours.spread)}`,
        `${fmtMs(raw.median)} ${fmtPct(raw.spread)}`,
        `${fmtMs(tpl.median)} ${fmtPct(tpl.spread)}`,
        `${fmtRatio(vsFeed.median)} ${fmtPct(vsFeed.spread)}`,
        fmtRatio(vsTpl.median),
        `${(bytes / 1024).toFixed(0)} KiB`,
      ])
      if (size === 100) {
        ratios100[format] = vsFeed.median
        targets.push({
          name: `cold render, 100 items, ${format}`,
          target: '≤ 1.3x raw feed',
          measured: `${fmtRatio(vsFeed.median)} (${fmtMs(ours.median)} vs ${fmtMs(raw.median)})`,
          pass: options.quick ? null : vsFeed.median <= 1.3,
        })
      }
    }
  }
  const table: Table = {
    headers: [
      'items',
      'format',
      'ours (CPU/feed)',
      'raw feed',
      'template',
      'ours / feed',
      'ours / template',
      'our body',
    ],
    rows,
  }
  return {
    id: 'render',
    title: 'Render',
    method:
      `CPU time (process.cpuUsage, user+system) per rendered feed; items of ~${(itemBytes / 1024).toFixed(1)} KB body HTML each, 1–4 outlets, 2–5 tags, generated with a fixed seed. ` +
      '"Ours" is the whole cold render: articleEntry per item, buildFeedDocument, renderFeed. "Raw feed" maps the same records straight into feed 6 (`addItem` + `rss2()`/`atom1()`/`json1()`); "template" is one escaped template literal per item. ' +
      'Each body is read once inside the timing (one charCodeAt), so a body returned as a rope of concatenations is flattened where it is made, as hashing or encoding it would: a renderer cannot leave that copy to its caller. ' +
      (options.quick
        ? 'Quick mode: 3 repetitions, not judged.'
        : 'Warm-up 0.6 s per case, then 15 interleaved repetitions (each runs all three back to back, in rotating order) of batches of ≥ 60 ms; median, ± half the interquartile range; ratios are taken per repetition, then the median.'),
    tables: [table],
    targets,
    notes: [],
  }
}
