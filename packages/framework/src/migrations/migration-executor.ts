import type { Transaction } from "@mikro-orm/core"
import type { Migration as MikroOrmMigration } from "@mikro-orm/migrations"
import { DEFAULT_DOWN, type MigrationQuery } from "./migration.js"
import { inLockedTransaction, type MigrationConnection } from "./migration-connection.js"
import { errorMessage, MigrationError } from "./migration-error.js"
import type { MigrationFile } from "./migration-files.js"
import type { MigrationClass } from "./migration-loader.js"
import { ensureMigrationsTable, isApplied, recordApplied, removeApplied } from "./migration-table.js"

export type MigrationDirection = "up" | "down"

/** What happened to one migration: run by this process, or already done by another one. */
export type MigrationOutcome = "applied" | "reverted" | "skipped"

const MAX_STATEMENT = 500

/** A statement on one line, shortened for error messages. */
export function describeStatement(query: MigrationQuery): string {
  const text = typeof query === "string" ? query : "sql" in query ? query.sql : query.toString()
  const line = text.replace(/\s+/g, " ").trim()
  return line.length > MAX_STATEMENT ? `${line.slice(0, MAX_STATEMENT)}...` : line
}

function failure(
  file: MigrationFile,
  direction: MigrationDirection,
  cause: unknown,
  statement?: string,
): MigrationError {
  const where = statement === undefined ? "" : ` -- statement: ${statement}`
  return new MigrationError(
    `Migration ${file.file} (module "${file.module}") failed in ${direction}(): ${errorMessage(cause)}${where}`,
    { module: file.module, file: file.file, phase: direction, statement, cause },
  )
}

async function runStatements(
  connection: MigrationConnection,
  tx: Transaction,
  migration: MikroOrmMigration,
  file: MigrationFile,
  direction: MigrationDirection,
): Promise<void> {
  migration.reset()
  migration.setTransactionContext(tx)
  if (direction === "down" && migration.down === DEFAULT_DOWN) {
    throw failure(file, direction, new Error("it has no down() method, so it cannot be rolled back"))
  }
  try {
    await migration[direction]()
  } catch (error) {
    throw failure(file, direction, error)
  }
  for (const query of migration.getQueries()) {
    if (typeof query === "string" && query.trim() === "") continue
    try {
      await connection.driver.execute(query, [], "run", tx)
    } catch (error) {
      throw failure(file, direction, error, describeStatement(query))
    }
  }
}

/**
 * Applies (`up`) or reverts (`down`) one migration in its own transaction holding the migration
 * lock, and records it in `stratum_migrations` in the same transaction. Whether it is still to
 * do is checked after the lock is taken, so a migration run concurrently by another process is
 * skipped rather than run twice. On failure the transaction (the migration and its record) is
 * rolled back and a `MigrationError` names the file and the failing statement.
 *
 * @example
 * await executeMigration(connection, file, MigrationClass, "up", checksum)
 * // BEGIN; select pg_advisory_xact_lock(...); <statements>; insert into "stratum_migrations" ...; COMMIT
 */
export function executeMigration(
  connection: MigrationConnection,
  file: MigrationFile,
  MigrationClass: MigrationClass,
  direction: MigrationDirection,
  checksum: string,
): Promise<MigrationOutcome> {
  return inLockedTransaction(connection, async (tx) => {
    await ensureMigrationsTable(connection, tx)
    const applied = await isApplied(connection, tx, file.module, file.name)
    if (applied === (direction === "up")) return "skipped"
    let migration: MikroOrmMigration
    try {
      migration = new MigrationClass(connection.driver, connection.config)
    } catch (error) {
      throw failure(file, direction, error)
    }
    if (!migration.isTransactional()) {
      throw failure(
        file,
        direction,
        new Error("non-transactional migrations (isTransactional() = false) are not supported"),
      )
    }
    await runStatements(connection, tx, migration, file, direction)
    if (direction === "up") await recordApplied(connection, tx, { module: file.module, name: file.name, checksum })
    else await removeApplied(connection, tx, file.module, file.name)
    return direction === "up" ? "applied" : "reverted"
  })
}
