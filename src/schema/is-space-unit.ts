/**
 * @module
 * JavaScript's `\s` by UTF-16 code unit, for character scans that avoid a
 * regex per character (normalize and dedup both scan text this way).
 */
export const isSpaceUnit = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff))
