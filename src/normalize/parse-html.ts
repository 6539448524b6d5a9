/**
 * @module
 * The HTML and XML parser the extractors share (htmlparser2, forgiving like a
 * browser, entities decoded) and the few DOM questions they ask. The node types
 * come from htmlparser2's own exports, so no transitive package is imported.
 */
import {
  DomHandler,
  type DomHandlerOptions,
  DomUtils,
  Parser,
  type ParserOptions,
  type parseDocument,
} from 'htmlparser2'

export type HtmlDocument = ReturnType<typeof parseDocument>
export type HtmlNode = HtmlDocument['children'][number]
export type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0]

/**
 * Elements nested deeper than this are not opened: their content joins the
 * deepest open element. htmlparser2 keeps its open-element stack with
 * `unshift`, so every open tag costs the depth: 40,000 nested `<b>` took 2 s
 * to parse, a 2 MB body of them minutes. No real page nests this deep.
 */
export const MAX_HTML_DEPTH = 400

// Raw-text elements are still opened past the bound: their content must never become text.
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
])

type ParserInternals = {
  stack?: unknown
  emitOpenTag?: (name: string) => void
  tagname: string
  openTagStart: number
}

/** Parses with the depth bound of `MAX_HTML_DEPTH` (htmlparser2 internals; unbounded if they change). */
const parseBounded = (markup: string, options: ParserOptions & DomHandlerOptions): HtmlDocument => {
  const handler = new DomHandler(undefined, options)
  const parser = new Parser(handler, options)
  const internals = parser as unknown as ParserInternals
  const open = internals.emitOpenTag
  if (typeof open === 'function' && Array.isArray(internals.stack)) {
    const stack = internals.stack as unknown[]
    internals.emitOpenTag = (name: string) => {
      if (stack.length >= MAX_HTML_DEPTH && !RAW_TEXT.has(name)) {
        // As htmlparser2 ignores a nested <form>: no element, its attributes dropped.
        internals.openTagStart = parser.startIndex
        internals.tagname = ''
        return
      }
      open.call(parser, name)
    }
  }
  parser.end(markup)
  return handler.root
}

/**
 * Parses an HTML page. `<![CDATA[` means nothing in HTML outside SVG and MathML:
 * a browser reads it as a bogus comment ending at the next `>`, but htmlparser2
 * waits for `]]>` and, when none comes, swallows the rest of the page. Written
 * as `<?`, htmlparser2 ends it at the next `>` as a browser does. Nesting is
 * bounded (`MAX_HTML_DEPTH`).
 */
export const parseHtml = (html: string): HtmlDocument =>
  parseBounded(html.includes('<![CDATA[') ? html.replaceAll('<![CDATA[', '<?[CDATA[') : html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  })

export const parseXml = (xml: string, withIndices = false): HtmlDocument =>
  parseBounded(xml, {
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
