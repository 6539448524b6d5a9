/**
 * @module
 * The HTML shell shared by every page: feed autodiscovery links, one small
 * stylesheet (its hash goes into the CSP), no scripts.
 */
import { escapeHtml, stripXmlIllegal } from '../../schema/index.ts'

/**
 * Text for a page: characters HTML forbids or browsers replace (NUL and other
 * C0 controls, U+FFFE/U+FFFF, lone surrogates) removed, then escaped.
 */
export const pageText = (text: string): string => escapeHtml(stripXmlIllegal(text))

/** Safe HTML from the schema, with the same forbidden characters removed. */
export const pageHtml = (html: string): string => stripXmlIllegal(html)

export const PAGE_STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5f6368;--line:#e3e3e3;--accent:#0b57d0;--bg:#fff}
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#9aa0a6;--line:#3c4043;--accent:#8ab4f8;--bg:#202124}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main,header.site,footer.site{max-width:46rem;margin:0 auto;padding:0 1rem}
header.site{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem;border-bottom:1px solid var(--line);padding-top:1rem;padding-bottom:.75rem}
header.site a.brand{font-weight:700;font-size:1.25rem;color:var(--fg);text-decoration:none}
nav.feeds a{margin-left:.75rem;font-size:.9rem}
a{color:var(--accent)}
h1{font-size:1.75rem;line-height:1.25;margin:1.5rem 0 .5rem}
h2{font-size:1.2rem;line-height:1.3;margin:0 0 .25rem}
.meta{color:var(--muted);font-size:.9rem;margin:.25rem 0}
ol.items{list-style:none;padding:0;margin:1rem 0}
ol.items>li{padding:1rem 0;border-bottom:1px solid var(--line)}
ol.items p{margin:.35rem 0}
.sources a,.sources span{white-space:nowrap}
.tags{display:flex;flex-wrap:wrap;gap:.35rem;padding:0;list-style:none}
.tags li{border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;font-size:.85rem;color:var(--muted)}
article .body p{margin:0 0 1rem}
footer.site{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2rem;padding-top:1rem;padding-bottom:2rem}
code{font-size:.9em}
`.trim()

export type FeedLinks = { rss: string; atom: string; json: string }

export type PageOptions = {
  title: string
  siteTitle: string
  description?: string
  /** Feeds this page has, for autodiscovery and the header. */
  feeds: FeedLinks
  body: string
}

export const renderPage = (page: PageOptions): string => {
  const t = pageText
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(page.title)}</title>
${page.description ? `<meta name="description" content="${t(page.description)}">\n` : ''}<link rel="alternate" type="application/rss+xml" title="${t(page.title)} (RSS)" href="${t(page.feeds.rss)}">
<link rel="alternate" type="application/atom+xml" title="${t(page.title)} (Atom)" href="${t(page.feeds.atom)}">
<link rel="alternate" type="application/feed+json" title="${t(page.title)} (JSON Feed)" href="${t(page.feeds.json)}">
<link rel="icon" type="image/png" href="/favicon.png">
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="site"><a class="brand" href="/">${t(page.siteTitle)}</a>
<nav class="feeds" aria-label="Feeds"><a href="${t(page.feeds.rss)}">RSS</a><a href="${t(page.feeds.atom)}">Atom</a><a href="${t(page.feeds.json)}">JSON Feed</a></nav></header>
<main>
${page.body}
</main>
<footer class="site">Every item names each outlet that reported it. Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1.</footer>
</body>
</html>
`
}
