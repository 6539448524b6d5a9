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
      'Would close it: skip the pubDate pass unless an entry has no date (or anchor it as `\\n *<pubDate>…` / remove the element before serializing), and test with a look-around-free character class (`/[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uD800-\\uDFFF\\uE000\\uFFFE\\uFFFF]/`) before running the exact replace — or clean article text once at normalize/publish time instead of per format per render. ' +
      'Experiment (a patched copy of src/ outside the tree, same data, interleaved): with only those two changes the RSS cold render went from 2.92x to 1.51x raw feed (10.9 → 6.4 ms); what remains is xml-js serializing our larger items (attribution paragraph, `dc:creator`, `<source>`). Closing the last 0.2x needs either less per-item markup through xml-js or writing RSS with templates (the template baseline is 7x faster than feed).',
  },
  {
    match: /^cold render, 100 items, atom/,
    text:
      "Profile of the Atom cold render: `stripXmlIllegal` ~14% (see RSS), `escapeHtml` ~5%, the marker-slot regex over the whole body ~4%, and GC ~13% from the extra full-body copies (`.replace` of the root element, then of every `<rights>` marker, each copying ~480 KB). feed's `atom1()` (xml-js) is ~38%, and it also serializes the HTML-escaped title/summary/content, which are larger than raw feed's. " +
      'Would close it: the same `stripXmlIllegal` fast path; build the `<feed …xml:lang>` and per-entry extras into one pass (a single replace with a callback that handles the root tag too, or write Atom without `feed` as JSON Feed already is), avoiding two whole-document copies. Experiment: the `stripXmlIllegal` fast path alone took Atom from 2.75x to 2.36x; after it, xml-js (`hasContentCompact`, `writeElement(s)Compact`) is ~40% and the two whole-body replaces plus GC ~20%.',
  },
  {
    match: /^cold render, 100 items, json/,
    text:
      "Ours writes JSON Feed 1.1 itself (feed 6 only writes 1.0), so the baseline is feed's `json1()`, which does less: no `_edgewire` sources, no per-item language/authors arrays. Profile: ~30% is `stripXmlIllegal` on content_html/summary/title (not needed for JSON at all: JSON can carry every character but lone surrogates, which JSON.stringify escapes), ~40% is JSON.stringify with 2-space indentation of a larger object, ~8% date conversions (`toDate` → `toISOString` per coverage entry). " +
      'Would close it: skip `clean` for JSON (or clean once upstream), and drop pretty-printing (`JSON.stringify(doc)`) — feed readers do not need it and it is ~20% more bytes. Experiment: both changes took JSON from 2.65x to 1.89x (5.1 → 3.8 ms); the rest is the larger document (sources per item, dates formatted per coverage entry).',
  },
  {
    match: /^HTTP cached feed/,
    text:
      'With the D1 binding, every request — cached or not — first runs `storePublication`, which awaits `readStoreVersion` (`SELECT COUNT(*), MAX(seq), (SELECT value FROM store_meta …) FROM articles`) before the render cache is consulted. That round trip, not rendering, is the cost: the same bundle without the D1 binding serves the cached feed at the ratio shown in the "no D1 binding" row. ' +
      'Would close it: do not ask D1 on every request — keep the store version in the isolate for a few seconds (or until a write in this isolate bumps it), or hold it in a KV key / Durable Object that writes update, or key the edge cache by time bucket and revalidate in `waitUntil` (stale-while-revalidate inside the Worker). ' +
      'Without D1 the cached feed still reaches only ~0.6–0.7x. In-process profile of that path (node --cpu-prof, 10k req/s): ~20% is turning the cached body string into bytes on every request (undici `toUSVString` + `encodeUtf8String`; workerd also encodes a string body per response), the rest Hono dispatch, the CORS middleware, `publicationContext` (site config parsed from env per request) and building ~8 headers. ' +
      'Would close that part: keep the rendered body in the render cache as an encoded `Uint8Array` (TextEncoder once, at render time) and the headers as a prebuilt `Headers` to clone, and compute the site config once per isolate and env.',
  },
  {
    match: /^HTTP 304 revalidation/,
    text: 'Same cause as the cached feed: the 304 is decided only after the per-request D1 version query; the 304 itself is cheaper than a 200 (in-process it costs less CPU than building the constant 200 response). Would close it: the same as for the cached feed — the ETag check needs only the content version, so a version held in the isolate (refreshed asynchronously) answers 304s without I/O.',
  },
  {
    match: /^gzipped bundle/,
    text:
      "esbuild metafile (`wrangler deploy --dry-run --metafile`) of the bundle, bytes in output: zod 764 KiB (58%), of which 364 KiB are zod's 64 locale files (bundled whenever zod is imported as `import { z } from 'zod'`, which materialises the whole namespace with `z.locales`; the code now imports `* as z`, which lets esbuild drop them, and lint forbids the named import), src/normalize 110 KiB, hono 65 KiB, sax 52 KiB (xml-js's parser, which feed never uses to parse), htmlparser2 49 KiB, src/dedup 48 KiB, entities 44 KiB, src/http 35 KiB, xml-js 32 KiB. The locales alone gzip to ~41 KiB, more than the 20 KiB over target. " +
      'Would close it: import from `zod/mini` (functional, tree-shakeable, no locales) or `zod/v4/core` in the six files that use zod (src/schema/*, src/http/openapi-document.ts, src/normalize/read-source-config.ts); dropping feed/xml-js for direct RSS/Atom templates would also remove sax + xml-js (~84 KiB raw).',
  },
  {
    match: /^100k-article clustering time/,
    text:
      'Growth is near-linear (about n^0.9 from 1k to 100k), so the miss is a constant factor of about 1.3x. Phases at 100k: term statistics ~11 s (29%), filing ~24 s (61%), stories ~1 s, explanations ~3 s. Term statistics tokenize every article, and `StoryIndex.add` tokenizes it again (`tokenizeArticle` is called in `countTermStatistics` and in `add`). ' +
      'Would close it: tokenize once and hand the tokens from the statistics pass to `add` (saves most of the statistics phase, ~25%), and fewer or cheaper candidate scorings per add; explanations can be built lazily per story (the API asks for one story at a time).',
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
