import type { RequestHandler } from "express"

const ALLOWED_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE,OPTIONS"
const DEFAULT_HEADERS = "Authorization,Content-Type,X-Request-Id"

/** `"*"` or a comma-separated list of origins (`https://shop.example,http://localhost:3000`). */
export function parseCorsOrigins(setting: string | undefined): "*" | string[] {
  if (setting === undefined) return []
  const origins = setting
    .split(",")
    .map((origin) => origin.trim().replace(/\/$/, ""))
    .filter((origin) => origin !== "")
  return origins.includes("*") ? "*" : origins
}

/**
 * CORS for one namespace. Allowed origins get `Access-Control-Allow-Origin` (the origin itself,
 * with credentials, for a list; `*` without credentials for `"*"`); preflight requests
 * (`OPTIONS` with `Access-Control-Request-Method`) are answered here with 204, before any auth.
 * Without a setting no CORS header is sent, so browsers allow only same-origin calls.
 *
 * @example
 * app.use("/store", cors("https://shop.example"))
 */
export function cors(setting: string | undefined): RequestHandler {
  const origins = parseCorsOrigins(setting)
  return (req, res, next) => {
    const origin = req.headers.origin
    const preflight = req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined
    res.vary("Origin")
    const allowed = origin !== undefined && (origins === "*" || origins.includes(origin))
    if (allowed) {
      if (origins === "*") res.setHeader("Access-Control-Allow-Origin", "*")
      else {
        res.setHeader("Access-Control-Allow-Origin", origin)
        res.setHeader("Access-Control-Allow-Credentials", "true")
      }
      res.setHeader("Access-Control-Expose-Headers", "X-Request-Id")
    }
    if (!preflight) {
      next()
      return
    }
    if (allowed) {
      res.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
      const requested = req.headers["access-control-request-headers"]
      res.setHeader("Access-Control-Allow-Headers", typeof requested === "string" ? requested : DEFAULT_HEADERS)
      if (typeof requested === "string") res.vary("Access-Control-Request-Headers")
      res.setHeader("Access-Control-Max-Age", "600")
    }
    res.status(204).end()
  }
}
