/**
 * `scripts/eval-labelled-corpus.ts` as a person runs it on a labelled corpus:
 * the seeds as JSON Lines with their stories (issue #4: {000, 001, 002} and
 * {003, 004}), and a corpus with a line that lacks its label.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { labelledSeeds } from '../helpers/labelled-seeds.ts'

const root = join(import.meta.dirname, '..', '..')
const dir = mkdtempSync(join(tmpdir(), 'edgewire-labelled-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const evaluate = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'eval-labelled-corpus.ts'), ...args], {
    encoding: 'utf8',
  })

describe('scripts/eval-labelled-corpus.ts', () => {
  it('scores the seeds against their two stories, beside the TF-IDF baseline', () => {
    const file = join(dir, 'seeds.jsonl')
    writeFileSync(
      file,
      labelledSeeds()
        .map((r) => JSON.stringify(r))
        .join('\n')
    )
    const run = evaluate(file, '--per=topic')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      '5 articles (0 refused by the normalizer), 2 gold stories, 2 formed'
    )
    expect(run.stdout).toContain(
      'clusterer: F1 1.000 P 1.000 R 1.000; pairs of one topic in two stories merged: 0'
    )
    expect(run.stdout).toMatch(/single TF-IDF threshold, best \(0\.\d+\): F1 \d\.\d{3}/)
    // No two seeds are one text: exact hashing joins none.
    expect(run.stdout).toContain('exact hashing: F1 0.000 P 1.000 R 0.000')
    expect(run.stdout).toMatch(/MinHash, best \(0\.\d\): F1 \d\.\d{3}/)
    expect(run.stdout).toContain('each topic alone: 1 groups, mean F1 1.000, 1 at 0.9 or more')
  })

  it('counts pairs of one topic in two gold stories that it puts in one story', () => {
    // Two reports of one meeting labelled as two stories: the clusterer joins them, and the
    // count of such pairs (hard negatives, were the labels right) says so.
    const file = join(dir, 'split-labels.jsonl')
    const [first, second] = labelledSeeds()
    writeFileSync(
      file,
      [first, { ...second, cluster: 'a-second-story' }].map((r) => JSON.stringify(r)).join('\n')
    )
    const run = evaluate(file, '--per=topic')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      'clusterer: F1 0.000 P 0.000 R 1.000; pairs of one topic in two stories merged: 1'
    )
    expect(run.stdout).toContain('1 with pairs of two stories merged (1 pairs)')
  })

  it('refuses bad input, naming the file, the line and what is wrong, and scores nothing', () => {
    const [first, second] = labelledSeeds()
    const line = (row: unknown) => JSON.stringify(row)
    const cases: [string, string, string[], RegExp][] = [
      [
        'unlabelled',
        `${line(first)}\n${line({ ...second, cluster: undefined })}`,
        [],
        /:2: a line needs string "key", "cluster" and "text"$/,
      ],
      ['broken', `${line(first)}\n{"key": "x",`, [], /:2: not JSON \(/],
      ['null', `${line(first)}\nnull`, [], /:2: a line must be one JSON object$/],
      [
        'outlet',
        `${line(first)}\n${line({ ...second, outlet: 5 })}`,
        [],
        /:2: "outlet" must be a string or null$/,
      ],
      [
        'twice',
        `${line(first)}\n${line({ ...second, key: first?.key })}`,
        [],
        /:2: key "000_[0-9a-f]+\.txt" again \(first at .*:1\)$/,
      ],
      [
        'date',
        line(first),
        ['--date=22 August'],
        /^--date=22 August: a day as YYYY-MM-DD is needed$/,
      ],
      ['no-field', line(first), ['--per=desk'], /^--per=desk: no row has that field$/],
      ['flag', line(first), ['--verbos'], /^unknown option --verbos\nusage: /],
    ]
    for (const [name, content, flags, message] of cases) {
      const file = join(dir, `${name}.jsonl`)
      writeFileSync(file, content)
      const run = evaluate(file, ...flags)
      expect(run.status, name).toBe(1)
      expect(run.stderr.trim(), name).toMatch(message)
      expect(run.stdout, name).toBe('')
    }
    const missing = evaluate(join(dir, 'absent.jsonl'))
    expect(missing.stderr.trim()).toMatch(/absent\.jsonl: cannot be read \(ENOENT\)$/)
  })
})
