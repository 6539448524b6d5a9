/**
 * @module
 * Markdown → paragraphs of plain display text. Blocks are separated by blank
 * lines; soft-wrapped lines inside a block are joined; each list item is its
 * own paragraph. Markup is removed (emphasis, links keep their words, images
 * and rules go) while the words and their typography stay as written. The
 * first level-1 heading is the headline.
 */
import type { RemovedLine } from '../schema/index.ts'
import { decodeCharacterReferences } from './clean-text.ts'

export type MarkdownBody = { lines: string[]; headline: string | null; removed: RemovedLine[] }

// No part of a pattern scans across the character that opens another match
// ("[", "(", "<"): "[[[[…" or "<a<a<a…" without a closer would otherwise be
// rescanned from every opener, quadratic in the line.
const IMAGE = /!\[([^[\]]*)\]\([^()]*\)/g
const LINK = /\[([^[\]]+)\]\((?:[^()]|\([^()]*\))*\)/g
const REF_LINK = /\[([^[\]]+)\]\[[^[\]]*\]/g
const AUTOLINK = /<(https?:\/\/[^<>\s]+)>/g
const HTML_TAG = /<\/?[a-z][^<>]*>/gi

/**
 * Inline markup → text. Emphasis markers only go when they pair up around
 * words; character references are decoded last (as CommonMark renders them:
 * `&lt;b&gt;` is text, not a tag to remove).
 */
export const stripInlineMarkdown = (text: string): string =>
  decodeCharacterReferences(
    text
      .replace(IMAGE, '')
      .replace(LINK, '$1')
      .replace(REF_LINK, '$1')
      .replace(AUTOLINK, '$1')
      .replace(HTML_TAG, '')
      .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
      .replace(/~~(?=\S)([^~]*?\S)~~/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  )

export const readMarkdown = (body: string): MarkdownBody => {
  const lines: string[] = []
  const removed: RemovedLine[] = []
  let headline: string | null = null
  let block: string[] = []
  let inFence = false
  const flush = (): void => {
    if (block.length === 0) return
    const text = stripInlineMarkdown(block.join(' '))
    if (text) lines.push(text)
    block = []
  }
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd()
    if (/^\s*(?:```|~~~)/.test(line)) {
      flush()
      inFence = !inFence
      continue
    }
    if (inFence) {
      if (line.trim()) lines.push(line.trim())
      continue
    }
    const trimmed = line.trim()
    if (trimmed === '') {
      flush()
      continue
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(trimmed)
    if (heading) {
      flush()
      const text = stripInlineMarkdown(heading[2] as string)
      if ((heading[1] as string).length === 1 && headline === null && lines.length === 0) {
        headline = text
        removed.push({ line: trimmed, reason: 'headline (moved to title)' })
      } else if (text) lines.push(text)
      continue
    }
    if (/^(?:[-*_]\s*){3,}$/.test(trimmed)) {
      flush()
      continue
    }
    if (/^!\[[^\]]*\]\([^)]*\)$/.test(trimmed)) {
      flush()
      removed.push({ line: trimmed, reason: 'image' })
      continue
    }
    // Setext heading underline ("Title\n=====").
    if (/^=+$/.test(trimmed) && block.length === 1 && headline === null && lines.length === 0) {
      headline = stripInlineMarkdown(block[0] as string)
      removed.push({ line: block[0] as string, reason: 'headline (moved to title)' })
      block = []
      continue
    }
    if (/^-+$/.test(trimmed) && block.length === 1) {
      flush()
      continue
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(trimmed)
    if (item) {
      flush()
      block.push(item[1] as string)
      continue
    }
    block.push(trimmed.replace(/^>\s?/, '').replace(/^>\s?/, ''))
  }
  flush()
  return { lines, headline, removed }
}
