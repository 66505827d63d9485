import type { Transaction } from "@mikro-orm/core"
import type { MigrationConnection } from "./migration-connection.js"

/** A row of `stratum_migrations`. */
export interface AppliedMigration {
  module: string
  name: string
  checksum: string | null
  appliedAt: Date
}

/**
 * The table recording applied migrations, keyed by (module, name): two modules may ship
 * migrations of the same name without one hiding the other (Medusa #14859). `id` gives the order
 * in which they were applied, which is what rollback reverts.
 */
export const MIGRATIONS_TABLE = "stratum_migrations"

const CREATE_TABLE = `create table if not exists "${MIGRATIONS_TABLE}" (
  "id" bigserial primary key,
  "module" text not null,
  "name" text not null,
  "checksum" text null,
  "applied_at" timestamptz not null default now(),
  constraint "${MIGRATIONS_TABLE}_module_name_unique" unique ("module", "name")
)`

/** Creates the table unless it exists (call it inside the locked transaction: concurrent creates race). */
export async function ensureMigrationsTable(connection: MigrationConnection, tx: Transaction): Promise<void> {
  await connection.driver.execute(CREATE_TABLE, [], "run", tx)
}

/** Applied migrations in the order they were applied (oldest first); none when the table does not exist yet. */
export async function listAppliedMigrations(
  connection: MigrationConnection,
  tx?: Transaction,
): Promise<AppliedMigration[]> {
  const [table] = await connection.driver.execute<{ found: boolean }[]>(
    `select to_regclass('"${MIGRATIONS_TABLE}"') is not null as found`,
    [],
    "all",
    tx,
  )
  if (!table?.found) return []
  const rows = await connection.driver.execute<
    { module: string; name: string; checksum: string | null; applied_at: Date }[]
  >(`select "module", "name", "checksum", "applied_at" from "${MIGRATIONS_TABLE}" order by "id"`, [], "all", tx)
  return rows.map((row) => ({ module: row.module, name: row.name, checksum: row.checksum, appliedAt: row.applied_at }))
}

/** Whether (module, name) is recorded; read inside the locked transaction, it sees other processes' commits. */
export async function isApplied(
  connection: MigrationConnection,
  tx: Transaction,
  module: string,
  name: string,
): Promise<boolean> {
  const rows = await connection.driver.execute<unknown[]>(
    `select 1 from "${MIGRATIONS_TABLE}" where "module" = ? and "name" = ?`,
    [module, name],
    "all",
    tx,
  )
  return rows.length > 0
}

export async function recordApplied(
  connection: MigrationConnection,
  tx: Transaction,
  migration: { module: string; name: string; checksum: string },
): Promise<void> {
  await connection.driver.execute(
    `insert into "${MIGRATIONS_TABLE}" ("module", "name", "checksum") values (?, ?, ?)`,
    [migration.module, migration.name, migration.checksum],
    "run",
    tx,
  )
}

export async function removeApplied(
  connection: MigrationConnection,
  tx: Transaction,
  module: string,
  name: string,
): Promise<void> {
  await connection.driver.execute(
    `delete from "${MIGRATIONS_TABLE}" where "module" = ? and "name" = ?`,
    [module, name],
    "run",
    tx,
  )
}
