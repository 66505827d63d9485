import pg from "pg"
import { PricingModule, ProductModule, productVariantPriceSetLink } from "@stratum/commerce"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import { seedCatalog, seedPrices } from "./seed-catalog.js"

/** The product module service methods the cases call. */
export interface BenchProductService {
  listAndCountProducts(filters: object, config: object): Promise<[unknown[], number]>
  createProducts(data: object[]): Promise<{ id: string }[]>
  softDeleteProducts(ids: string[]): Promise<unknown>
  restoreProducts(ids: string[]): Promise<unknown>
}

export interface StratumBench {
  app: TestApp
  /** A plain `pg` pool on the same database, for the hand-written SQL limit. */
  raw: pg.Pool
  product: BenchProductService
  close(): Promise<void>
}

/**
 * The Stratum side of every bench: the product and pricing modules with the variant <-> price set
 * link on a fresh database (embedded PostgreSQL or `DATABASE_URL`), seeded with `products` x 3
 * variants and usd/eur prices, then vacuumed and analyzed.
 */
export async function setupStratum(products: number): Promise<StratumBench> {
  const app = await createTestApp({ modules: [ProductModule, PricingModule], links: [productVariantPriceSetLink] })
  const raw = new pg.Pool({ connectionString: app.databaseUrl, max: 2 })
  const close = async () => {
    await raw.end()
    await app.close()
  }
  try {
    await seedCatalog(app.manager, products)
    await seedPrices(app.manager)
    // A bulk load leaves the visibility map empty until autovacuum comes by (within a minute or so,
    // so in the middle of a run): settle it now, as for every other contender's database.
    await app.manager.query("vacuum analyze")
  } catch (error) {
    await close()
    throw error
  }
  return { app, raw, product: app.container.resolve<BenchProductService>("product"), close }
}
