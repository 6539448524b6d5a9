/**
 * @module
 * JSON string literals for the large text fields of JSON Feed items, written
 * in the same pass that removes XML-illegal characters (so the JSON carries
 * exactly the text the XML formats carry). One native regex scan instead of a
 * scan plus `JSON.stringify`, which is the bulk of a JSON render's cost
 * (V8's two-byte string escaping is slow), and the text is handed on as
 * slices rather than copied. The output is what
 * `JSON.stringify(stripXmlIllegal(text))` gives; a property test holds it.
 */

/**
 * Every character JSON escapes or the cleaning removes, and U+E001–U+FFFD
 * besides: a class that ends at U+FFFF compiles to a scan about a quarter
 * faster than the exact one. Those extra characters stay as they are.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are escaped or removed here.
const WIDE = /["\\\u0000-\u001F\uD800-\uFFFF]/g
/** Exactly the characters to escape or remove, surrogates to look at included. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are escaped or removed here.
const EXACT = /["\\\u0000-\u001F\uD800-\uDFFF\uE000\uFFFE\uFFFF]/g

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff
/** XML 1.0 forbids these (and lone surrogates); the renderers reserve U+E000 too. */
const isIllegal = (code: number) =>
  code < 0x20 || code === 0xe000 || code === 0xfffe || code === 0xffff

/**
 * What the character at `at` becomes: its JSON escape, '' when it is removed
 * (XML-illegal, or a lone surrogate), or null when it stays as is.
 */
const escapeAt = (text: string, at: number): string | null => {
  const code = text.charCodeAt(at)
  switch (code) {
    case 0x22:
      return '\\"'
    case 0x5c:
      return '\\\\'
    case 0x0a:
      return '\\n'
    case 0x0d:
      return '\\r'
    case 0x09:
      return '\\t'
  }
  if (isHigh(code)) return isLow(text.charCodeAt(at + 1)) ? null : ''
  if (isLow(code)) return isHigh(text.charCodeAt(at - 1)) ? null : ''
  return isIllegal(code) ? '' : null
}

/**
 * Appends the inside of `text`'s JSON string literal (no quotes), cleaned of
 * XML-illegal characters, to `out`: slices of `text` between escapes, so no
 * escaped copy of a large text is built before the caller's one join. The
 * scan is `test` on a global regex, which moves `lastIndex` past each match
 * without allocating a match array. It starts wide and turns exact at the
 * first character it stopped at for nothing (text with many such characters,
 * CJK punctuation or emoji, would otherwise stop at each of them).
 */
export const appendJsonStringContent = (out: string[], text: string): void => {
  let scan = WIDE
  let from = 0
  scan.lastIndex = 0
  while (scan.test(text)) {
    const at = scan.lastIndex - 1
    const written = escapeAt(text, at)
    if (written === null) {
      EXACT.lastIndex = at + 1
      scan = EXACT
      continue
    }
    if (at > from) out.push(text.slice(from, at))
    if (written !== '') out.push(written)
    from = at + 1
  }
  if (from < text.length) out.push(text.slice(from))
}
