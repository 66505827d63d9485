import type { Manager } from "@stratum/framework/utils"

/** Tables the catalog seed fills. */
export const CATALOG_TABLES = ["products", "product_variants", "price_sets", "prices", "product_variant_price_set"]

/**
 * The tables to switch to UNLOGGED, referencing tables first: PostgreSQL refuses to make a table
 * unlogged while a permanent table has a foreign key to it, so every table that references one of
 * `tables` (recursively) goes too, before it.
 */
async function unloggedOrder(manager: Manager, tables: string[]): Promise<string[]> {
  const edges = await manager.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
     from pg_constraint c where c.contype = 'f' and c.conrelid <> c.confrelid`,
  )
  const order: string[] = []
  const visit = (table: string, path: Set<string>) => {
    if (order.includes(table) || path.has(table)) return
    path.add(table)
    for (const edge of edges) if (edge.parent === table) visit(edge.child, path)
    order.push(table)
  }
  for (const table of tables) visit(table, new Set())
  return order
}

/**
 * Runs a bulk seed of `tables` the fast way for a throwaway bench database: the tables (and those
 * referencing them) become UNLOGGED (no WAL), their secondary indexes are dropped and rebuilt once
 * after the inserts (one sort per index instead of millions of index insertions; primary keys and
 * unique constraints stay), then everything is analyzed. Reads afterwards behave as on logged
 * tables. Resolves with the milliseconds spent rebuilding indexes.
 *
 * @example
 * await bulkLoad(app.manager, CATALOG_TABLES, async () => { await seedCatalog(app.manager, 1_000_000); await seedPrices(app.manager) })
 */
export async function bulkLoad(manager: Manager, tables: string[], fill: () => Promise<void>): Promise<number> {
  for (const table of await unloggedOrder(manager, tables)) await manager.query(`alter table ${table} set unlogged`)
  const indexes = await manager.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i where i.indrelid = any($1::regclass[])
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [tables],
  )
  for (const index of indexes) await manager.query(`drop index ${index.name}`)
  await fill()
  const started = performance.now()
  await manager.transaction(async (tm) => {
    await tm.query("set local maintenance_work_mem = '256MB'")
    for (const index of indexes) await tm.query(index.definition)
  })
  const rebuilt = performance.now() - started
  await manager.query(`analyze ${tables.join(", ")}`)
  return rebuilt
}
