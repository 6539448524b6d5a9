/**
 * @module
 * The few XML pieces the item writers need: escaped text, escaped attribute
 * values, CDATA sections and indented lines. The escaping and layout are the
 * ones `feed`'s serializer (xml-js) uses for the channel, so items and channel
 * read as one document.
 */

const TEXT_NEEDS_ESCAPING = /[&<>]/
const ATTR_NEEDS_ESCAPING = /[&<"]/
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const entity = (ch: string) => ENTITIES[ch] as string

/** Text content. Unlike xml-js, a literal `&amp;` in the text stays literal. */
export const xmlText = (text: string): string =>
  TEXT_NEEDS_ESCAPING.test(text) ? text.replace(/[&<>]/g, entity) : text

/**
 * Text content of an RSS element that is plain text (`category`, `dc:creator`,
 * `source`): `&` and `<` as hexadecimal references, as the RSS Best Practices
 * Profile asks, since readers guess whether RSS text is HTML and these read
 * the same either way (the W3C validator warns about `&amp;` there).
 */
export const rssPlainText = (text: string): string =>
  TEXT_NEEDS_ESCAPING.test(text) ? text.replace(/[&<>]/g, hexReference) : text

const hexReference = (ch: string) => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`

/** A double-quoted attribute value. */
export const xmlAttr = (value: string): string =>
  ATTR_NEEDS_ESCAPING.test(value) ? value.replace(/[&<"]/g, entity) : value

/** Text as CDATA; each `]]>` is split across two sections, so any text survives exactly. */
export const cdata = (text: string): string =>
  `<![CDATA[${text.includes(']]>') ? text.replaceAll(']]>', ']]]]><![CDATA[>') : text}]]>`

/** A line at `depth` levels of xml-js's four-space indentation, newline first. */
export const line = (depth: 1 | 2 | 3, markup: string): string => INDENTS[depth] + markup

const INDENTS = ['\n', '\n    ', '\n        ', '\n            '] as const

/** `<name>text</name>` on its own line. */
export const textLine = (
  depth: 1 | 2 | 3,
  name: string,
  text: string,
  escapeText: (text: string) => string = xmlText
): string => line(depth, `<${name}>${escapeText(text)}</${name}>`)

/**
 * Puts rendered items into the shell `feed` wrote for the channel, just
 * before the line that closes it (`</channel>` or `</feed>`).
 */
export const insertBeforeClosing = (shell: string, closing: string, items: string): string => {
  const end = shell.lastIndexOf(closing)
  const lineStart = end < 0 ? -1 : shell.lastIndexOf('\n', end)
  if (lineStart < 0) throw new Error(`feed shell has no ${closing}`)
  return shell.slice(0, lineStart) + items + shell.slice(lineStart)
}
