import { createHash, timingSafeEqual } from "node:crypto"
import type { RequestHandler } from "express"
import { MedusaError } from "../../errors/medusa-error.js"

/**
 * The admin tokens in force: `projectConfig.http.adminTokens` when given, else the
 * comma-separated `STRATUM_ADMIN_TOKEN`. Empty means /admin is closed.
 */
export function resolveAdminTokens(
  configured: readonly string[] | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const tokens = configured ?? (env.STRATUM_ADMIN_TOKEN ?? "").split(",")
  return tokens.map((token) => token.trim()).filter((token) => token !== "")
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest()
}

/** Compares `candidate` with every token in constant time (hashes have equal lengths; no early exit). */
export function matchesToken(candidate: string, tokens: readonly Buffer[]): boolean {
  const hashed = digest(candidate)
  let found = false
  for (const token of tokens) found = timingSafeEqual(hashed, token) || found
  return found
}

function unauthorized(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.UNAUTHORIZED, message)
}

/**
 * Guards /admin: requires `Authorization: Bearer <token>` matching one of `tokens`. With no token
 * configured every request is refused (secure default) with a message saying how to configure one.
 *
 * @example
 * app.use("/admin", adminAuth(resolveAdminTokens(config.projectConfig.http.adminTokens)))
 */
export function adminAuth(tokens: readonly string[]): RequestHandler {
  const hashed = tokens.map(digest)
  return (req, res, next) => {
    res.setHeader("WWW-Authenticate", 'Bearer realm="stratum-admin"')
    if (hashed.length === 0) {
      throw unauthorized(
        "The admin API is disabled because no admin token is configured. Set STRATUM_ADMIN_TOKEN (comma-separated for several) or projectConfig.http.adminTokens, then send Authorization: Bearer <token>.",
      )
    }
    const header = req.headers.authorization
    if (header === undefined)
      throw unauthorized("Missing Authorization header; send Authorization: Bearer <admin token>.")
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
    if (!match) throw unauthorized("Malformed Authorization header; expected Bearer <admin token>.")
    if (!matchesToken(match[1] as string, hashed)) throw unauthorized("Invalid admin token.")
    res.removeHeader("WWW-Authenticate")
    next()
  }
}
