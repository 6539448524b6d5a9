/**
 * @module
 * Giving a large buffer's memory back at once. A typed array's memory lives
 * outside the V8 heap and is freed only when its ArrayBuffer is collected,
 * which for a long-lived one means the next full collection: tables a batch
 * is done with would stay resident through the steps after it, and count in
 * their peak. Detaching the buffer (`transfer(0)`) frees it now.
 */

/**
 * Frees `buffer`'s memory now: every view of it reads as empty afterwards, so
 * nothing may hold one. Where `transfer` is missing (Node 20), the collector
 * frees it as before. An empty (or already freed) buffer is left alone.
 */
export const freeBuffer = (buffer: ArrayBufferLike): void => {
  if (buffer.byteLength > 0) (buffer as { transfer?: (length: number) => unknown }).transfer?.(0)
}
