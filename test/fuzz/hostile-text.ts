/**
 * fast-check arbitraries for hostile article text: control characters, lone
 * surrogates, CDATA terminators, markup and script, right-to-left text,
 * emoji, entities, odd line breaks, mixed with ordinary words so that the
 * normalizer keeps something to publish.
 */
import fc from 'fast-check'

/** Fragments that have broken feed and HTML writers before. */
export const HOSTILE_FRAGMENTS = [
  ']]>',
  '<![CDATA[',
  ']]]]><![CDATA[>',
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="https://t.example/p.gif" width="1" height="1">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(1)>',
  '<style>body{display:none}</style>',
  '<!-- comment -->',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '&e;',
  '&',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&nbsp;',
  '&bogus;',
  '"',
  "'",
  '<',
  '>',
  '<<>>',
  '\u0000',
  '\u0007',
  '\u000B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\uE000',
  '\uE0001\uE000',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDBFF',
  '\u2028',
  '\u2029',
  '\r',
  '\r\n',
  '\t',
  '\u202E',
  '\u200F',
  '\u200B',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Bפסקה\u202C',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇺🇦',
  'é',
  'ﬁ',
  'Ａｂｃ',
  'Z̴̧̛a̸l̶g̵o̷',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, literally.
  '${7*7}',
  '\\u0000',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
]

const WORDS =
  'the council said on tuesday that harbour ferry minister market plan vote budget report police storm school hospital river bridge election court'.split(
    ' '
  )

/** Any single UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }
)

/** A short hostile string: a title, a name, one line. */
export const hostileLine = (maxPieces = 8) =>
  fc.array(piece, { minLength: 1, maxLength: maxPieces }).map((parts) => parts.join(' '))

/** A paragraph: mostly words (so sentences survive normalization), hostile pieces mixed in. */
const paragraph = fc
  .array(piece, { minLength: 8, maxLength: 40 })
  .map((parts) => `${parts.join(' ')}.`)

/** Article text: several paragraphs separated by blank lines (or other hostile breaks). */
export const hostileText = fc
  .tuple(
    fc.array(paragraph, { minLength: 1, maxLength: 5 }),
    fc.constantFrom('\n\n', '\r\n\r\n', '\n', '\u2029', '\n\n\n')
  )
  .map(([paragraphs, sep]) => paragraphs.join(sep))

/** A date between two instants, in one of the forms metadata arrives in. */
const dateBetween = (min: string, max: string) =>
  fc
    .date({ min: new Date(min), max: new Date(max), noInvalidDate: true })
    .chain((d) =>
      fc.constantFrom(
        d.toISOString(),
        d.toISOString().slice(0, 10),
        d.toUTCString(),
        d.toISOString().replace('Z', '+14:00'),
        d.toISOString().replace('Z', '-12:00')
      )
    )

/**
 * Dates in the forms metadata arrives in, including impossible and extreme
 * ones. A stated date that cannot be read (or falls outside 1900–2200, or,
 * sent to the API, lies in the future) is refused, naming the field, so most
 * are dates a news article can have: otherwise nearly every capture would be
 * refused and the property prove little.
 */
export const hostileDate = fc.oneof(
  { arbitrary: dateBetween('1900-01-01T00:00:00Z', '2025-12-31T23:59:59Z'), weight: 4 },
  { arbitrary: dateBetween('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z'), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '2025-02-30',
      '2025-13-01T00:00:00Z',
      '0000-00-00',
      'yesterday',
      '1e309',
      '2025-08-22T24:00:00Z',
      '2025-08-22T23:59:60Z',
      '-000001-01-01T00:00:00Z',
      '+275760-09-13T00:00:00Z'
    ),
    weight: 1,
  },
  { arbitrary: hostileLine(3), weight: 1 }
)

/** URLs: valid http(s) ones with odd but legal parts, and ones that must be refused. */
export const hostileUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'https://example.com/a?b=<script>&c="d"',
    'https://example.com/\u202Eevil',
    'https://xn--80ak6aa92e.com/',
    'https://пример.рф/новости?utm_source=x',
    'https://example.com/%00%ff%3Cscript%3E',
    "https://example.com/it's&amp;",
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'JaVaScRiPt:alert(1)',
    ' https://example.com/leading-space',
    '//example.com/protocol-relative',
    'ftp://example.com/x',
    'https://user:pass@example.com/',
    'https://example.com:99999/',
    'https://[::1]/',
    'https://127.0.0.1/'
  )
)
