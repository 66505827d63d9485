import { ConfigError } from "../config/config-error.js"

/** Where a connection goes, parsed from a PostgreSQL URL. */
export interface ConnectionTarget {
  host: string
  port: number
  database: string
  user: string
  password: string | undefined
  /** `sslmode` from the URL, when given. */
  sslMode: string | undefined
}

const URL_SHAPE = "postgres://user:password@host:5432/database"

/**
 * Parses a PostgreSQL URL; a malformed one is a ConfigError that shows the expected shape
 * and never echoes the password.
 *
 * @example
 * parseConnectionUrl("postgres://postgres@127.0.0.1:5432/shop") // { host: "127.0.0.1", port: 5432, ... }
 */
export function parseConnectionUrl(url: string, key = "databaseUrl"): ConnectionTarget {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigError(`${key} is not a valid URL; expected ${URL_SHAPE}`)
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new ConfigError(
      `${key} must use the postgres:// or postgresql:// scheme, got "${parsed.protocol}//"; expected ${URL_SHAPE}`,
    )
  }
  if (!parsed.hostname) {
    throw new ConfigError(`${key} has no host; expected ${URL_SHAPE}`)
  }
  const port = parsed.port ? Number(parsed.port) : 5432
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new ConfigError(`${key} has an invalid port "${parsed.port}"; allowed: 1-65535`)
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres"
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, "$1"),
    port,
    database,
    user: decodeURIComponent(parsed.username) || "postgres",
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    sslMode: parsed.searchParams.get("sslmode") ?? undefined,
  }
}

/** `user@host:port/database`, for messages: never the password. */
export function describeTarget(target: ConnectionTarget): string {
  return `${target.user}@${target.host}:${target.port}/${target.database}`
}

/** Builds a URL for the same server and credentials but another database. */
export function withDatabase(target: ConnectionTarget, database: string): ConnectionTarget {
  return { ...target, database }
}

/** The URL form of a target (contains the password: never log it). */
export function toConnectionUrl(target: ConnectionTarget): string {
  const auth =
    target.password === undefined
      ? encodeURIComponent(target.user)
      : `${encodeURIComponent(target.user)}:${encodeURIComponent(target.password)}`
  const query = target.sslMode ? `?sslmode=${encodeURIComponent(target.sslMode)}` : ""
  return `postgres://${auth}@${target.host}:${target.port}/${encodeURIComponent(target.database)}${query}`
}
