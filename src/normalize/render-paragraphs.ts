/**
 * @module
 * The two display renderings of the kept paragraphs: plain text with a blank
 * line between paragraphs, and the same paragraphs as `<p>` elements with the
 * text escaped. Nothing else is emitted, so the HTML is safe to embed in feeds.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)

export const renderText = (paragraphs: readonly string[]): string => paragraphs.join('\n\n')

export const renderHtml = (paragraphs: readonly string[]): string =>
  paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
