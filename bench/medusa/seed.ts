import type { Manager } from "@stratum/framework/utils"
import type { MedusaApp } from "./medusa-app.js"

interface CatalogRow {
  id: string
  title: string
  handle: string
  description: string
  status: string
  created_at: Date
  variants: { id: string; title: string; sku: string; prices: { currency_code: string; amount: number }[] }[]
}

/** Products per createProducts call while seeding (Medusa's own services, in batches). */
const SEED_BATCH = 250

/**
 * Reads the catalog that `seedCatalog`/`seedPrices` wrote into Stratum's database, so Medusa gets
 * exactly the same products, variants and usd/eur amounts (ids, titles, handles, SKUs included).
 */
export async function readStratumCatalog(manager: Manager): Promise<CatalogRow[]> {
  return manager.query<CatalogRow>(
    `select p.id, p.title, p.handle, p.description, p.status, p.created_at,
       (select json_agg(json_build_object('id', v.id, 'title', v.title, 'sku', v.sku, 'prices',
          (select json_agg(json_build_object('currency_code', pr.currency_code, 'amount', pr.amount) order by pr.currency_code)
           from product_variant_price_set l join prices pr on pr.price_set_id = l.price_set_id
           where l.product_variant_id = v.id)) order by v.id)
        from product_variants v where v.product_id = p.id) as variants
     from products p order by p.id`,
  )
}

/**
 * Seeds Medusa through its own module services and link: a store with usd/eur, a US and a Europe
 * region, a default sales channel, then the catalog with `createProducts`, one price set per
 * variant with `createPriceSets`, and the variant <-> price set links with `link.create` — all in
 * batches of {@link SEED_BATCH} products. Amounts are stored as the same numbers as Stratum's (Stratum
 * keeps cents as integers; Medusa reads the number as it is).
 */
export async function seedMedusa(medusa: MedusaApp, catalog: CatalogRow[]): Promise<void> {
  await medusa.store.createStores([
    {
      name: "Bench store",
      supported_currencies: [
        { currency_code: "usd", is_default: true },
        { currency_code: "eur", is_default: false },
      ],
    },
  ])
  await medusa.region.createRegions([
    { name: "United States", currency_code: "usd" },
    { name: "Europe", currency_code: "eur" },
  ])
  await medusa.salesChannel.createSalesChannels([{ name: "Default Sales Channel" }])
  for (let start = 0; start < catalog.length; start += SEED_BATCH) {
    const batch = catalog.slice(start, start + SEED_BATCH)
    const created = await medusa.product.createProducts(
      batch.map((p) => ({
        id: p.id,
        title: p.title,
        handle: p.handle,
        description: p.description,
        status: p.status,
        created_at: p.created_at,
        variants: p.variants.map((v) => ({ id: v.id, title: v.title, sku: v.sku })),
      })),
    )
    const variants = batch.flatMap((p) => p.variants)
    const priceSets = await medusa.pricing.createPriceSets(
      variants.map((v) => ({
        prices: v.prices.map((price) => ({ currency_code: price.currency_code, amount: price.amount })),
      })),
    )
    if (created.length !== batch.length || priceSets.length !== variants.length) {
      throw new Error("Medusa did not create the whole seed batch")
    }
    await medusa.link.create(
      variants.map((v, i) => ({ product: { variant_id: v.id }, pricing: { price_set_id: priceSets[i]!.id } })),
    )
  }
}
