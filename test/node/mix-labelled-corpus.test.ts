/**
 * `scripts/mix-labelled-corpus.ts` as a person runs it: the seeds' two stories
 * with unrelated articles and republished copies, a corpus of issue #4's set (b)
 * shape, then scored by `scripts/eval-labelled-corpus.ts` beside the three
 * baselines the issue quotes.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { labelledSeeds } from '../helpers/labelled-seeds.ts'

const root = join(import.meta.dirname, '..', '..')
const dir = mkdtempSync(join(tmpdir(), 'edgewire-mix-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { encoding: 'utf8' })

const seeds = labelledSeeds()
const unrelated = [
  ['dock', 'Dock workers at Harwick walked out on Monday over pay, halting the terminal.'],
  ['dock', 'The Harwick container terminal stopped on Monday as dock workers walked out.'],
  ['violin', 'A violinist from Sarno won the city prize for chamber music on Friday evening.'],
].map(([cluster, text], i) => ({ key: `u${i}`, cluster, text }))

const storiesFile = join(dir, 'seeds.jsonl')
const unrelatedFile = join(dir, 'unrelated.jsonl')
writeFileSync(storiesFile, seeds.map((row) => JSON.stringify(row)).join('\n'))
writeFileSync(unrelatedFile, unrelated.map((row) => JSON.stringify(row)).join('\n'))

describe('scripts/mix-labelled-corpus.ts', () => {
  const args = [`--stories=${storiesFile}`, `--unrelated=${unrelatedFile}`, '--copies=1']

  it('mixes write-ups, one article of each unrelated story and a copy of every write-up', () => {
    const mixed = run('mix-labelled-corpus.ts', ...args)
    expect(mixed.status).toBe(0)
    expect(mixed.stderr).toBe('12 articles: 5 write-ups of 2 stories, 2 unrelated, 5 copies\n')
    const rows = mixed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(new Set(rows.map((row) => row.key)).size).toBe(12)
    for (const seed of seeds) {
      const copy = rows.find((row) => row.key === `${seed.key}-copy1`)
      expect(copy?.cluster).toBe(seed.cluster)
      expect(copy?.outlet).not.toBe(seed.outlet)
      expect(copy?.url).toBeUndefined()
      // Verbatim, with a credit line, or cut by its last paragraph: the opening is the same.
      expect(copy?.text.slice(0, 200)).toBe(seed.text.slice(0, 200))
    }
    const others = rows.filter((row) => row.key.startsWith('unrelated-'))
    expect(others.map((row) => row.cluster).sort()).toEqual(['unrelated-dock', 'unrelated-violin'])
    // Undated, they get one of the write-ups' days.
    for (const row of others) expect(seeds.map((s) => s.published)).toContain(row.published)
    // The same arguments, the same bytes.
    expect(run('mix-labelled-corpus.ts', ...args).stdout).toBe(mixed.stdout)
    expect(run('mix-labelled-corpus.ts', ...args, '--seed=2').stdout).not.toBe(mixed.stdout)
  })

  it('gives a mix the evaluation scores beside exact hashing, MinHash and TF-IDF', () => {
    const file = join(dir, 'mix.jsonl')
    writeFileSync(file, run('mix-labelled-corpus.ts', ...args).stdout)
    const scored = run('eval-labelled-corpus.ts', file)
    expect(scored.status).toBe(0)
    expect(scored.stdout).toContain('clusterer: F1 1.000 P 1.000 R 1.000')
    // Exact hashing finds the verbatim copies and nothing else: precision 1, recall under 1.
    expect(scored.stdout).toMatch(/exact hashing: F1 0\.\d{3} P 1\.000 R 0\.\d{3}/)
    expect(scored.stdout).toMatch(/MinHash, best \(0\.\d\): F1 \d\.\d{3} P \d\.\d{3} R \d\.\d{3}/)
    expect(scored.stdout).toMatch(/single TF-IDF threshold, best \(0\.\d+\): F1 \d\.\d{3}/)
  })

  it('keeps a date it cannot read as it is when it dates a copy', () => {
    const file = join(dir, 'dates.jsonl')
    writeFileSync(
      file,
      JSON.stringify({ key: 'a', cluster: 'x', text: 'A text.', published: 'November 18, 2019' })
    )
    for (const seed of ['1', '2', '3', '4']) {
      const mixed = run(
        'mix-labelled-corpus.ts',
        `--stories=${file}`,
        '--copies=1',
        `--seed=${seed}`
      )
      expect(mixed.status).toBe(0)
      for (const line of mixed.stdout.trim().split('\n'))
        expect(JSON.parse(line).published).toBe('November 18, 2019')
    }
  })

  it('refuses bad arguments, saying which', () => {
    const cases: [string[], RegExp][] = [
      [[], /^usage: /],
      [[`--stories=${storiesFile}`, '--copies=9'], /^--copies=9: a number from 0 to 4 is needed$/],
      [[`--stories=${storiesFile}`, '--copy=1'], /^unknown argument --copy=1\nusage: /],
      [[`--stories=${join(dir, 'absent.jsonl')}`], /absent\.jsonl: cannot be read \(ENOENT\)$/],
    ]
    const clash = join(dir, 'clash.jsonl')
    writeFileSync(
      clash,
      [
        { key: 'a', cluster: 'x', text: 'A text.', published: 'November 18, 2019' },
        { key: 'a-copy1', cluster: 'y', text: 'Another text.' },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n')
    )
    cases.push([[`--stories=${clash}`, '--copies=1'], /^key "a-copy1" twice in the mix: /])
    for (const [given, message] of cases) {
      const refused = run('mix-labelled-corpus.ts', ...given)
      expect(refused.status, given.join(' ')).toBe(1)
      expect(refused.stderr.trim(), given.join(' ')).toMatch(message)
      expect(refused.stdout).toBe('')
    }
  })
})
