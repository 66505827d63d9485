import type { PostgresCursor, PostgresQueryResult } from "kysely"
import pg from "pg"
import { Pool as TarnPool, TimeoutError } from "tarn"
import type { ResolvedPoolOptions } from "../config/pool-options.js"
import { toConnectionError } from "./connection-error.js"
import { describeTarget, type ConnectionTarget } from "./connection-target.js"
import type { StatementMonitor } from "./statement-monitor.js"
import { stratumTypes } from "./type-parsers.js"

export interface PoolStats {
  /** Open connections, in use or idle. */
  total: number
  idle: number
  /** Callers waiting for a connection. */
  waiting: number
}

interface QueryConfigLike {
  text: string
  values?: unknown[]
  name?: string
}

/**
 * Runs `config` on `client` through pg's callback interface, settling a promise of its own. Under
 * concurrent load, queries run through pg's promise interface left about 3.5 MB of finished
 * queries' objects to be promoted to the old generation at every young-generation collection (4-7 ms
 * pauses, then old-generation collections); through the callback interface, none (measured with
 * `--trace-gc-nvp`, ten concurrent callers).
 */
function submit(client: pg.Client, config: QueryConfigLike): Promise<pg.QueryResult> {
  return new Promise((resolve, reject) => {
    client.query(config as pg.QueryConfig, (error: Error | null, result: pg.QueryResult) =>
      error ? reject(error) : resolve(result),
    )
  })
}

/**
 * How many statement texts one pool prepares (each server connection keeps a parsed statement and
 * plan per prepared text). Stratum's reads and graph requests have one text per shape of call, so
 * an application prepares as many texts as the shapes of calls it makes.
 */
export const MAX_PREPARED_STATEMENTS = 200

/** Where statements whose text depends only on the shape of a call are marked to be prepared. */
export interface StatementPreparer {
  prepare(sql: string): void
}

/** One pooled connection, shaped as the Kysely PostgreSQL dialect expects of a pool client. */
export class PooledConnection {
  broken = false

  constructor(
    readonly client: pg.Client,
    private readonly pool: ConnectionPool,
  ) {
    client.on("error", () => {
      this.broken = true
    })
  }

  get processID(): number | undefined {
    return (this.client as unknown as { processID?: number }).processID
  }

  query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>
  query<R>(
    textOrCursor: string | PostgresCursor<R>,
    values?: readonly unknown[],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof textOrCursor !== "string") {
      return this.client.query(textOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>
    }
    const config: QueryConfigLike = { text: textOrCursor, values: [...(values ?? [])] }
    const name = this.pool.preparedName(config.text)
    return this.pool.timed(config.text, config.values ?? [], () =>
      submit(this.client, name ? { ...config, name } : config),
    ) as Promise<PostgresQueryResult<R>>
  }

  release(): void {
    this.pool.release(this)
  }
}

/**
 * The connection pool behind every statement: honours all the guide's pool keys (tarn does the
 * bookkeeping), times each statement for the monitor, reports a saturated pool and an unreachable
 * server by their real causes, and can prepare chosen statements once per connection.
 */
export class ConnectionPool implements StatementPreparer {
  readonly #tarn: TarnPool<PooledConnection>
  readonly #prepared = new Map<string, string>()
  #ending: Promise<void> | undefined

  constructor(
    readonly target: ConnectionTarget,
    readonly options: ResolvedPoolOptions,
    private readonly monitor: StatementMonitor,
    readonly applicationName = "stratum",
    /** Keep the server's JIT setting; false opens each session with `-c jit=off`. */
    readonly jit = false,
  ) {
    this.#tarn = new TarnPool<PooledConnection>({
      create: () => this.#open(),
      destroy: (connection) => this.#close(connection),
      validate: (connection) => !connection.broken,
      min: options.min,
      max: options.max,
      acquireTimeoutMillis: options.acquireTimeoutMillis,
      createTimeoutMillis: options.createTimeoutMillis + 1_000,
      destroyTimeoutMillis: options.destroyTimeoutMillis + 1_000,
      idleTimeoutMillis: options.idleTimeoutMillis,
      reapIntervalMillis: options.reapIntervalMillis,
      createRetryIntervalMillis: options.createRetryIntervalMillis,
      propagateCreateError: false,
    })
  }

  /** Opens one connection, giving up after `createTimeoutMillis` (the socket is cut, not leaked). */
  async #open(): Promise<PooledConnection> {
    const client = new pg.Client({
      host: this.target.host,
      port: this.target.port,
      user: this.target.user,
      password: this.target.password,
      database: this.target.database,
      ssl: sslOption(this.target),
      application_name: this.applicationName,
      ...(this.jit ? {} : { options: "-c jit=off" }),
      types: stratumTypes,
    })
    client.on("error", () => undefined)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        socketOf(client)?.destroy()
        reject(
          toConnectionError(
            {
              code: "ETIMEDOUT",
              message: `opening a connection took longer than createTimeoutMillis (${this.options.createTimeoutMillis} ms)`,
            },
            this.target,
          ),
        )
      }, this.options.createTimeoutMillis)
    })
    try {
      await Promise.race([client.connect(), timeout])
    } catch (error) {
      socketOf(client)?.destroy()
      throw toConnectionError(error, this.target)
    } finally {
      clearTimeout(timer)
    }
    return new PooledConnection(client, this)
  }

  /** Closes one connection, cutting its socket if the server does not answer within `destroyTimeoutMillis`. */
  async #close(connection: PooledConnection): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        socketOf(connection.client)?.destroy()
        resolve()
      }, this.options.destroyTimeoutMillis)
    })
    await Promise.race([connection.client.end().catch(() => undefined), timeout])
    clearTimeout(timer)
  }

  /** Kysely's pool interface: a connection, released by `connection.release()`. */
  async connect(): Promise<PooledConnection> {
    const pending = this.#tarn.acquire()
    try {
      return await pending.promise
    } catch (error) {
      throw this.#acquireError(error, (pending as unknown as { possibleTimeoutCause?: unknown }).possibleTimeoutCause)
    }
  }

  #acquireError(error: unknown, cause: unknown): Error {
    if (!(error instanceof TimeoutError)) return toConnectionError(error, this.target)
    if (cause) return toConnectionError(cause, this.target)
    const stats = this.stats()
    return new Error(
      `No database connection became free within acquireTimeoutMillis (${this.options.acquireTimeoutMillis} ms): ` +
        `all ${stats.total} connections of the pool (max ${this.options.max}) are in use and ${stats.waiting} callers are waiting ` +
        `(${describeTarget(this.target)}). Raise databaseExtra.pool.max or acquireTimeoutMillis, or look for work that holds connections.`,
    )
  }

  release(connection: PooledConnection): void {
    this.#tarn.release(connection)
  }

  /** Opens `min` connections now, so the first requests do not pay for them. */
  async warmUp(): Promise<void> {
    const connections = await Promise.all(Array.from({ length: this.options.min }, () => this.connect()))
    for (const connection of connections) connection.release()
  }

  stats(): PoolStats {
    const used = this.#tarn.numUsed()
    const idle = this.#tarn.numFree()
    return { total: used + idle, idle, waiting: this.#tarn.numPendingAcquires() }
  }

  /**
   * Marks a statement text to be prepared once per connection and reused by name. Up to
   * `MAX_PREPARED_STATEMENTS` texts per pool: past that, new texts run unprepared, so an
   * application with many shapes of requests keeps each server connection's memory bounded.
   */
  prepare(sql: string): void {
    if (this.#prepared.has(sql) || this.#prepared.size >= MAX_PREPARED_STATEMENTS) return
    this.#prepared.set(sql, `stratum_${this.#prepared.size + 1}`)
  }

  preparedName(sql: string): string | undefined {
    return this.#prepared.get(sql)
  }

  async timed(sql: string, params: readonly unknown[], run: () => Promise<pg.QueryResult>): Promise<pg.QueryResult> {
    const started = performance.now()
    try {
      const result = await run()
      this.monitor.record({ sql, params, durationMs: performance.now() - started, rowCount: result.rowCount })
      return result
    } catch (error) {
      // A failed statement's error comes from the socket; its stack now leads back to the caller.
      if (error instanceof Error) Error.captureStackTrace(error)
      this.monitor.record({
        sql,
        params,
        durationMs: performance.now() - started,
        rowCount: null,
        error: error as Error,
      })
      throw error
    }
  }

  /** Pool `end()` for Kysely: waits for connections in use, then closes all. */
  end(): Promise<void> {
    this.#ending ??= this.#tarn.destroy().then(() => undefined)
    return this.#ending
  }
}

function socketOf(client: pg.Client): { destroy(): void } | undefined {
  return (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream
}

function sslOption(target: ConnectionTarget): pg.ClientConfig["ssl"] {
  switch (target.sslMode) {
    case undefined:
    case "disable":
    case "allow":
    case "prefer":
      return false
    case "no-verify":
    case "require":
      return { rejectUnauthorized: false }
    default:
      return { rejectUnauthorized: true }
  }
}
