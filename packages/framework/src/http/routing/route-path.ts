/**
 * The URL path a route file serves, or `undefined` when a segment starting with `_` hides it.
 * `[param]` becomes `:param`; a parameter name used twice throws.
 *
 * @example
 * routePathFromFile("admin/blog/posts/[id]/route.ts") // "/admin/blog/posts/:id"
 * routePathFromFile("store/_internal/route.ts")       // undefined
 */
export function routePathFromFile(relativeFile: string): string | undefined {
  const segments = relativeFile.split(/[\\/]/).slice(0, -1)
  const seen = new Set<string>()
  const parts: string[] = []
  for (const segment of segments) {
    if (segment.startsWith("_")) return undefined
    const param = /^\[([A-Za-z_$][\w$]*)\]$/.exec(segment)
    if (param) {
      const name = param[1] as string
      if (seen.has(name)) {
        throw new Error(`Route ${relativeFile} uses the parameter [${name}] twice; give each parameter its own name`)
      }
      seen.add(name)
      parts.push(`:${name}`)
      continue
    }
    if (/[[\]]/.test(segment) || !/^[\w.~-]+$/.test(segment)) {
      throw new Error(`Route ${relativeFile}: the folder "${segment}" is neither a plain segment nor a [param]`)
    }
    parts.push(segment)
  }
  return "/" + parts.join("/")
}

/** `/store/items/:id` -> `/store/items/{id}` (OpenAPI path template). */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z_$][\w$]*)/g, "{$1}")
}

/** The parameter names of a route path, in order. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_$][\w$]*)/g)].map((match) => match[1] as string)
}
