/**
 * `scripts/eval-labelled-corpus.ts` as a person runs it on a labelled corpus:
 * the seeds as JSON Lines with their stories (issue #4: {000, 001, 002} and
 * {003, 004}), and a corpus with a line that lacks its label.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const articlesDir = join(root, 'articles')
const dir = mkdtempSync(join(tmpdir(), 'edgewire-labelled-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const evaluate = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'eval-labelled-corpus.ts'), ...args], {
    encoding: 'utf8',
  })

/** The seeds as labelled lines: sidecar fields, the text, the story and one topic. */
const labelledSeeds = () =>
  readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, i) => {
      const meta = JSON.parse(
        readFileSync(join(articlesDir, name.replace(/\.txt$/, '.meta.json')), 'utf8')
      )
      return {
        key: name,
        cluster: i < 3 ? 'no-agenda-for-a-meeting' : 'security-talks-without-russia',
        topic: 'ukraine-talks',
        text: readFileSync(join(articlesDir, name), 'utf8'),
        outlet: meta.source.name,
        url: meta.url,
        published: meta.published,
      }
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
    expect(run.stdout).toContain('each topic alone: 1 groups, mean F1 1.000, 1 at 0.9 or more')
  })

  it('names the file and line of a record without its story label', () => {
    const file = join(dir, 'unlabelled.jsonl')
    const [first, second] = labelledSeeds()
    writeFileSync(
      file,
      `${JSON.stringify(first)}\n${JSON.stringify({ ...second, cluster: undefined })}\n`
    )
    const run = evaluate(file)
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(`${file}:2: a line needs string "key", "cluster" and "text"`)
    expect(run.stdout).toBe('')
  })

  it('names the file and line of a record that is not JSON', () => {
    const file = join(dir, 'broken.jsonl')
    writeFileSync(file, `${JSON.stringify(labelledSeeds()[0])}\n{"key": "x",\n`)
    const run = evaluate(file)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not JSON \\(`)
    )
  })
})
