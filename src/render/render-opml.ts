/**
 * @module
 * OPML 2.0 subscription list: one outline per outlet feed, so a reader can
 * subscribe to every outlet at once.
 */
import { escapeHtml, stripXmlIllegal } from '../schema/index.ts'

export type OpmlOutline = { title: string; xmlUrl: string; htmlUrl: string }

const a = (value: string) => escapeHtml(stripXmlIllegal(value))

export const renderOpml = (
  title: string,
  dateModified: Date | null,
  outlines: readonly OpmlOutline[]
): string =>
  `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head>
    <title>${a(title)}</title>${dateModified ? `\n    <dateModified>${dateModified.toUTCString()}</dateModified>` : ''}
  </head>
  <body>
${outlines
  .map(
    (o) =>
      `    <outline type="rss" text="${a(o.title)}" title="${a(o.title)}" xmlUrl="${a(o.xmlUrl)}" htmlUrl="${a(o.htmlUrl)}"/>`
  )
  .join('\n')}
  </body>
</opml>
`
