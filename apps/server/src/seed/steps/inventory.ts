import type { Manager } from "@stratum/framework"
import { insertColumns, integer, text } from "../bulk-insert.js"
import { seedId } from "../seed-ids.js"
import type { SeedProduct } from "./products.js"

/**
 * Inserts one inventory item per variant (`inventory_items`, quantity = the variant's stock) and the
 * movement that stocked it (`inventory_movements`, reason "initial stock").
 *
 * @example
 * await insertInventory(manager, products) // 12000: 6000 items + 6000 movements
 */
export async function insertInventory(manager: Manager, products: readonly SeedProduct[]): Promise<number> {
  const rows = products.flatMap((product) => product.variants.map((variant) => ({ product, variant })))
  const ids = rows.map((_, i) => seedId("iitem", i))
  let inserted = await insertColumns(manager, "inventory_items", {
    id: text(ids),
    variant_id: text(rows.map(({ variant }) => variant.id)),
    sku: text(rows.map(({ variant }) => variant.sku)),
    title: text(rows.map(({ product, variant }) => `${product.title} / ${variant.title}`)),
    quantity: integer(rows.map(({ variant }) => variant.stock)),
  })
  inserted += await insertColumns(manager, "inventory_movements", {
    id: text(rows.map((_, i) => seedId("imov", i))),
    item_id: text(ids),
    quantity: integer(rows.map(({ variant }) => variant.stock)),
    reason: text(rows.map(() => "initial stock")),
  })
  return inserted
}
