import { fileURLToPath } from "node:url"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import { routeLinks } from "./route-links.js"

/** The admin token the route tests send. */
export const ADMIN_TOKEN = "route-tests-admin-token"

const serverDir = fileURLToPath(new URL("../../..", import.meta.url))
const apiDir = fileURLToPath(new URL("../../../src/api", import.meta.url))

/** What a request got back. */
export interface Reply<T> {
  status: number
  body: T
  headers: Headers
  /** SQL statements the server ran while answering. */
  statements: number
}

/** The `{ type, message }` body of an error. */
export interface ErrorBody {
  type: string
  message: string
}

export interface RequestOptions {
  body?: unknown
  headers?: Record<string, string>
  /** `false` sends no Authorization header; a string sends that token. Default: the admin token on /admin. */
  token?: string | false
}

/** A test app serving `src/api` over HTTP, with a client that counts the SQL each request runs. */
export interface RouteApp {
  app: TestApp
  request<T = Record<string, unknown>>(method: string, path: string, options?: RequestOptions): Promise<Reply<T>>
  get<T = Record<string, unknown>>(path: string, options?: RequestOptions): Promise<Reply<T>>
  post<T = Record<string, unknown>>(path: string, body?: unknown, options?: RequestOptions): Promise<Reply<T>>
  delete<T = Record<string, unknown>>(path: string, options?: RequestOptions): Promise<Reply<T>>
  close(): Promise<void>
}

/**
 * Starts the server's routes on a fresh database with every commerce module (by package specifier, so
 * their migrations run) and the links the routes use, listening on a free port.
 *
 * @example
 * const api = await startRouteApp()
 * const { status, body } = await api.get("/store/products?currency_code=usd")
 */
export async function startRouteApp(): Promise<RouteApp> {
  process.env.STRATUM_ADMIN_TOKEN = ADMIN_TOKEN
  const modules = ["product", "region", "pricing", "inventory", "customer", "order", "blog", "review", "analytics"]
  const app = await createTestApp(
    { modules: modules.map((name) => ({ resolve: `@stratum/commerce/${name}` })), links: routeLinks },
    { baseDir: serverDir, apiDir },
  )
  const port = await app.listen(0)
  let statements = 0
  app.database.monitor.subscribe(() => statements++)

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers }
    const token = options.token ?? (path.startsWith("/admin") ? ADMIN_TOKEN : false)
    if (token !== false) headers.authorization = `Bearer ${token}`
    if (options.body !== undefined) headers["content-type"] = "application/json"
    const before = statements
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const text = await response.text()
    return {
      status: response.status,
      body: (text === "" ? undefined : JSON.parse(text)) as T,
      headers: response.headers,
      statements: statements - before,
    }
  }

  return {
    app,
    request,
    get: <T>(path: string, options?: RequestOptions) => request<T>("GET", path, options),
    post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>("POST", path, { ...options, body }),
    delete: <T>(path: string, options?: RequestOptions) => request<T>("DELETE", path, options),
    close: () => app.close(),
  }
}
