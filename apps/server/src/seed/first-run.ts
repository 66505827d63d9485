import type { Manager } from "@stratum/framework"
import seed, { type SeedOptions, type SeedResult } from "./index.js"

/**
 * Seeds the demo data when the catalog is empty (no row in `products`, deleted ones included), so the
 * first `npm start` opens a store with data and later starts leave the data alone. Skipped when
 * STRATUM_SEED is "false" or "0", or when there is no `products` table.
 *
 * @example
 * const result = await seedOnFirstRun(app.manager) // undefined when nothing was to do
 */
export async function seedOnFirstRun(manager: Manager, options: SeedOptions = {}): Promise<SeedResult | undefined> {
  if (["false", "0"].includes(process.env.STRATUM_SEED ?? "")) return undefined
  const [row] = await manager.query<{ empty: boolean | null }>(
    `select case when to_regclass('products') is null then null else not exists (select 1 from products) end as empty`,
  )
  if (row?.empty !== true) return undefined
  return seed({ manager }, options)
}
