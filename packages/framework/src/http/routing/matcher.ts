import { match } from "path-to-regexp"
import type { MiddlewareRoute, MiddlewareVerb } from "./define-middlewares.js"

/**
 * Rewrites Medusa-style wildcards for Express 5 (path-to-regexp 8): `/admin/*` becomes
 * `/admin{/*splat0}` and `/posts*` becomes `/posts{*splat0}`; named wildcards are kept.
 *
 * @example
 * toExpressPattern("/store/*") // "/store{/*splat0}"
 */
export function toExpressPattern(matcher: string): string {
  let index = 0
  return matcher
    .replace(/\/\*(?![A-Za-z_$])/g, () => `{/*splat${index++}}`)
    .replace(/(?<![{/])\*(?![A-Za-z_$])/g, () => `{*splat${index++}}`)
}

/** The verbs of an entry; `["USE"]` when none is given. */
export function entryVerbs(entry: MiddlewareRoute): MiddlewareVerb[] {
  const verbs = entry.methods ?? (entry.method === undefined ? undefined : [entry.method].flat())
  return verbs && verbs.length > 0 ? verbs : ["USE"]
}

/**
 * Whether a middleware entry runs for `method` on the route declared at `routePath` (used to
 * find the schemas of a route for OpenAPI). `USE` entries match by prefix, as Express mounts them.
 */
export function entryAppliesTo(entry: MiddlewareRoute, method: string, routePath: string): boolean {
  const verbs = entryVerbs(entry)
  const prefix = verbs.includes("USE")
  if (!prefix && !verbs.includes("ALL") && !verbs.includes(method as MiddlewareVerb)) return false
  if (entry.matcher instanceof RegExp) return entry.matcher.test(routePath)
  return match(toExpressPattern(entry.matcher), { end: !prefix, decode: false })(routePath) !== false
}
