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
