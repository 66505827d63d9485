import { match } from "path-to-regexp"
import type { HttpMethod } from "../types.js"

export interface KnownPath {
  path: string
  methods: readonly HttpMethod[]
}

/**
 * The served paths and their verbs, to tell "no such path" (404) from "not this verb" (405)
 * and to parse bodies only for requests a route will receive.
 *
 * @example
 * const index = new RouteIndex([{ path: "/store/items/:id", methods: ["GET"] }])
 * index.methodsFor("/store/items/it_1") // ["GET"]
 */
export class RouteIndex {
  readonly #entries: { methods: readonly HttpMethod[]; test: ReturnType<typeof match> }[]

  constructor(known: readonly KnownPath[]) {
    this.#entries = known.map((entry) => ({ methods: entry.methods, test: match(entry.path, { decode: false }) }))
  }

  /** Every verb served at `path` (empty when no route matches it). */
  methodsFor(path: string): HttpMethod[] {
    return this.#entries.filter((entry) => entry.test(path) !== false).flatMap((entry) => entry.methods)
  }

  /** Whether a route answers `method` on `path` (HEAD is served by GET). */
  serves(method: string, path: string): boolean {
    const methods = this.methodsFor(path)
    return methods.includes(method as HttpMethod) || (method === "HEAD" && methods.includes("GET"))
  }
}
