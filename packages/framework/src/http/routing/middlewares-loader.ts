import { existsSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { HTTP_METHODS } from "../types.js"
import type { MiddlewareRoute, MiddlewaresConfig } from "./define-middlewares.js"
import { entryVerbs } from "./matcher.js"

const VERBS = new Set<string>([...HTTP_METHODS, "USE", "ALL"])

function checkEntry(entry: MiddlewareRoute, index: number, file: string): void {
  const where = `${file}: routes[${index}]`
  if (typeof entry?.matcher !== "string" && !(entry?.matcher instanceof RegExp)) {
    throw new Error(`${where}.matcher must be a path string or a RegExp`)
  }
  for (const verb of entryVerbs(entry)) {
    if (!VERBS.has(verb)) throw new Error(`${where}: unknown method "${verb}"; allowed: ${[...VERBS].join(", ")}`)
  }
  for (const middleware of entry.middlewares ?? []) {
    if (typeof middleware !== "function") throw new Error(`${where}.middlewares must contain only functions`)
  }
}

/**
 * Imports `middlewares.ts` (or `.js`) from `apiDir` when present. Its default export is
 * `defineMiddlewares({...})` or a plain array of route entries.
 *
 * @example
 * const { routes = [] } = await loadMiddlewares("/srv/app/src/api")
 */
export async function loadMiddlewares(apiDir: string): Promise<MiddlewaresConfig> {
  const file = ["middlewares.ts", "middlewares.js", "middlewares.mts", "middlewares.mjs"]
    .map((name) => join(apiDir, name))
    .find((candidate) => existsSync(candidate))
  if (!file) return {}
  const exported = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default
  const config: MiddlewaresConfig = Array.isArray(exported)
    ? { routes: exported as MiddlewareRoute[] }
    : ((exported ?? {}) as MiddlewaresConfig)
  if (config.routes !== undefined && !Array.isArray(config.routes)) throw new Error(`${file}: routes must be an array`)
  config.routes?.forEach((entry, index) => checkEntry(entry, index, file))
  if (config.errorHandler !== undefined && typeof config.errorHandler !== "function") {
    throw new Error(`${file}: errorHandler must be a function`)
  }
  return config
}
