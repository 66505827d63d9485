import pg from "pg"
import { PricingModule, ProductModule, productVariantPriceSetLink } from "@stratum/commerce"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import { seedCatalog, seedPrices } from "../lib/seed-catalog.js"
import { bulkLoad, CATALOG_TABLES } from "./bulk-load.js"

/** The product service methods the scale cases call. */
export interface ScaleProductService {
  listAndCountProducts(filters: object, config: object): Promise<[unknown[], number]>
}

export interface ScaleCatalog {
  app: TestApp
  raw: pg.Pool
  product: ScaleProductService
  /** Seconds: the whole seed, and the index rebuild within it. */
  seedSeconds: number
  indexSeconds: number
  close(): Promise<void>
}

/**
 * A fresh database with the product and pricing modules and the price link, seeded with `products`
 * x 3 variants x usd/eur prices by the shared set-based seed (generate_series), run through
 * `bulkLoad` (unlogged tables, indexes rebuilt once, analyzed).
 */
export async function seedScaleCatalog(products: number): Promise<ScaleCatalog> {
  const app = await createTestApp({ modules: [ProductModule, PricingModule], links: [productVariantPriceSetLink] })
  const raw = new pg.Pool({ connectionString: app.databaseUrl, max: 2 })
  const close = async () => {
    await raw.end()
    await app.close()
  }
  try {
    const started = performance.now()
    const indexMs = await bulkLoad(app.manager, CATALOG_TABLES, async () => {
      await seedCatalog(app.manager, products)
      await seedPrices(app.manager)
    })
    const seedSeconds = (performance.now() - started) / 1000
    const product = app.container.resolve<ScaleProductService>("product")
    return { app, raw, product, seedSeconds, indexSeconds: indexMs / 1000, close }
  } catch (error) {
    await close()
    throw error
  }
}
