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

/**
 * Parses an HTML page. `<![CDATA[` means nothing in HTML outside SVG and MathML:
 * a browser reads it as a bogus comment ending at the next `>`, but htmlparser2
 * waits for `]]>` and, when none comes, swallows the rest of the page. Written
 * as `<?`, htmlparser2 ends it at the next `>` as a browser does.
 */
export const parseHtml = (html: string): HtmlDocument =>
  parseDocument(html.includes('<![CDATA[') ? html.replaceAll('<![CDATA[', '<?[CDATA[') : html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  })

/** `withIndices` records where each node starts and ends in `xml` (see `sourceOf`). */
export const parseXml = (xml: string, withIndices = false): HtmlDocument =>
  parseDocument(xml, {
    xmlMode: true,
    decodeEntities: true,
    withStartIndices: withIndices,
    withEndIndices: withIndices,
  })

/**
 * A node's markup exactly as written in the document it was parsed from (with
 * `withIndices`). Unlike re-serializing it, no recursion: any depth is fine.
 */
export const sourceOf = (document: string, node: HtmlNode): string =>
  document.slice(node.startIndex ?? 0, (node.endIndex ?? document.length - 1) + 1)

/** True for element nodes (`<script>` and `<style>` are elements with their own node type). */
export const isElement = (node: HtmlNode): node is HtmlElement =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style'

export const attr = (element: HtmlElement, name: string): string | null => {
  const value = element.attribs[name]
  return value === undefined ? null : value
}

/**
 * All text inside a node, as written (comments ignored). Iterative: DomUtils'
 * own `textContent` recurses once per level and overflows on deep nesting.
 */
export const rawTextOf = (node: HtmlNode | HtmlDocument): string => {
  if (node.type === 'text') return (node as { data: string }).data
  let out = ''
  const stack: HtmlNode[] = [node as HtmlNode]
  while (stack.length > 0) {
    const current = stack.pop() as HtmlNode
    if (current.type === 'text') out += (current as { data: string }).data
    else if (current.type !== 'comment' && 'children' in current) {
      const children = current.children as HtmlNode[]
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode)
    }
  }
  return out
}

/** All text inside a node, whitespace folded to single spaces. */
export const textOf = (node: HtmlNode | HtmlDocument): string =>
  rawTextOf(node).replace(/\s+/g, ' ').trim()

/**
 * Every element in document order that passes the test. An explicit stack
 * with push/pop: linear at any depth (`DomUtils.findAll` shifts and unshifts
 * its stack, quadratic in the nesting depth).
 */
export const findElements = (
  root: HtmlDocument | HtmlElement,
  test: (element: HtmlElement) => boolean
): HtmlElement[] => {
  const found: HtmlElement[] = []
  const stack: HtmlNode[] = [...(root.children as HtmlNode[])].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (!isElement(node)) continue
    if (test(node)) found.push(node)
    const children = node.children as HtmlNode[]
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode)
  }
  return found
}

/** The first element in document order that passes the test. Iterative (unlike `DomUtils.findOne`). */
export const findFirstElement = (
  root: HtmlDocument | HtmlElement,
  test: (element: HtmlElement) => boolean
): HtmlElement | null => {
  const stack: HtmlNode[] = [...(root.children as HtmlNode[])].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (isElement(node)) {
      if (test(node)) return node
      const children = node.children as HtmlNode[]
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode)
    }
  }
  return null
}

export { DomUtils }
