/**
 * Orders route paths so that Express tries static segments before parameters at the same depth:
 * `/store/items/featured` is registered before `/store/items/:id`.
 */
export function compareRoutePaths(a: string, b: string): number {
  const left = a.split("/")
  const right = b.split("/")
  const length = Math.min(left.length, right.length)
  for (let i = 0; i < length; i++) {
    const x = left[i] as string
    const y = right[i] as string
    if (x === y) continue
    const xParam = x.startsWith(":")
    const yParam = y.startsWith(":")
    if (xParam !== yParam) return xParam ? 1 : -1
    return x < y ? -1 : 1
  }
  return left.length - right.length
}
