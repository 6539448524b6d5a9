/**
 * `npm run stories` as a person runs it: on the bundled captures, on the same
 * captures exported as JSON (an array, JSON Lines), and on bad input, where it
 * names each input it could not read and clusters the rest.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const articlesDir = join(root, 'articles')

/** Folders the tests write inputs into, removed when the file's tests are done. */
const scratchDirs: string[] = []
const scratchDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'edgewire-stories-'))
  scratchDirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true })
})

const stories = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'stories-cli.ts'), ...args], {
    encoding: 'utf8',
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** `--tsv` rows as input name → story id. */
const storyByInput = (tsv: string): Map<string, string> => {
  const [header, ...rows] = tsv.trim().split('\n')
  expect(header?.split('\t')).toEqual([
    'input',
    'article_id',
    'distinct_id',
    'story_id',
    'outlet',
    'title',
  ])
  return new Map(
    rows.map((row) => row.split('\t')).map((cells) => [cells[0], cells[3]] as [string, string])
  )
}

/** The bundled captures as JSON capture records: sidecar fields plus the text. */
const seedRecords = () =>
  readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      ...JSON.parse(readFileSync(join(articlesDir, name.replace(/\.txt$/, '.meta.json')), 'utf8')),
      text: readFileSync(join(articlesDir, name), 'utf8'),
    }))

describe('npm run stories', () => {
  it('forms the same stories from captures as files, as a JSON array and as JSON Lines', () => {
    const dir = scratchDir()
    const records = seedRecords()
    writeFileSync(join(dir, 'seeds.json'), JSON.stringify(records))
    writeFileSync(join(dir, 'seeds.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'))

    const files = stories('--tsv')
    expect(files.status).toBe(0)
    const asFiles = [...storyByInput(files.stdout).values()]
    // Sanity: the seeds form two stories of three and two.
    expect(new Set(asFiles).size).toBe(2)
    for (const [name, label] of [
      ['seeds.json', (i: number) => `seeds.json[${i}]`],
      ['seeds.jsonl', (i: number) => `seeds.jsonl:${i + 1}`],
    ] as const) {
      const run = stories(join(dir, name), '--tsv')
      expect(run.stderr).toBe('')
      const byInput = storyByInput(run.stdout)
      expect(records.map((_, i) => byInput.get(label(i)))).toEqual(asFiles)
    }
  })

  it('names every input it cannot read, with the field, and clusters the rest', () => {
    const dir = scratchDir()
    const [first, second, third] = seedRecords()
    writeFileSync(
      join(dir, 'mixed.json'),
      JSON.stringify([
        first,
        'not an article',
        { ...second, published: '2025-02-30' },
        { ...third, url: 'www.example.com/x' },
      ])
    )
    const run = stories(join(dir, 'mixed.json'), '--tsv')
    expect(run.status).toBe(0)
    expect([...storyByInput(run.stdout).keys()]).toEqual(['mixed.json[0]'])
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'mixed.json[1]: not a JSON object (one article)',
      'mixed.json[3]: "url" must be an absolute http(s) URL',
      expect.stringMatching(
        /^mixed\.json\[2\]: "published" is not a date this can read: "2025-02-30"/
      ),
      'stories: 3 input(s) could not be read; the rest are clustered',
    ])
    expect(stories(join(dir, 'mixed.json'), '--strict').status).toBe(1)
  })

  it('answers --help, and refuses unknown options and missing paths with the usage', () => {
    const help = stories('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^usage: npm run stories -- /)
    const unknown = stories('--jsn')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/^stories: unknown option --jsn\n\nusage: /)
    const missing = stories(join(tmpdir(), 'no-such-folder-edgewire'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/no-such-folder-edgewire: no such file or folder/)
    expect(stories('--json', '--tsv').status).toBe(2)
  })
})
