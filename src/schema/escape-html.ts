/**
 * @module
 * Text → markup escaping shared by every stage that writes HTML or XML.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for an HTML or XML text node or a quoted attribute value. */
const NEEDS_ESCAPING = /[&<>"']/

export const escapeHtml = (text: string): string =>
  NEEDS_ESCAPING.test(text) ? text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string) : text

/**
 * Characters XML 1.0 forbids anywhere (C0 controls but tab/LF/CR, U+FFFE/U+FFFF,
 * lone surrogates), plus the private-use U+E000 the renderers reserve as a marker.
 * Any of them, or any surrogate (paired ones are fine, but need a closer look).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NEEDS_A_LOOK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uE000\uFFFE\uFFFF]/

const isForbidden = (code: number) =>
  code < 0x20
    ? code !== 0x09 && code !== 0x0a && code !== 0x0d
    : code === 0xe000 || code === 0xfffe || code === 0xffff

/**
 * Removes characters that would make an XML document ill-formed. Clean text (the
 * usual case) is returned as is after one native scan; otherwise one linear pass.
 */
export const stripXmlIllegal = (text: string): string => {
  if (!NEEDS_A_LOOK.test(text)) return text
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++ // a valid pair
        continue
      }
    } else if (!(code >= 0xdc00 && code <= 0xdfff) && !isForbidden(code)) {
      continue
    }
    out += text.slice(from, i)
    from = i + 1
  }
  return out + text.slice(from)
}
