import { MikroORM, type EntitySchema } from "@mikro-orm/postgresql"
import type { SqlEntityManager } from "@mikro-orm/sql"
import { PostgresDialect, type Kysely } from "kysely"
import Cursor from "pg-cursor"
import type { ResolvedPoolOptions } from "../config/pool-options.js"
import type { StatementLogger } from "../config/config-types.js"
import { parseConnectionUrl, type ConnectionTarget } from "./connection-target.js"
import type { DatabaseConnectionError } from "./connection-error.js"
import { ConnectionPool, type PoolStats } from "./pool.js"
import { runDirectlyOn } from "./sql-executor.js"
import { formatStatement, StatementMonitor } from "./statement-monitor.js"
import { waitForDatabase } from "./wait-for-database.js"

export interface DatabaseOptions {
  url: string
  pool: ResolvedPoolOptions
  /** MikroORM entity schemas of the modules on this database. */
  entities?: EntitySchema[]
  /** Log each statement with parameters and duration. */
  debug?: boolean
  statementLogger?: StatementLogger
  /** Told about each start-up attempt that will be retried while the server is down. */
  onRetry?: (error: DatabaseConnectionError, attempt: number) => void
  applicationName?: string
  /** Keep the server's JIT setting (true) or open sessions with `jit=off` (false, the default). */
  jit?: boolean
}

/**
 * One PostgreSQL database: the pool, the statement monitor and the MikroORM instance over the
 * entities that live there.
 */
export class Database {
  private constructor(
    readonly target: ConnectionTarget,
    readonly pool: ConnectionPool,
    readonly monitor: StatementMonitor,
    readonly orm: MikroORM,
  ) {}

  /**
   * Waits for the server (see `waitForDatabase`), opens the pool with `min` connections and
   * starts MikroORM on it.
   *
   * @example
   * const db = await Database.connect({ url, pool: POOL_DEFAULTS })
   */
  static async connect(options: DatabaseOptions): Promise<Database> {
    const target = parseConnectionUrl(options.url)
    await waitForDatabase(target, { pool: options.pool, onRetry: options.onRetry })
    const monitor = new StatementMonitor()
    if (options.debug) {
      const log = options.statementLogger ?? ((line: string) => console.log(line))
      monitor.subscribe((event) => log(formatStatement(event)))
    }
    const pool = new ConnectionPool(target, options.pool, monitor, options.applicationName, options.jit ?? false)
    await pool.warmUp()
    const orm = await MikroORM.init({
      entities: options.entities ?? [],
      dbName: target.database,
      driverOptions: new PostgresDialect({ pool, cursor: Cursor }),
      discovery: { warnWhenNoEntities: false },
      allowGlobalContext: true,
      ensureDatabase: false,
    })
    const database = new Database(target, pool, monitor, orm)
    runDirectlyOn(database.kysely, pool)
    return database
  }

  /** The root entity manager (fork it for units of work). */
  get em(): SqlEntityManager {
    return this.orm.em as unknown as SqlEntityManager
  }

  /** The Kysely client that runs raw statements outside transactions. */
  get kysely(): Kysely<unknown> {
    return (this.orm.em.getConnection() as unknown as { getClient(): Kysely<unknown> }).getClient()
  }

  poolStats(): PoolStats {
    return this.pool.stats()
  }

  /** Closes MikroORM and the pool, waiting for connections in use. */
  async close(): Promise<void> {
    await this.orm.close(true)
    await this.pool.end()
  }
}
