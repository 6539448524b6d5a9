/**
 * @module
 * JSON string literals for the large text fields of JSON Feed items, written
 * in the same pass that removes XML-illegal characters (so the JSON carries
 * exactly the text the XML formats carry). One native regex pass instead of a
 * scan plus `JSON.stringify`, which is the bulk of a JSON render's cost
 * (V8's two-byte string escaping is slow). The output is what
 * `JSON.stringify(stripXmlIllegal(text))` gives; a property test holds it.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are escaped or removed here.
const SPECIAL = /["\\\u0000-\u001F\uD800-\uDFFF\uE000\uFFFE\uFFFF]/g

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

const replaceSpecial = (c: string, at: number, all: string): string => {
  switch (c) {
    case '"':
      return '\\"'
    case '\\':
      return '\\\\'
    case '\n':
      return '\\n'
    case '\r':
      return '\\r'
    case '\t':
      return '\\t'
  }
  const code = c.charCodeAt(0)
  // A surrogate stays when it is half of a pair; anything else matched is XML-illegal.
  if (isHigh(code)) return isLow(all.charCodeAt(at + 1)) ? c : ''
  if (isLow(code)) return isHigh(all.charCodeAt(at - 1)) ? c : ''
  return ''
}

/** `text`, cleaned of XML-illegal characters, as a JSON string literal. */
export const jsonString = (text: string): string => `"${text.replace(SPECIAL, replaceSpecial)}"`
