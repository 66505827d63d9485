import type { Manager } from "@stratum/framework/utils"

/**
 * Seeds `products` x 3 variants with set-based SQL (generate_series): deterministic ids, titles,
 * handles and SKUs, newest product last.
 */
export async function seedCatalog(manager: Manager, products: number): Promise<void> {
  await manager.query(
    `insert into products (id, title, handle, description, status, created_at, updated_at)
     select 'prod_' || lpad(g::text, 8, '0'), 'Product ' || g, 'product-' || g, 'Description of product ' || g, 'published',
            now() - make_interval(mins => $1 - g), now()
     from generate_series(1, $1) g`,
    [products],
  )
  await manager.query(
    `insert into product_variants (id, title, sku, product_id, inventory_quantity, created_at, updated_at)
     select 'variant_' || lpad(g::text, 8, '0') || '_' || v, 'Size ' || v, 'SKU-' || g || '-' || v, 'prod_' || lpad(g::text, 8, '0'),
            (g * 7 + v) % 50, now(), now()
     from generate_series(1, $1) g, generate_series(1, 3) v`,
    [products],
  )
  await manager.query("analyze products; analyze product_variants")
}

/**
 * One price set per variant with a usd and an eur price (integers in cents), linked through
 * `product_variant_price_set`, all set-based.
 */
export async function seedPrices(manager: Manager): Promise<void> {
  await manager.query(
    `insert into price_sets (id, created_at, updated_at)
     select 'pset_' || substr(v.id, 9), now(), now() from product_variants v`,
  )
  await manager.query(
    `insert into prices (id, currency_code, amount, price_set_id, created_at, updated_at)
     select 'price_' || substr(v.id, 9) || '_' || c.code, c.code,
            1000 + (abs(hashtext(v.id)) % 9000) * c.factor, 'pset_' || substr(v.id, 9), now(), now()
     from product_variants v, (values ('usd', 1), ('eur', 1)) as c(code, factor)`,
  )
  await manager.query(
    `insert into product_variant_price_set (id, product_variant_id, price_set_id, created_at, updated_at)
     select 'pvps_' || substr(v.id, 9), v.id, 'pset_' || substr(v.id, 9), now(), now() from product_variants v`,
  )
  await manager.query("analyze price_sets; analyze prices; analyze product_variant_price_set")
}
