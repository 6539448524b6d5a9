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
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string)

/**
 * Characters XML 1.0 forbids anywhere (C0 controls but tab/LF/CR, U+FFFE/U+FFFF,
 * lone surrogates), plus the private-use U+E000 the renderers reserve as a marker.
 */
const XML_ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uE000\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Removes characters that would make an XML document ill-formed. */
export const stripXmlIllegal = (text: string): string => text.replace(XML_ILLEGAL, '')
