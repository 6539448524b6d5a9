/**
 * A labelled corpus as JSON Lines, for `scripts/eval-labelled-corpus.ts` and
 * `scripts/mix-labelled-corpus.ts`: one article per line, `{ key, cluster,
 * text, title?, outlet?, url?, published?, … }`, `cluster` its gold story.
 */
import { readFileSync } from 'node:fs'

export type LabelledRow = {
  key: string
  cluster: string
  text: string
  title?: string
  outlet?: string
  url?: string
  published?: string
  [field: string]: unknown
}

const OPTIONAL_STRINGS = ['title', 'outlet', 'url', 'published'] as const

/** One line as a row, or a failure naming its file, line and the field at fault. */
const rowOf = (at: string, line: string, first: boolean, fail: (m: string) => never) => {
  let value: unknown
  try {
    value = JSON.parse(first ? line.replace(/^\uFEFF/, '') : line)
  } catch (error) {
    return fail(`${at}: not JSON (${(error as Error).message})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(`${at}: a line must be one JSON object`)
  const row = value as Record<string, unknown>
  if (
    typeof row.key !== 'string' ||
    typeof row.cluster !== 'string' ||
    typeof row.text !== 'string'
  )
    return fail(`${at}: a line needs string "key", "cluster" and "text"`)
  for (const field of OPTIONAL_STRINGS) {
    const v = row[field]
    if (v !== undefined && v !== null && typeof v !== 'string')
      return fail(`${at}: "${field}" must be a string or null`)
  }
  // Blank or null optional fields are absent.
  const parsed: LabelledRow = { ...row, key: row.key, cluster: row.cluster, text: row.text }
  for (const field of OPTIONAL_STRINGS) {
    const v = row[field]
    if (typeof v !== 'string' || v.trim() === '') delete parsed[field]
  }
  return parsed
}

/**
 * Every row of a file, blank lines skipped. Bad input calls `fail` with what is
 * wrong and where (file and line): a file that cannot be read, a line that is
 * not one JSON object, lacks its label or repeats a key.
 */
export const readLabelledRows = (file: string, fail: (message: string) => never): LabelledRow[] => {
  let content = ''
  try {
    content = readFileSync(file, 'utf8')
  } catch (error) {
    fail(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    )
  }
  const seenKeys = new Map<string, string>()
  return content.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return []
    const at = `${file}:${i + 1}`
    const row = rowOf(at, line, i === 0, fail)
    const earlier = seenKeys.get(row.key)
    if (earlier !== undefined) fail(`${at}: key "${row.key}" again (first at ${earlier})`)
    seenKeys.set(row.key, at)
    return [row]
  })
}
