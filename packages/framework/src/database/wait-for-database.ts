import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import type { ResolvedPoolOptions } from "../config/pool-options.js"
import { DatabaseConnectionError, toConnectionError } from "./connection-error.js"
import { describeTarget, type ConnectionTarget } from "./connection-target.js"

export interface WaitOptions {
  pool: ResolvedPoolOptions
  /** Told about each failed attempt that will be retried. */
  onRetry?: (error: DatabaseConnectionError, attempt: number) => void
}

async function attempt(target: ConnectionTarget, timeoutMillis: number): Promise<void> {
  const client = new pg.Client({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    connectionTimeoutMillis: timeoutMillis,
    ssl:
      target.sslMode && target.sslMode !== "disable" && target.sslMode !== "prefer"
        ? { rejectUnauthorized: false }
        : false,
  })
  client.on("error", () => undefined)
  try {
    await client.connect()
    await client.query("select 1")
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Start-up check: connects once. A wrong setting (password, database, host name, SSL) fails at
 * once; a server that is down or starting is retried every `createRetryIntervalMillis` until
 * `acquireTimeoutMillis` has passed, then fails with the last real cause.
 *
 * @example
 * await waitForDatabase(target, { pool }) // resolves as soon as the server answers
 */
export async function waitForDatabase(target: ConnectionTarget, options: WaitOptions): Promise<void> {
  const { pool } = options
  const deadline = Date.now() + pool.acquireTimeoutMillis
  for (let tries = 1; ; tries++) {
    try {
      await attempt(target, pool.createTimeoutMillis)
      return
    } catch (error) {
      const failure = toConnectionError(error, target)
      if (!failure.transient) throw failure
      if (Date.now() + pool.createRetryIntervalMillis > deadline) {
        throw new DatabaseConnectionError(
          failure.reason,
          `${failure.message} (gave up after ${tries} attempts in ${pool.acquireTimeoutMillis} ms waiting for ${describeTarget(target)})`,
          true,
          failure.cause,
        )
      }
      options.onRetry?.(failure, tries)
      await sleep(pool.createRetryIntervalMillis)
    }
  }
}
