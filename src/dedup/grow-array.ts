/**
 * @module
 * Growing the typed arrays behind the index's tables, and trimming them once
 * complete. Tables double, so a copy is rare and one generic function serves
 * every element type.
 */

import { freeBuffer } from './free-buffer.ts'

type TypedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array

/** A new array of `size` elements that starts with `array`'s; the rest are `fill` (default 0). */
export const grownTo = <T extends TypedArray>(array: T, size: number, fill = 0): T => {
  const grown = new (array.constructor as new (length: number) => T)(size)
  if (fill !== 0) grown.fill(fill, array.length)
  grown.set(array)
  return grown
}

/**
 * The first `size` elements of `array` in an array of their own, the old one
 * freed now (`freeBuffer`): a table that grew by doubling and is complete
 * gives back its spare capacity. Nothing may hold a view of `array`.
 */
export const trimmedTo = <T extends TypedArray>(array: T, size: number): T => {
  if (size >= array.length) return array
  const trimmed = array.slice(0, size) as T
  freeBuffer(array.buffer)
  return trimmed
}
