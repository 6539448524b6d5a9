/**
 * @module
 * The HTML and XML parser the extractors share (htmlparser2, forgiving like a
 * browser, entities decoded) and the few DOM questions they ask. The node types
 * come from htmlparser2's own exports, so no transitive package is imported.
 */
import { DomUtils, parseDocument } from 'htmlparser2'

export type HtmlDocument = ReturnType<typeof parseDocument>
export type HtmlNode = HtmlDocument['children'][number]
export type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0]

export const parseHtml = (html: string): HtmlDocument =>
  parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })

export const parseXml = (xml: string): HtmlDocument =>
  parseDocument(xml, { xmlMode: true, decodeEntities: true })

/** True for element nodes (`<script>` and `<style>` are elements with their own node type). */
export const isElement = (node: HtmlNode): node is HtmlElement =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style'

export const attr = (element: HtmlElement, name: string): string | null => {
  const value = element.attribs[name]
  return value === undefined ? null : value
}

/** All text inside a node, whitespace folded to single spaces. */
export const textOf = (node: HtmlNode | HtmlDocument): string =>
  DomUtils.textContent(node as HtmlNode)
    .replace(/\s+/g, ' ')
    .trim()

/** Every element in document order whose name passes the test. Linear. */
export const findElements = (
  root: HtmlDocument | HtmlElement,
  test: (element: HtmlElement) => boolean
): HtmlElement[] => DomUtils.findAll(test, root.children as HtmlNode[]) as HtmlElement[]

export { DomUtils }
