import { CompiledQuery } from "kysely"
import type { Database } from "../database/database.js"
import { linkTableDdl } from "../query/link-table-ddl.js"
import type { LinkDefinition } from "../query/link-types.js"
import { SILENT_LOGGER, type MigrationLogger } from "./migration-logger.js"

/**
 * Creates the link tables of the configured links, and adds extra columns they gained, in one
 * transaction under the migrations' advisory lock. Additive only: a link table is never dropped
 * or narrowed (a link removed from the configuration leaves its table and rows in place).
 *
 * @example
 * await syncLinkTables({ database: app.database, links: app.links })
 * // link tables: product_variant_price_set up to date
 */
export async function syncLinkTables(options: {
  database: Database
  links: readonly LinkDefinition[]
  logger?: MigrationLogger
}): Promise<void> {
  const statements = options.links.flatMap((link) => linkTableDdl(link))
  if (statements.length === 0) return
  const logger = options.logger ?? SILENT_LOGGER
  await options.database.kysely.transaction().execute(async (trx) => {
    await trx.executeQuery(CompiledQuery.raw("select pg_advisory_xact_lock(hashtext('stratum:migrations'))"))
    for (const statement of statements) await trx.executeQuery(CompiledQuery.raw(statement))
  })
  const tables = options.links.flatMap((link) => (link.table ? [link.table] : []))
  logger.info(`link tables: ${tables.join(", ")} up to date`)
}
