import { describeTarget, type ConnectionTarget } from "./connection-target.js"

export type ConnectionFailureReason =
  | "authentication"
  | "unknown_role"
  | "unknown_database"
  | "permission"
  | "refused"
  | "host_not_found"
  | "timeout"
  | "ssl"
  | "starting_up"
  | "too_many_connections"
  | "unknown"

/** A connection attempt failed; the message names the real cause and the target, never the password. */
export class DatabaseConnectionError extends Error {
  readonly reason: ConnectionFailureReason
  /** Whether trying again later can help (the server is down or starting), as opposed to a wrong setting. */
  readonly transient: boolean

  constructor(reason: ConnectionFailureReason, message: string, transient: boolean, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = "DatabaseConnectionError"
    this.reason = reason
    this.transient = transient
  }
}

interface DriverError {
  code?: string
  message?: string
}

function classify(error: DriverError, target: ConnectionTarget): [ConnectionFailureReason, string, boolean] {
  const code = error.code ?? ""
  const text = error.message ?? String(error)
  switch (code) {
    case "28P01":
      return ["authentication", `password authentication failed for user "${target.user}"`, false]
    case "28000":
      return text.includes("does not exist")
        ? ["unknown_role", `role "${target.user}" does not exist`, false]
        : ["authentication", `the server rejected user "${target.user}" (${text})`, false]
    case "3D000":
      return ["unknown_database", `database "${target.database}" does not exist`, false]
    case "42501":
      return ["permission", `user "${target.user}" may not connect to database "${target.database}" (${text})`, false]
    case "57P03":
      return ["starting_up", "the server is starting up or shutting down", true]
    case "53300":
      return ["too_many_connections", "the server has no connection slots left (max_connections reached)", true]
    case "ECONNREFUSED":
      return ["refused", "connection refused (is the server running and listening on that port?)", true]
    case "ECONNRESET":
      return ["refused", "the server closed the connection during start-up", true]
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return ["host_not_found", `host "${target.host}" could not be resolved`, false]
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return ["timeout", "the host did not answer", true]
  }
  if (/Connection terminated unexpectedly/i.test(text)) {
    return ["refused", "the server closed the connection before it was ready", true]
  }
  if (/ssl|tls|certificate/i.test(text) || code.startsWith("ERR_SSL") || code.includes("CERT")) {
    return ["ssl", `SSL negotiation failed (${text})`, false]
  }
  if (/timeout/i.test(text)) return ["timeout", text, true]
  return ["unknown", text, false]
}

/**
 * Turns a driver error raised while connecting into a one-line DatabaseConnectionError naming host,
 * port, database and user, and telling whether a retry can help.
 *
 * @example
 * toConnectionError({ code: "3D000" }, target).message
 * // 'Cannot connect to PostgreSQL at postgres@127.0.0.1:5432/shop: database "shop" does not exist'
 */
export function toConnectionError(error: unknown, target: ConnectionTarget): DatabaseConnectionError {
  if (error instanceof DatabaseConnectionError) return error
  const [reason, detail, transient] = classify((error ?? {}) as DriverError, target)
  return new DatabaseConnectionError(
    reason,
    `Cannot connect to PostgreSQL at ${describeTarget(target)}: ${detail}`,
    transient,
    error,
  )
}
