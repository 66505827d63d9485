import type { Configuration, Transaction } from "@mikro-orm/core"
import type { AbstractSqlDriver } from "@mikro-orm/sql"
import type { Database } from "../database/database.js"

/** The MikroORM pieces a migration runs on: the SQL driver (its constructor argument) and the config. */
export interface MigrationConnection {
  driver: AbstractSqlDriver
  config: Configuration
}

/**
 * Every process that changes a database's schema through Stratum takes this transaction-scoped
 * advisory lock first (`pg_advisory_xact_lock`): it is released by COMMIT/ROLLBACK, so it is safe
 * behind PgBouncer in transaction mode (no session state survives the transaction).
 */
const LOCK_SQL = "select pg_advisory_xact_lock(hashtext('stratum:migrations'))"

/** The driver and configuration of a database's MikroORM instance. */
export function migrationConnection(database: Database): MigrationConnection {
  return { driver: database.orm.em.getDriver() as unknown as AbstractSqlDriver, config: database.orm.config }
}

/**
 * Runs `cb` in a new transaction that holds the migration lock: committed when `cb` resolves,
 * rolled back when it throws. Two processes never run schema changes at the same time.
 *
 * @example
 * await inLockedTransaction(connection, (tx) => connection.driver.execute("create table t (id int)", [], "run", tx))
 */
export function inLockedTransaction<T>(
  connection: MigrationConnection,
  cb: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return connection.driver.getConnection().transactional(async (tx) => {
    await connection.driver.execute(LOCK_SQL, [], "run", tx)
    return cb(tx)
  })
}
