/**
 * URLs with dot segments and their canonical forms, as the URL standard
 * resolves them: checked under workerd (test/dedup-units.test.ts) and under
 * Node (test/node/canonical-url.test.ts), whose parsers differ on them.
 */
export const DOT_SEGMENT_CASES: readonly (readonly [string, string])[] = [
  ['https://example.com/news/.hidden/./story?id=7', 'https://example.com/news/.hidden/story?id=7'],
  ['https://example.com/news/.hidden/./story', 'https://example.com/news/.hidden/story'],
  ['https://example.com/a/.b/.?x=1', 'https://example.com/a/.b?x=1'],
  ['https://example.com/a/.b/%2e/c', 'https://example.com/a/.b/c'],
  ['https://example.com/a/.b/../c', 'https://example.com/a/c'],
  ['https://example.com/.well-known/x', 'https://example.com/.well-known/x'],
  ['https://example.com/a/b..c/.d', 'https://example.com/a/b..c/.d'],
  ['https://example.com/a/.b/%2E%2e/c/.', 'https://example.com/a/c'],
  ['https://example.com/.x/..', 'https://example.com'],
]
