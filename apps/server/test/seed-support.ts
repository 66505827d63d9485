import { fileURLToPath } from "node:url"
import type { Manager } from "@stratum/framework"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import config from "../stratum.config.js"
import type { ProgressOutput } from "../src/seed/progress.js"

/** The server's folder: its configuration resolves module specifiers from here. */
export const serverDir = fileURLToPath(new URL("..", import.meta.url))

/** The instant seeded dates are relative to in tests. */
export const NOW = new Date("2025-06-01T00:00:00Z")

/** A test app with the server's modules (by package specifier, so their migrations run) on a fresh database. */
export function createServerTestApp(): Promise<TestApp> {
  return createTestApp(config, { baseDir: serverDir })
}

/** Collects progress output instead of printing it. */
export function captureOutput(): ProgressOutput & { text(): string } {
  const lines: string[] = []
  return { write: (line: string) => lines.push(line), text: () => lines.join("") }
}

/** Row counts of the tables the seed writes. */
export async function tableCounts(manager: Manager): Promise<Record<string, number>> {
  const tables = [
    "regions",
    "region_countries",
    "product_categories",
    "products",
    "product_category_product",
    "product_variants",
    "price_sets",
    "prices",
    "price_lists",
    "product_variant_price_set",
    "inventory_items",
    "inventory_movements",
    "customers",
    "customer_addresses",
    "orders",
    "order_items",
    "order_addresses",
    "blog_authors",
    "blog_categories",
    "blog_posts",
    "blog_post_categories",
    "blog_comments",
    "product_reviews",
  ]
  const [row] = await manager.query<Record<string, number>>(
    `select ${tables.map((table) => `(select count(*)::int from ${table}) as ${table}`).join(", ")}`,
  )
  return row ?? {}
}

/** A digest of what must be identical across runs: products, variants, prices, orders and their items. */
export async function catalogFingerprint(manager: Manager): Promise<Record<string, string>> {
  const [row] = await manager.query<Record<string, string>>(`
    select
      (select md5(string_agg(concat_ws('|', id, title, handle, status), ',' order by id)) from products) as products,
      (select md5(string_agg(concat_ws('|', id, product_id, title, sku, inventory_quantity), ',' order by id))
         from product_variants) as variants,
      (select md5(string_agg(concat_ws('|', l.product_variant_id, p.currency_code, p.amount, p.price_list_id), ','
         order by l.product_variant_id, p.price_list_id nulls first, p.currency_code))
         from product_variant_price_set l join prices p on p.price_set_id = l.price_set_id) as prices,
      (select md5(string_agg(concat_ws('|', id, customer_id, status, currency_code, subtotal, shipping_total, total), ','
         order by id)) from orders) as orders,
      (select md5(string_agg(concat_ws('|', id, order_id, variant_id, quantity, unit_price), ',' order by id))
         from order_items) as items`)
  return row ?? {}
}
