/**
 * Profiles normalizeArticle on realistic generated captures: 5 KB scraped texts
 * (story paragraphs, quotes, one-line paragraphs, furniture: promo, newsletter,
 * captions with credits, "Read more" teasers, share prompts, advertisement
 * markers, copyright) and 50 KB HTML pages (nav, header, article, aside,
 * related links, comments, footer, scripts, JSON-LD).
 *
 *   node_modules/.bin/node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-normalize.ts [seconds] [text|html|both]
 *
 * Prints articles per second for each form; the .cpuprofile opens in Chrome
 * DevTools (or summarize it with `--top` below).
 */
import { normalizeArticle } from '../src/normalize/index.ts'
import type { RawArticle } from '../src/schema/index.ts'

let seed = 7
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T

const NAMES = [
  'Olena Kovalenko',
  'Marcus Webb',
  'Priya Raman',
  'Jonas Lindqvist',
  'Amara Okafor',
  'Daniel Ruiz',
  'Hannah Feldman',
  'Kenji Watanabe',
]
const PLACES = ['KYIV, Ukraine', 'BRUSSELS', 'LAGOS, Nigeria', 'WASHINGTON', 'SYDNEY', 'MUMBAI']
const ORGS = [
  'the European Commission',
  'the Federal Reserve',
  'Bank of England',
  'the Ministry of Health',
  'United Nations',
  'Northwind Energy',
]
const OUTLETS = ['Harbour Ledger', 'Valley Courier', 'Metro Dispatch', 'Daily Sentinel']
const VERBS = ['said', 'warned', 'announced', 'confirmed', 'argued', 'told reporters']
const NOUNS = [
  'the proposal',
  'the budget',
  'the ceasefire talks',
  'the new rules',
  'the investigation',
  'energy prices',
  'the trade agreement',
  'the court ruling',
]
const CLAUSES = [
  'would take effect next month',
  'had been delayed by weeks of negotiation',
  'remained uncertain despite pressure from allies',
  'could cost taxpayers billions over the next decade',
  'was a turning point for the region',
  'drew sharp criticism from opposition lawmakers',
  'followed months of protests in the capital',
]

const sentence = (): string => {
  const roll = rand()
  if (roll < 0.2)
    return `“We are not going to accept ${pick(NOUNS)} as it stands,” ${pick(NAMES)} ${pick(VERBS)}.`
  if (roll < 0.4)
    return `${pick(NAMES)}, a spokesperson for ${pick(ORGS)}, ${pick(VERBS)} that ${pick(NOUNS)} ${pick(CLAUSES)}.`
  return `Officials at ${pick(ORGS)} ${pick(VERBS)} on Tuesday that ${pick(NOUNS)} ${pick(CLAUSES)}, and ${pick(NOUNS)} ${pick(CLAUSES)}.`
}
const paragraph = (): string =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' ')

const FURNITURE = [
  'ADVERTISEMENT',
  'Advertisement',
  'Story continues below advertisement',
  'Share this article',
  'READ MORE: Officials weigh new limits on short-term rentals',
  'Related: How the drought reshaped the harvest',
  'Sign up for our free morning newsletter to get the latest news in your inbox.',
  'Click here to subscribe to our daily briefing.',
  'Firefighters work near the scene on Monday. (Photo by Sam Ortiz/Getty Images)',
  'Protesters gather outside parliament. Photo: AP',
  'Download our app for the latest breaking news alerts.',
  'Read more',
  '4 min read',
]

export const textCapture = (i: number): RawArticle => {
  const outlet = pick(OUTLETS)
  const lines = [
    `Officials clash over ${pick(NOUNS).replace('the ', '')} as deadline nears`,
    `By ${pick(NAMES)} and ${pick(NAMES)}`,
    `Updated: August ${1 + (i % 27)}, 2025 ${1 + (i % 11)}:15 PM`,
    `${pick(PLACES)} (AP) — ${paragraph()}`,
  ]
  let size = lines.join('\n\n').length
  while (size < 4850) {
    const roll = rand()
    const line =
      roll < 0.12
        ? pick(FURNITURE)
        : roll < 0.18
          ? `“That is not enough,” ${pick(NAMES)} said.`
          : paragraph()
    lines.push(line)
    size += line.length + 2
  }
  lines.push(`Reporting by ${pick(NAMES)}; Editing by ${pick(NAMES)}`)
  lines.push(`© 2025 ${outlet}. All rights reserved.`)
  return {
    content: lines.join('\n\n'),
    form: 'text',
    file: `profile-${i}.txt`,
    metadata: i % 2 === 0 ? { source: outlet } : {},
  }
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

export const htmlCapture = (i: number): RawArticle => {
  const outlet = pick(OUTLETS)
  const title = `Officials clash over ${pick(NOUNS).replace('the ', '')} as deadline nears`
  const nav = Array.from(
    { length: 50 },
    (_, k) => `<li><a href="/s/${k}">Section ${k}</a></li>`
  ).join('')
  const body: string[] = []
  let size = 0
  let k = 0
  while (size < 6000) {
    const p = paragraph()
    body.push(
      k > 0 && k % 4 === 0
        ? `<div class="ad-slot">Advertisement</div><p>${esc(p)}</p>`
        : `<p>${esc(p)}</p>`
    )
    size += p.length
    k++
  }
  const related = Array.from(
    { length: 12 },
    (_, k) =>
      `<li class="card"><a href="/r/${k}"><img src="/i/${k}.jpg" alt=""><h3>${esc(sentence())}</h3></a></li>`
  ).join('')
  const comments = Array.from(
    { length: 15 },
    (_, k) =>
      `<li class="comment"><span class="user">reader${k}</span><p>${esc(sentence())}</p><button>Reply</button></li>`
  ).join('')
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2025-08-20T10:00:00Z',
    author: [{ '@type': 'Person', name: pick(NAMES) }],
    publisher: { '@type': 'Organization', name: outlet },
  })
  let page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><script type="application/ld+json">${jsonLd}</script>
<style>${'.x{margin:0;padding:1px}'.repeat(200)}</style></head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${esc(title)}</h1><div class="byline">By ${pick(NAMES)}</div>
<figure><img src="/a.jpg" alt="A crowd outside"><figcaption>Protesters gather. (Photo by Sam Ortiz/Getty Images)</figcaption></figure>
${body.join('\n')}
<div class="share-tools">Share this article</div></article>
<aside class="sidebar"><h2>Most read</h2><ol>${related}</ol></aside>
<section class="related-articles"><h2>Related</h2><ul>${related}</ul></section>
<section id="comments"><h2>Comments</h2><ul>${comments}</ul></section></main>
<footer><p>© 2025 ${outlet}. All rights reserved.</p><ul>${nav}</ul></footer>`
  while (page.length < 49_000)
    page += `<script>window.__d${page.length}=${JSON.stringify({ a: 'x'.repeat(400), b: [1, 2, 3] })};</script>\n`
  return { content: `${page}</body></html>`, form: 'html', file: `profile-${i}.html`, metadata: {} }
}

const seconds = Number(process.argv[2] ?? 4)
const which = process.argv[3] ?? 'both'
const run = (name: string, inputs: RawArticle[]): void => {
  for (const raw of inputs) normalizeArticle(raw) // warm-up, and every input must normalize
  let n = 0
  const t0 = performance.now()
  while (performance.now() - t0 < seconds * 1000)
    for (const raw of inputs) {
      normalizeArticle(raw)
      n++
    }
  const perSec = (n * 1000) / (performance.now() - t0)
  const avg = inputs.reduce((s, r) => s + r.content.length, 0) / inputs.length
  console.log(`${name}: ${Math.round(perSec)}/s (avg ${(avg / 1024).toFixed(1)} KB)`)
}
if (import.meta.main) {
  if (which !== 'html')
    run(
      'text',
      Array.from({ length: 200 }, (_, i) => textCapture(i))
    )
  if (which !== 'text')
    run(
      'html',
      Array.from({ length: 40 }, (_, i) => htmlCapture(i))
    )
}
