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
    text: "feed writes the channel and our item writer the items (xml-markup.ts), since feed's serializer (xml-js) alone, on our item fields, measured 1.5x raw feed. A miss here means the item writer regressed: profile with `node --cpu-prof` on bench/render.ts's renderOurs.",
  },
  {
    match: /^cold render, 100 items, atom/,
    text: 'As for RSS: feed writes the feed element, entries are written by the item writer. A miss means the entry writer or the entry extras (`<source>`, related links, contributors) regressed.',
  },
  {
    match: /^cold render, 100 items, json/,
    text: 'Ours writes ~25% more bytes than raw feed (JSON Feed 1.1 `authors`, `_edgewire.sources`, the attribution paragraph). The items are stringified 32 at a time with holes for each item\u2019s title, body and summary (so no skeleton string crosses V8\u2019s 128 KiB large-object line, where every new string costs fresh pages: page faults, not copying, are most of the final join); each hole is filled with slices of its text between the characters that need escaping, found by one `test` pass of a global regex (json-string.ts); the body and its attribution are escaped piece by piece (`FeedEntry.contentParts`), so the joined content is never flattened; one join makes the body. Measured 0.99\u20131.09x at 100 items after that change (1.27\u20131.53x before), 1.18x in one run on a busy machine. A miss means the writer regressed or the machine was loaded; what is left is the join\u2019s page faults (shared with raw feed) and, at 1,000 items, garbage collection of the ~35k slices.',
  },
  {
    match: /^HTTP cached feed/,
    text: "A repeated request is answered before the middleware chain, from the chain's own last answer (src/http/answer-memory.ts): in-process a cached feed costs ~26 µs of CPU against the constant-body baseline's ~57 µs. What is left is loopback and workerd work shared with wrk and the baseline on the same 2 cores; the ratio moved 0.82\u20130.90x across the runs of 2026-11-22.",
  },
  {
    match: /^HTTP 304 revalidation/,
    text: "Answered from memory before the chain, like the cached feed; in-process a 304 costs ~10 µs of CPU, a fifth of the constant-body baseline's, so a gap is not the Worker's JavaScript. The ratio moved 0.65\u20130.85x across the runs of 2026-11-22 while the baseline answered with three headers of its own; since it answers with Edgewire's headers (a 304 is all headers), 0.91x and 1.07x. A miss means the answer memory or its headers regressed, or the machine (both servers and wrk share 2 cores) was loaded: a quieter machine, or load from a second machine, would settle it.",
  },
  {
    match: /^gzipped bundle/,
    text:
      "esbuild metafile (`wrangler deploy --dry-run --metafile`) of the bundle, bytes in output: zod 764 KiB (58%), of which 364 KiB are zod's 64 locale files (bundled whenever zod is imported as `import { z } from 'zod'`, which materialises the whole namespace with `z.locales`; the code now imports `* as z`, which lets esbuild drop them, and lint forbids the named import), src/normalize 110 KiB, hono 65 KiB, sax 52 KiB (xml-js's parser, which feed never uses to parse), htmlparser2 49 KiB, src/dedup 48 KiB, entities 44 KiB, src/http 35 KiB, xml-js 32 KiB. The locales alone gzip to ~41 KiB, more than the 20 KiB over target. " +
      'Would close it: import from `zod/mini` (functional, tree-shakeable, no locales) or `zod/v4/core` in the six files that use zod (src/schema/*, src/http/openapi-document.ts, src/normalize/read-source-config.ts); dropping feed/xml-js for direct RSS/Atom templates would also remove sax + xml-js (~84 KiB raw).',
  },
  {
    match: /^100k-article clustering time/,
    text: 'Near-linear growth (about n^0.9). Since the second session of 2026-11-22 the bench runs exactly clusterArticles\u2019 steps (`fileAll`: statistics, then filing with each article\u2019s tokens; seal; stories formed once at the end), where it used to settle stories after every add: single-size runs measured 23.3\u201325.8 s CPU on a loaded machine, the full run 22.2 s (28.6\u201331.5 s before, settling per add). Phases at 100k: statistics and filing ~19\u201321 s wall (word scan, capitalised-word scan and exact-duplicate keys with SHA-256 in the statistics; band-sharer copy checks and candidate lookup in filing), stories ~2 s; explaining one story (the largest) ~20\u201370 ms. A miss means a regression, or a machine running every section 30\u201340% slower (it happened on 2026-11-22, raw feed too). Would add margin: fewer boilerplate band sharers to check (a bit-sliced prefilter before the exact Jaccard test) and a cheaper text-hash exact key.',
  },
  {
    match: /^add one article/,
    text: 'One add scores up to MAX_CANDIDATES candidates found through per-day postings; in a large corpus the postings of common keys are long. Would close it: cap postings per key and day, rank candidates by rare keys first.',
  },
  {
    match: /^normalize plain texts/,
    text: 'Long story lines skip the quote cut when they neither say "you" nor name the outlet, and several whole-line scans are gated by a literal check. A miss here is measurement noise or a regression. The remaining cost is the per-line furniture rules (a fifth), entity extraction, the matching-text fold, language detection and the id\'s SHA-256; what would take it further: fewer full-line regex scans per line (one lower-cased copy per line for the vocabulary rules) and a typed-array table for the stopword lookup.',
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
    text: 'The cuts of 2026-11-22 (second session): the corpus streamed from a generator process and the exact-dedup baseline run after the measured section (~40 MB of bench artifacts: freed allocator pages of a whole-corpus structured clone, the baseline\u2019s map), the RSS sampler thread used only where VmHWM cannot be reset (it is a Node environment of its own, ~14 MB), the clustering measured exactly as clusterArticles runs it (sealed before its stories are formed), scored pairs in paged typed arrays (`EdgeStore`, ~40 MB of heap), 16-bit MinHash values (~15 MB), index keys and quote texts no longer kept after filing (~20 MB), band counts in bytes (4 MB) and, in a final batch, the tokenizer\u2019s word table and name cache freed before filing (~30 MB); output is unchanged except 21 of 18,802 explained shingle estimates at 10k. Single-size runs then measured 912\u2013913 MiB (1,062\u20131,080 MiB before). The peak is late in filing: the projected corpus ~0.39 GB of heap (text and matching text: the caller\u2019s, handed back in `DistinctArticle.article`), the arena ~0.15 GB (16-bit signature, three vectors, quote grams), band and posting tables ~0.06 GB, edges ~15 MB, V8 free space ~50 MB. A miss means a margin of ~40 MB was lost (a regression); what would widen it: 16-bit quantized weights (~25 MB; scores move by ~1e-5), a band table pre-sized from the band counts (~4 MB), pending tokens carrying band keys and 16-bit signatures instead of full ones.',
  },
]

export const explanationFor = (targetName: string): string | null =>
  EXPLANATIONS.find((e) => e.match.test(targetName))?.text ?? null
