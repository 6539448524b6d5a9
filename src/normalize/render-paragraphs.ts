/**
 * @module
 * The two display renderings of the kept paragraphs: plain text with a blank
 * line between paragraphs, and the same paragraphs as `<p>` elements with the
 * text escaped. Nothing else is emitted, so the HTML is safe to embed in feeds.
 */

import { escapeHtml } from '../schema/index.ts'

export const renderText = (paragraphs: readonly string[]): string => paragraphs.join('\n\n')

export const renderHtml = (paragraphs: readonly string[]): string => {
  // One escape over the joined text when no paragraph holds a line break (the usual case).
  const joined = paragraphs.join('\n')
  let breaks = 0
  for (let at = joined.indexOf('\n'); at >= 0; at = joined.indexOf('\n', at + 1)) breaks++
  if (paragraphs.length > 0 && breaks === paragraphs.length - 1)
    return `<p>${escapeHtml(joined).replaceAll('\n', '</p>\n<p>')}</p>`
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
}
