/**
 * @module
 * Growing the typed arrays behind the index's tables. Tables double, so a
 * copy is rare and one generic function serves every element type.
 */

type TypedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array

/** A new array of `size` elements that starts with `array`'s; the rest are `fill` (default 0). */
export const grownTo = <T extends TypedArray>(array: T, size: number, fill = 0): T => {
  const grown = new (array.constructor as new (length: number) => T)(size)
  if (fill !== 0) grown.fill(fill, array.length)
  grown.set(array)
  return grown
}
