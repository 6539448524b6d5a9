/**
 * @module
 * Bytes of a captured file → text. UTF-8 (with or without BOM) and UTF-16
 * with a BOM are decoded; anything else is refused with a reason instead of
 * being turned into replacement characters.
 */

export type DecodedBytes = { text: string } | { error: string }

const NUL_BYTES_FOR_BINARY = 1

export const decodeArticleBytes = (bytes: Uint8Array): DecodedBytes => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2))
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  let nul = 0
  for (const byte of body) if (byte === 0 && ++nul >= NUL_BYTES_FOR_BINARY) break
  if (nul >= NUL_BYTES_FOR_BINARY)
    return { error: 'binary content (NUL bytes); expected UTF-8 or UTF-16 text' }
  return decodeWith('utf-8', body)
}

const decodeWith = (encoding: string, bytes: Uint8Array): DecodedBytes => {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes) }
  } catch {
    return { error: `not valid ${encoding.toUpperCase()} text; save the file as UTF-8` }
  }
}
