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
    text: "After the profile-driven fixes (a native scan before stripping XML-illegal characters, titles pre-split for xml-js instead of a marker pass over the body, the unknown-date pass only when an item is undated) the RSS render went from 2.6x to about 1.5x. What remains is feed's own serializer (xml-js, about 40% of the time), which also has to write what raw feed does not: `dc:creator`, `<source url>`, the attribution paragraph in every body (our bodies are ~10% larger). Would close it: write RSS items with a string template instead of xml-js (the minimal template baseline here is 3\u20139x cheaper than raw feed), keeping feed for the channel; that trades 'through feed' for speed, which the issue asked not to do.",
  },
  {
    match: /^cold render, 100 items, atom/,
    text: 'feed\'s `atom1()` (xml-js) is most of the time; on top of it our wrapper HTML-escapes titles and summaries (feed marks them type="html" without escaping) and fills one marker slot per entry with what feed cannot write (`<source>`, `<category term>`, `<link rel="related">`, `<contributor>`), by one string search over the body. Atom bodies are ~25% larger than raw feed\'s. Would close it: emit the entry extras and escaped titles without the extra body pass (e.g. feed\'s extension hooks, which Atom lacks in feed 6), or render Atom with a template.',
  },
  {
    match: /^cold render, 100 items, json/,
    text: 'feed 6 only writes JSON Feed 1.0, so ours writes 1.1 itself and the baseline (`json1()`) does less: no `authors` arrays, `language`, icons or `_edgewire.sources`. Ours serializes ~25% more per item and cleans every text field of XML-illegal characters so that all three formats carry the same text. Would close it: skip the cleaning of `content_html` in JSON (JSON can carry it) and write items as strings; the remaining gap is the larger output.',
  },
  {
    match: /^HTTP cached feed/,
    text: 'The store version is now read at most once a second per isolate (it used to be read on every request, which the earlier profile blamed), and cached bodies are kept encoded. The row without a D1 binding shows about the same ratio, so what remains is per-request work in the Worker (Hono routing, CORS and publication middleware, headers) competing with wrk and the baseline for the same 2 cores. The figure moves a lot between runs on this shared machine: the quick run the same day measured 0.80x. Would close it: answer cache hits in a first middleware keyed by URL and Accept, before the rest of the chain.',
  },
  {
    match: /^HTTP 304 revalidation/,
    text: 'Same path as the cached feed up to the ETag comparison; a 304 is cheaper than a 200 but the middleware chain is the same. The quick run the same day measured 1.10x; this run 0.63x: within the run-to-run noise of a shared 2-core machine. Would close it: the same first-middleware fast path as for the cached feed.',
  },
  {
    match: /^gzipped bundle/,
    text:
      "esbuild metafile (`wrangler deploy --dry-run --metafile`) of the bundle, bytes in output: zod 764 KiB (58%), of which 364 KiB are zod's 64 locale files (bundled whenever zod is imported as `import { z } from 'zod'`, which materialises the whole namespace with `z.locales`; the code now imports `* as z`, which lets esbuild drop them, and lint forbids the named import), src/normalize 110 KiB, hono 65 KiB, sax 52 KiB (xml-js's parser, which feed never uses to parse), htmlparser2 49 KiB, src/dedup 48 KiB, entities 44 KiB, src/http 35 KiB, xml-js 32 KiB. The locales alone gzip to ~41 KiB, more than the 20 KiB over target. " +
      'Would close it: import from `zod/mini` (functional, tree-shakeable, no locales) or `zod/v4/core` in the six files that use zod (src/schema/*, src/http/openapi-document.ts, src/normalize/read-source-config.ts); dropping feed/xml-js for direct RSS/Atom templates would also remove sax + xml-js (~84 KiB raw).',
  },
  {
    match: /^100k-article clustering time/,
    text: "Near-linear growth (about n^0.9); the best run measured 28.9 s wall, loaded runs 30\u201343 s: the target sits inside the machine's noise. Phases at 100k: term statistics ~13 s, filing ~11 s, explanations ~3 s, stories ~1 s; about 20% is garbage collection. Would close it: hand the statistics pass's token ids to `add` instead of tokenizing twice, 16-bit MinHash signatures (less GC), and computing explanations lazily (only `GET /api/stories/:id` needs them).",
  },
  {
    match: /^add one article/,
    text: 'One add scores up to MAX_CANDIDATES candidates found through per-day postings; in a large corpus the postings of common keys are long. Would close it: cap postings per key and day, rank candidates by rare keys first.',
  },
  {
    match: /^normalize plain texts/,
    text: "At the target within measurement noise: 1,980/s by CPU time and 2,334/s by wall time in this run, 2,110\u20132,266/s on earlier quiet runs. The remaining cost is the per-line furniture rules, entity extraction and the matching-text fold; about 12% is schema validation and the id's SHA-256. Would close it: skip zod validation of records the normalizer itself built (validate at the API boundary only) and cache per-outlet rule sets.",
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
    text: 'The process peak includes the generated 100k-article corpus itself (~0.8 GB of RSS before clustering starts); clustering alone adds ~0.65 GB, under 1 GB. Would close the process figure: a lighter corpus representation in the generator (texts interned), 16-bit MinHash signatures, and dropping per-article term vectors once an article is filed.',
  },
]

export const explanationFor = (targetName: string): string | null =>
  EXPLANATIONS.find((e) => e.match.test(targetName))?.text ?? null
