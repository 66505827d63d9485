import type { Manager } from "@stratum/framework"
import { createProgress, type ProgressOutput } from "./progress.js"
import { buildSeedPlan } from "./seed-plan.js"
import { insertBlog } from "./steps/blog.js"
import { insertCategories } from "./steps/categories.js"
import { insertCustomers } from "./steps/customers.js"
import { insertInventory } from "./steps/inventory.js"
import { insertOrders } from "./steps/orders.js"
import { insertPrices, insertSaleList } from "./steps/prices.js"
import { insertProducts, insertVariants } from "./steps/products.js"
import { countMigratedReviews } from "./steps/reviews.js"
import { insertRegions } from "./steps/regions.js"

export { buildSeedPlan, type SeedPlan } from "./seed-plan.js"
export { SEED_COUNTS } from "./seed-counts.js"

export interface SeedOptions {
  /** Dates are relative to this instant. Default: the start of the current UTC day. */
  now?: Date
  /** Progress lines go here. Default: stderr. */
  output?: ProgressOutput
}

export interface SeedResult {
  /** New rows per step; all zero when the demo data was already there. */
  inserted: Record<string, number>
  total: number
  ms: number
}

/** The start of the current UTC day: seeding twice on one day gives the same dates. */
function today(): Date {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

/**
 * Writes the demo data (see `README.md` for the counts) in one transaction, with one progress line per
 * step on stderr. Deterministic (fixed pseudo-random streams, fixed ids) and idempotent: rows that
 * exist are skipped, so a second run writes nothing and says so. `stratum db:seed` runs it, and so does
 * `npm start` when the database has no products.
 *
 * @example
 * await seed({ manager: app.container.resolve("manager") })
 * // [ 1/11] ██░░░░░░░░░░░░░░░░░░ regions: 8 new rows (5 ms)
 * // ...
 * // Seeded 97,737 rows in 1.7 s
 */
export default async function seed({ manager }: { manager: Manager }, options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now()
  const output = options.output ?? process.stderr
  const plan = buildSeedPlan(options.now ?? today())
  const progress = createProgress(11, output)
  const inserted: Record<string, number> = {}
  await manager.transaction(async (tx) => {
    // two servers starting on an empty database at once: the second waits, then finds everything there
    await tx.query(`select pg_advisory_xact_lock(hashtext('stratum:seed'))`)
    const step = async (label: string, run: () => Promise<number>) => {
      inserted[label] = await progress.step(label, run)
    }
    await step("regions", () => insertRegions(tx, plan.regions))
    await step("categories", () => insertCategories(tx, plan.categories))
    await step("products", () => insertProducts(tx, plan.products))
    await step("variants", () => insertVariants(tx, plan.products))
    await step("prices", () => insertPrices(tx, plan.products, plan.pricing))
    await step("sale price list", () => insertSaleList(tx, plan.pricing))
    await step("inventory", () => insertInventory(tx, plan.products))
    await step("customers", () => insertCustomers(tx, plan.customers))
    await step("orders", () => insertOrders(tx, plan.orders))
    await step("blog", () => insertBlog(tx, plan.blog))
    const reviews = await countMigratedReviews(tx)
    progress.note(
      "reviews",
      reviews === undefined ? "no review module" : `${reviews} migrated from legacy feedback by the review module`,
    )
  })
  const total = Object.values(inserted).reduce((sum, count) => sum + count, 0)
  const ms = Math.round(performance.now() - started)
  output.write(
    total === 0
      ? "Demo data already present: nothing changed.\n"
      : `Seeded ${total.toLocaleString("en-US")} rows in ${(ms / 1000).toFixed(1)} s\n`,
  )
  return { inserted, total, ms }
}
