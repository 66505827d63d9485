import { existsSync } from "node:fs"
import { readdir } from "node:fs/promises"
import { join, relative } from "node:path"
import { pathToFileURL } from "node:url"
import { HTTP_METHODS, type HttpMethod, type MedusaRouteHandler } from "../types.js"
import { compareRoutePaths } from "./route-order.js"
import { routePathFromFile } from "./route-path.js"

/** One route file: the path it serves and a handler per exported verb. */
export interface LoadedRoute {
  path: string
  file: string
  handlers: Partial<Record<HttpMethod, MedusaRouteHandler>>
}

const ROUTE_FILE = /(^|[\\/])route\.(ts|js|mts|mjs)$/

/**
 * Finds every `route.ts`/`route.js` under `apiDir`, imports it and collects its `GET`, `POST`,
 * `PUT`, `PATCH`, `DELETE`, `OPTIONS` and `HEAD` exports; other exports are ignored.
 * Routes come back in registration order (static segments before parameters).
 *
 * @example
 * const routes = await loadRoutes("/srv/app/src/api")
 * // [{ path: "/store/products/:id", file: ".../store/products/[id]/route.ts", handlers: { GET } }]
 */
export async function loadRoutes(
  apiDir: string,
  onIgnoredExport?: (file: string, name: string) => void,
): Promise<LoadedRoute[]> {
  if (!existsSync(apiDir)) return []
  const entries = await readdir(apiDir, { recursive: true })
  const files = entries.filter((entry) => ROUTE_FILE.test(entry) && !entry.endsWith(".d.ts")).sort()
  const byPath = new Map<string, LoadedRoute>()
  for (const entry of files) {
    const path = routePathFromFile(entry)
    if (path === undefined) continue
    const file = join(apiDir, entry)
    const previous = byPath.get(path)
    if (previous) throw new Error(`Two route files serve ${path}: ${previous.file} and ${file}`)
    const exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>
    const handlers: LoadedRoute["handlers"] = {}
    for (const [name, value] of Object.entries(exported)) {
      if ((HTTP_METHODS as readonly string[]).includes(name)) {
        if (typeof value !== "function")
          throw new Error(`${relative(apiDir, file)} exports ${name}, which is not a function`)
        handlers[name as HttpMethod] = value as MedusaRouteHandler
      } else {
        onIgnoredExport?.(file, name)
      }
    }
    byPath.set(path, { path, file, handlers })
  }
  return [...byPath.values()].sort((a, b) => compareRoutePaths(a.path, b.path))
}
