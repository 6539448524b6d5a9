/**
 * @module
 * Why a target is missed and what would close it, written from profiles
 * taken while building the benchmark (node --cpu-prof on the render loop,
 * the HTTP scenarios with and without the D1 binding, the bundle's contents).
 * Shown in BENCHMARKS.md under each missed target; re-check them when the
 * code they describe changes.
 */

export const EXPLANATIONS: { match: RegExp; text: string }[] = [
  {
    match: /^cold render, 100 items, rss/,
    text:
      'Profile of the RSS cold render (100 items of ~3 KB): 24% of its time is `withoutUnknownPubDates` (src/render/render-rss.ts): the regex `\\s*<pubDate>Thu, 01 Jan 1970…` runs over the whole ~430 KB body, and its leading `\\s*` makes V8 try a match at every whitespace run instead of searching for the literal. ' +
      "15% is `stripXmlIllegal` (src/schema/escape-html.ts) on every title, summary and the full content HTML: its regex has a look-behind and a look-ahead for lone surrogates, so it cannot use a fast scan either. xml-js serialization (feed's own cost) is ~35%. " +
      'Would close it: skip the pubDate pass unless an entry has no date (or anchor it as `\\n *<pubDate>…` / remove the element before serializing), and test with a look-around-free character class (`/[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uD800-\\uDFFF\\uE000\\uFFFE\\uFFFF]/`) before running the exact replace — or clean article text once at normalize/publish time instead of per format per render.',
  },
  {
    match: /^cold render, 100 items, atom/,
    text:
      "Profile of the Atom cold render: `stripXmlIllegal` ~14% (see RSS), `escapeHtml` ~5%, the marker-slot regex over the whole body ~4%, and GC ~13% from the extra full-body copies (`.replace` of the root element, then of every `<rights>` marker, each copying ~480 KB). feed's `atom1()` (xml-js) is ~38%, and it also serializes the HTML-escaped title/summary/content, which are larger than raw feed's. " +
      'Would close it: the same `stripXmlIllegal` fast path; build the `<feed …xml:lang>` and per-entry extras into one pass (a single replace with a callback that handles the root tag too, or write Atom without `feed` as JSON Feed already is), avoiding two whole-document copies.',
  },
  {
    match: /^cold render, 100 items, json/,
    text:
      "Ours writes JSON Feed 1.1 itself (feed 6 only writes 1.0), so the baseline is feed's `json1()`, which does less: no `_edgewire` sources, no per-item language/authors arrays. Profile: ~30% is `stripXmlIllegal` on content_html/summary/title (not needed for JSON at all: JSON can carry every character but lone surrogates, which JSON.stringify escapes), ~40% is JSON.stringify with 2-space indentation of a larger object, ~8% date conversions (`toDate` → `toISOString` per coverage entry). " +
      'Would close it: skip `clean` for JSON (or clean once upstream), and drop pretty-printing (`JSON.stringify(doc)`) — feed readers do not need it and it is ~20% more bytes.',
  },
  {
    match: /^HTTP cached feed/,
    text:
      'With the D1 binding, every request — cached or not — first runs `storePublication`, which awaits `readStoreVersion` (`SELECT COUNT(*), MAX(seq), (SELECT value FROM store_meta …) FROM articles`) before the render cache is consulted. That round trip, not rendering, is the cost: the same bundle without the D1 binding serves the cached feed at the ratio shown in the "no D1 binding" row. ' +
      'Would close it: do not ask D1 on every request — keep the store version in the isolate for a few seconds (or until a write in this isolate bumps it), or hold it in a KV key / Durable Object that writes update, or key the edge cache by time bucket and revalidate in `waitUntil` (stale-while-revalidate inside the Worker).',
  },
  {
    match: /^HTTP 304 revalidation/,
    text: 'Same cause as the cached feed: the 304 is decided only after the per-request D1 version query; the 304 itself is cheaper than a 200 (in-process it costs less CPU than building the constant 200 response). Would close it: the same as for the cached feed — the ETag check needs only the content version, so a version held in the isolate (refreshed asynchronously) answers 304s without I/O.',
  },
  {
    match: /^gzipped bundle/,
    text:
      'The bundle carries the whole normalize pipeline (htmlparser2 and its `entities` decode tables, the outlet registry, language detection), zod 4 (schemas for the API and OpenAPI document), feed + xml-js, and the bundled corpus. ' +
      'Would close it: import zod from `zod/mini` (tree-shakeable) or validate the few request shapes by hand; drop xml-js by writing RSS/Atom directly (as JSON Feed already is — also the render fix above); load the `entities` HTML decode table only where HTML is decoded; check `wrangler deploy --dry-run --metafile` for the largest inputs.',
  },
  {
    match: /^100k-article clustering time/,
    text:
      'Clustering grows faster than linearly (see the growth column): most time is in filing (StoryIndex.add), whose candidate lists grow with the number of same-day articles sharing a key, up to MAX_CANDIDATES = 400 scored pairs per article. ' +
      'Would close it: fewer candidates per article (rarer keys only, LSH bands first and stop early), cheaper pair scoring, and postings per day that stop growing with corpus size; the dedup owner is working on this.',
  },
  {
    match: /^add one article/,
    text: 'One add scores up to MAX_CANDIDATES candidates found through per-day postings; in a large corpus the postings of common keys are long. Would close it: cap postings per key and day, rank candidates by rare keys first.',
  },
  {
    match: /^normalize plain texts/,
    text: 'Plain text normalization runs the whole pipeline per article (line classification against furniture rules, headline/byline/dateline parsing, entity extraction, language detection, NFKC folding, paragraph HTML). Profile it with `node --cpu-prof bench/run.ts --only=normalize` and look at the top self-time functions; the normalize owner has been moving hot paths from regexes to character scans.',
  },
  {
    match: /^normalize HTML pages/,
    text: 'HTML normalization is bounded below by htmlparser2 building the DOM of a 50 KB page (the baseline column); the rest is main-content extraction and the text pipeline.',
  },
  {
    match: /^CPU per cached feed request/,
    text: 'The cached path is Hono routing, two middlewares (CORS, publication context), a Map lookup and building a Response with ~8 headers; most of it is Request/Headers/Response construction.',
  },
  {
    match: /^100k-article clustering peak memory/,
    text: 'Per-article features (MinHash signature, sparse term vectors, quote grams) and postings dominate; memory is roughly linear in articles. Would close it: typed arrays for signatures and postings, dropping per-article token arrays after features are built.',
  },
]

export const explanationFor = (targetName: string): string | null =>
  EXPLANATIONS.find((e) => e.match.test(targetName))?.text ?? null
