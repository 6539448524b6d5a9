/**
 * @module
 * Deterministic, realistic benchmark inputs: feed items of about 3 KB
 * (distinct articles with several outlets' coverage), 5 KB plain-text
 * captures and 50 KB HTML pages with the furniture real pages carry. Invented
 * text only; the same seed gives the same bytes.
 */

import { seededRandom } from '../../src/dedup/eval/generate-synthetic-news.ts'
import type { DistinctArticle, RawArticle, Source } from '../../src/schema/index.ts'

/** The dedup evaluation's seeded PRNG (mulberry32), so bench data is reproducible the same way. */
export const rng = seededRandom

type Rng = () => number
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T
const between = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))

const WORDS = (
  'the minister said on tuesday that talks with regional leaders would resume after a ' +
  'week of protests over fuel prices and the budget while officials in the capital ' +
  'warned that the agreement could collapse if lenders refused to extend the deadline ' +
  'analysts expect inflation to ease later this year but unions plan further strikes ' +
  'across ports railways and hospitals according to a statement released by the council ' +
  'residents described long queues outside banks as the central bank raised interest rates ' +
  'for the third time in four months citing pressure on the currency and imports'
).split(' ')
const NAMES = [
  'Amara Okafor',
  'Lukas Brandt',
  'Mei Tanaka',
  'Sofia Marchetti',
  'Rahul Desai',
  'Ines Duarte',
  "Conor O'Brien",
  'Yusuf Demir',
]
const PLACES = ['Lagos', 'Hamburg', 'Osaka', 'Turin', 'Pune', 'Porto', 'Cork', 'Izmir']
const OUTLETS = [
  'Harbour Gazette',
  'The Daily Ledger',
  'Northern Wire',
  'Metro & County Post',
  'Evening Standard-Bearer',
  'Coastal Times',
  'Capital Herald',
  'Valley News',
]

const sentence = (r: Rng, words = between(r, 12, 28)): string => {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(pick(r, WORDS))
  if (r() < 0.3) out.splice(between(r, 0, out.length - 1), 0, pick(r, NAMES))
  if (r() < 0.2)
    out.splice(between(r, 0, out.length - 1), 0, `“${pick(r, WORDS)} & ${pick(r, WORDS)}”`)
  const s = out.join(' ')
  return `${s[0]?.toUpperCase()}${s.slice(1)}.`
}
const paragraph = (r: Rng, sentences = between(r, 2, 4)) =>
  Array.from({ length: sentences }, () => sentence(r)).join(' ')
/** Paragraphs until the text is at least `bytes` long. */
const paragraphsOf = (r: Rng, bytes: number): string[] => {
  const out: string[] = []
  let size = 0
  while (size < bytes) {
    const p = paragraph(r)
    out.push(p)
    size += p.length + 2
  }
  return out
}
const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
const hex32 = (r: Rng) =>
  Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('')

const sourceOf = (name: string): Source => ({
  id: slug(name),
  name,
  homepage: `https://${slug(name)}.example/`,
  feedUrl: null,
})

const dayOf = (i: number) => {
  const d = new Date(Date.UTC(2025, 7, 22, 18, 0, 0) - i * 37 * 60_000)
  return d.toISOString().replace('.000Z', 'Z')
}

/**
 * `n` distinct articles as the dedup stage hands them to the feeds: ~3 KB of
 * body HTML each, bylines, tags, and 1–4 outlets' sightings.
 */
export const feedArticles = (n: number, seed = 1): DistinctArticle[] => {
  const r = rng(seed)
  return Array.from({ length: n }, (_, i) => {
    const paragraphs = paragraphsOf(r, 2700)
    const text = paragraphs.join('\n\n')
    const lead = sourceOf(pick(r, OUTLETS))
    const id = hex32(r)
    const title = sentence(r, between(r, 6, 11)).replace(/\.$/, '')
    const url = `https://${lead.id}.example/2025/08/22/${slug(title).slice(0, 60)}`
    const published = { value: dayOf(i), precision: 'minute' as const }
    const others = Array.from({ length: between(r, 0, 3) }, () => sourceOf(pick(r, OUTLETS)))
    return {
      id,
      article: {
        id,
        url,
        title,
        titleDerived: false,
        summary: paragraphs[0] ?? '',
        text,
        html: paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('\n'),
        matchingText: text.toLowerCase(),
        source: lead,
        authors: [{ name: pick(r, NAMES), url: null }],
        published,
        updated: r() < 0.3 ? { value: dayOf(i - 1), precision: 'minute' as const } : null,
        language: 'en',
        wordCount: text.split(/\s+/).length,
        tags: Array.from({ length: between(r, 2, 5) }, () => pick(r, [...NAMES, ...PLACES])),
        origin: { form: 'text' as const, file: null },
        removed: [],
      },
      sightings: [lead, ...others].map((source, k) => ({
        articleId: k === 0 ? id : hex32(r),
        source,
        url: k === 0 ? url : `https://${source.id}.example/copy/${i}-${k}`,
        file: null,
        published,
      })),
    }
  })
}

const FURNITURE = [
  'Advertisement',
  'Share this article',
  'Sign up for our morning newsletter',
  'Read more: the week in pictures',
  'Follow us on Facebook and X',
  'Support independent journalism: donate today',
]

/** A 5 KB plain-text capture: headline, byline, dateline, subheads, furniture lines. */
export const plainTextCapture = (r: Rng, index: number, bytes = 5000): RawArticle => {
  const outlet = pick(r, OUTLETS)
  const lines: string[] = [
    sentence(r, between(r, 7, 12)).replace(/\.$/, ''),
    `By ${pick(r, NAMES)}`,
    `Published August ${between(r, 1, 28)}, 2025 ${between(r, 1, 12)}:${between(r, 10, 59)} PM`,
    '',
    `${pick(r, PLACES).toUpperCase()} — ${paragraph(r)}`,
  ]
  let size = lines.join('\n').length
  while (size < bytes - 150) {
    const roll = r()
    const line =
      roll < 0.08
        ? pick(r, FURNITURE)
        : roll < 0.14
          ? sentence(r, 5).replace(/\.$/, '')
          : paragraph(r)
    lines.push('', line)
    size += line.length + 2
  }
  lines.push('', `© 2025 ${outlet}. All rights reserved.`)
  return {
    content: lines.join('\n'),
    form: 'text',
    file: `bench-${index}.txt`,
    metadata:
      index % 2 === 0 ? { source: outlet, url: `https://${slug(outlet)}.example/a/${index}` } : {},
  }
}

/**
 * A 50 KB HTML page as scraped: head with OpenGraph and JSON-LD, inline CSS
 * and scripts, navigation, the article, related links, comments teaser, footer.
 */
export const htmlPageCapture = (r: Rng, index: number, bytes = 50_000): RawArticle => {
  const outlet = pick(r, OUTLETS)
  const host = `${slug(outlet)}.example`
  const title = sentence(r, between(r, 7, 12)).replace(/\.$/, '')
  const author = pick(r, NAMES)
  const published = `2025-08-${String(between(r, 1, 28)).padStart(2, '0')}T${String(between(r, 0, 23)).padStart(2, '0')}:15:00Z`
  const body = paragraphsOf(r, 5500)
  const navLinks = Array.from(
    { length: 60 },
    (_, k) =>
      `<li><a href="https://${host}/section/${k}">${pick(r, WORDS)} ${pick(r, WORDS)}</a></li>`
  ).join('\n')
  const related = Array.from(
    { length: 12 },
    (_, k) => `<li><a href="https://${host}/related/${k}">${escapeText(sentence(r, 8))}</a></li>`
  ).join('\n')
  const css = Array.from(
    { length: 120 },
    (_, k) =>
      `.c${k}{margin:${k % 7}px;padding:${k % 5}px;color:#${(k * 99991).toString(16).slice(0, 6).padEnd(6, '0')}}`
  ).join('\n')
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: published,
    author: [{ '@type': 'Person', name: author }],
    publisher: { '@type': 'Organization', name: outlet, url: `https://${host}/` },
    mainEntityOfPage: `https://${host}/2025/08/${slug(title)}`,
  })
  const head = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeText(title)} | ${escapeText(outlet)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${escapeText(title)}">
<meta property="og:site_name" content="${escapeText(outlet)}">
<meta property="og:url" content="https://${host}/2025/08/${slug(title)}">
<meta property="article:published_time" content="${published}">
<meta name="author" content="${author}">
<link rel="canonical" href="https://${host}/2025/08/${slug(title)}">
<script type="application/ld+json">${jsonLd}</script>
<style>${css}</style>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">${escapeText(outlet)}</a><nav><ul>${navLinks}</ul></nav></header>
<main><article>
<h1>${escapeText(title)}</h1>
<p class="byline">By <a rel="author" href="/authors/${slug(author)}">${author}</a> · <time datetime="${published}">${published.slice(0, 10)}</time></p>
<figure><img src="https://${host}/img/${index}.jpg" alt="${escapeText(sentence(r, 6))}"><figcaption>Photo: ${escapeText(sentence(r, 5))}</figcaption></figure>
${body.map((p, k) => (k > 0 && k % 4 === 0 ? `<div class="ad">Advertisement</div>\n<p>${escapeText(p)}</p>` : `<p>${escapeText(p)}</p>`)).join('\n')}
<p class="share">Share this article</p>
</article>
<aside class="related"><h2>Related</h2><ul>${related}</ul></aside>
</main>
<footer><p>© 2025 ${escapeText(outlet)}. All rights reserved.</p><ul>${navLinks}</ul></footer>
`
  // Analytics and app bundles make up the rest of a real page's weight.
  const filler: string[] = []
  let size = head.length
  let k = 0
  while (size < bytes - 40) {
    const chunk = `<script>window.__d${k}=${JSON.stringify({ k, v: sentence(r, 20), t: [k, k * 2, k * 3] })};</script>\n`
    filler.push(chunk)
    size += chunk.length
    k++
  }
  return {
    content: `${head}${filler.join('')}</body></html>\n`,
    form: 'html',
    file: `bench-${index}.html`,
    metadata: {},
  }
}
