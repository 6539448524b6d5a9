/**
 * @module
 * What each benchmark section hands back, and how it is printed (console) and
 * written (Markdown).
 */

export type Table = { caption?: string; headers: string[]; rows: string[][] }

export type Target = {
  name: string
  /** The target as stated, e.g. "≤ 1.3x raw feed". */
  target: string
  /** The measured figure, formatted. */
  measured: string
  /** null: not measured in this run (quick mode, tool missing). */
  pass: boolean | null
  /** For a miss: why, and what would close it. */
  note?: string
}

export type SectionResult = {
  id: string
  title: string
  /** How it was measured, in a sentence or two. */
  method: string
  tables: Table[]
  targets: Target[]
  notes: string[]
  /** What failed to run; a section with entries here makes the run exit 1. */
  broken?: string[]
}

export type RunOptions = {
  quick: boolean
  /** Log progress lines (stderr). */
  log: (line: string) => void
}

const widths = (t: Table) =>
  t.headers.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)))

export const tableToText = (t: Table): string => {
  const w = widths(t)
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i] ?? 0)).join('  ')
  return [
    ...(t.caption ? [t.caption] : []),
    line(t.headers),
    w.map((n) => '-'.repeat(n)).join('  '),
    ...t.rows.map(line),
  ].join('\n')
}

const cell = (s: string) => s.replace(/\|/g, '\\|')

export const tableToMarkdown = (t: Table): string =>
  [
    ...(t.caption ? [`*${t.caption}*`, ''] : []),
    `| ${t.headers.map(cell).join(' | ')} |`,
    `| ${t.headers.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n')

export const verdict = (pass: boolean | null) =>
  pass === null ? 'not judged' : pass ? 'PASS' : 'FAIL'

export const targetsTable = (targets: readonly Target[]): Table => ({
  headers: ['target', 'required', 'measured', 'result'],
  rows: targets.map((t) => [t.name, t.target, t.measured, verdict(t.pass)]),
})
