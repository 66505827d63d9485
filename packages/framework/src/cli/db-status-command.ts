import { migrationStatus, type ModuleMigrationStatus } from "../migrations/migration-status.js"
import { openDbSession } from "./db-session.js"

function describe(status: ModuleMigrationStatus): string[] {
  const lines = [`${status.module}${status.hasMigrations ? "" : " (no migrations)"}`]
  for (const row of status.applied) {
    lines.push(
      `  applied  ${row.name}  ${row.appliedAt.toISOString()}${row.modified ? "  (file changed since applied)" : ""}`,
    )
  }
  for (const name of status.pending) lines.push(`  pending  ${name}`)
  for (const name of status.missing) lines.push(`  missing  ${name}  (applied, but the file is gone)`)
  if (status.drift.length === 0) {
    lines.push("  drift    none")
  } else {
    lines.push(
      `  drift    ${status.drift.length} statement${status.drift.length === 1 ? "" : "s"} between models and database:`,
    )
    for (const statement of status.drift) lines.push(`           ${statement}`)
  }
  return lines
}

/**
 * `stratum db:status`: per module, applied and pending migrations and the drift between its models
 * and the live schema.
 *
 * @example
 * // $ stratum db:status
 * // blog
 * //   applied  Migration20240301090000123_blog  2024-03-01T09:00:01.000Z
 * //   drift    1 statement between models and database:
 * //            alter table "blog_post" add column "subtitle" text null;
 */
export async function dbStatusCommand(configPath: string | undefined): Promise<number> {
  const session = await openDbSession(configPath)
  try {
    if (session.modules.length === 0) console.log("No modules configured")
    for (const { group, database } of session.databases) {
      if (group.modules.length === 0) continue
      for (const status of await migrationStatus({ database, modules: group.modules }))
        console.log(describe(status).join("\n"))
    }
    return 0
  } finally {
    await session.close()
  }
}
