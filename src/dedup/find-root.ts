/**
 * @module
 * Union-find's find over a parent array (`parent[i] === i` for a root), with
 * path compression: every index on the way is pointed at the root, so the
 * next find from any of them is one step.
 */

/** The root of `index`'s set in `parent`, compressing the path to it. */
export const findRoot = (parent: Int32Array, index: number): number => {
  let root = index
  while (parent[root] !== root) root = parent[root] as number
  while (parent[index] !== root) {
    const next = parent[index] as number
    parent[index] = root
    index = next
  }
  return root
}
