/**
 * Scores the normalizer on real pages it was never tuned on, laid out as
 * readability's test corpus is (github.com/mozilla/readability, test/test-pages):
 * one folder per page with `source.html`, `expected.html` (the article a reader
 * should see) and `expected-metadata.json` (title, byline, publishedTime,
 * readerable). The corpus is not in this repository; point the script at a copy.
 *
 *   node scripts/eval-real-pages.ts <dir> [--input=source.html] [--form=html|text] [--with-url] [--verbose]
 *
 * `--input` names another capture of each page in its folder, such as a browser's
 * innerText saved as `innertext.txt` (`--form=text`), to score the text path.
 * `--with-url` states the page's address (`url` in its expected metadata) as a
 * capture's sidecar would; without it the capture stands alone.
 * For every readerable page: word recall and precision of the kept text against
 * the expected article (`scoreKeptWords`), whether
 * the title and the first author match the expected ones, and failures. The
 * means close the report. Another capture than `source.html` is also scored on
 * its title against the one the HTML path reads from the same page's
 * `source.html` (its `<title>`, `og:title` or JSON-LD headline; scrapinghub's
 * corpus states none): near when at least 80% of the found title's words are in
 * it and they cover 60% of it, as the site's name after a bar or a dash, or a
 * headline worded apart from the `<title>`, would fail an exact match.
 * Deterministic; no network.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bodyTokens, scoreKeptWords } from '../src/normalize/eval/score-kept-words.ts'
import { NormalizeError, normalizeArticle } from '../src/normalize/index.ts'
import type { InputForm } from '../src/schema/index.ts'

const args = process.argv.slice(2)
const dir = args.find((arg) => !arg.startsWith('--'))
const option = (name: string): string | undefined =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
if (!dir) {
  console.error(
    'usage: node scripts/eval-real-pages.ts <dir> [--input=source.html] [--form=html|text] [--with-url] [--verbose]'
  )
  process.exit(2)
}
const input = option('input') ?? 'source.html'
const form = (option('form') ?? (input.endsWith('.html') ? 'html' : 'text')) as InputForm
const verbose = args.includes('--verbose')
const withUrl = args.includes('--with-url')

/** The text of an expected article: tags out, the common character references decoded. */
const textOfHtml = (html: string): string =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&(?:nbsp|amp|quot|apos|lt|gt|#39);/g, ' ')

const same = (a: string, b: string): boolean => bodyTokens(a).join(' ') === bodyTokens(b).join(' ')

/** Whether a found title is near a page's own (see the module's comment). */
const near = (found: string, reference: string): boolean => {
  const words = bodyTokens(found)
  const wanted = new Set(bodyTokens(reference))
  const shared = words.filter((word) => wanted.has(word)).length
  return words.length > 0 && shared >= 0.8 * words.length && shared >= 0.6 * wanted.size
}

/** The title the HTML path reads from the page's own `source.html`; null when it has none. */
const htmlTitleOf = (folder: string): string | null => {
  const source = join(folder, 'source.html')
  if (input === 'source.html' || !existsSync(source)) return null
  try {
    const page = normalizeArticle({
      content: readFileSync(source, 'utf8'),
      form: 'html',
      metadata: {},
    })
    return page.titleDerived ? null : page.title
  } catch {
    return null
  }
}

let pages = 0
let recallSum = 0
let precisionSum = 0
let titles = 0
let nearTitles = 0
let pageTitles = 0
let authors = 0
let expectedAuthors = 0
const failures: string[] = []
for (const name of readdirSync(dir).sort()) {
  const folder = join(dir, name)
  const capture = join(folder, input)
  const metaFile = join(folder, 'expected-metadata.json')
  if (!existsSync(capture) || !existsSync(metaFile) || !existsSync(join(folder, 'expected.html')))
    continue
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
    title?: string
    byline?: string | null
    readerable?: boolean
    url?: string
  }
  if (meta.readerable === false) continue
  const expected = textOfHtml(readFileSync(join(folder, 'expected.html'), 'utf8'))
  let article: ReturnType<typeof normalizeArticle>
  try {
    article = normalizeArticle({
      content: readFileSync(capture, 'utf8'),
      form,
      file: `${name}/${input}`,
      metadata: withUrl && meta.url ? { url: meta.url } : {},
    })
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error
    failures.push(`${name}: ${error.message}`)
    continue
  }
  const { recall, precision, kept, expected: wanted } = scoreKeptWords(article.text, expected)
  pages++
  recallSum += recall
  precisionSum += precision
  const titleMatches = meta.title ? same(article.title, meta.title) : false
  if (titleMatches) titles++
  const pageTitle = htmlTitleOf(folder)
  if (pageTitle !== null) {
    pageTitles++
    if (near(article.title, pageTitle)) nearTitles++
  }
  const byline = meta.byline?.trim()
  const firstAuthor = article.authors[0]?.name ?? ''
  if (byline) {
    expectedAuthors++
    if (firstAuthor && bodyTokens(byline).join(' ').includes(bodyTokens(firstAuthor).join(' ')))
      authors++
  }
  if (verbose)
    console.log(
      [
        name.padEnd(36),
        `R ${recall.toFixed(2)}`,
        `P ${precision.toFixed(2)}`,
        `words ${kept}/${wanted}`,
        titleMatches ? 'title =' : `title ≠ "${article.title.slice(0, 50)}"`,
        `by "${firstAuthor}"`,
      ].join('  ')
    )
}
for (const failure of failures) console.log(`refused  ${failure}`)
console.log(
  `${pages} pages (${form} from ${input}${withUrl ? ', with its address' : ''}), ${failures.length} refused: mean word recall ${(recallSum / Math.max(1, pages)).toFixed(3)}, precision ${(precisionSum / Math.max(1, pages)).toFixed(3)}; titles as expected ${titles}/${pages}; first author within the expected byline ${authors}/${expectedAuthors}${pageTitles > 0 ? `; titles near the HTML page's ${nearTitles}/${pageTitles}` : ''}`
)
