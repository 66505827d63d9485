// Child process of the boot and RSS cases: brings the reference server's embedded data folder
// (STRATUM_DATA_DIR) to "warm": every migration applied, link tables synced, and the bench catalog
// (BENCH_PRODUCTS x 3 variants, usd/eur prices) seeded set-based, so that the timed boots that follow
// only start PostgreSQL, find nothing to migrate and listen. Does nothing it does not need to.
import { createApp, defineConfig, runMigrations, syncLinkTables } from "@stratum/framework"
import { seedCatalog, seedPrices } from "../lib/seed-catalog.js"

const products = Number(process.env.BENCH_PRODUCTS ?? 2000)
// The server's own configuration, read after STRATUM_DATA_DIR is set (the parent sets it).
const { default: serverConfig } = await import("../../apps/server/stratum.config.js")
const config = defineConfig(serverConfig)
const app = await createApp(config)
try {
  const logger = app.container.resolve<Parameters<typeof runMigrations>[0]["logger"]>("logger")
  await runMigrations({ database: app.database, modules: app.modules, logger })
  await syncLinkTables({ database: app.database, links: app.links, logger })
  const [row] = await app.manager.query<{ products: number; prices: number }>(
    "select (select count(*)::int from products) as products, (select count(*)::int from prices) as prices",
  )
  if (row?.products !== products || row.prices !== products * 6) {
    await app.manager.query(
      "truncate products, product_variants, price_sets, prices, product_variant_price_set restart identity cascade",
    )
    await seedCatalog(app.manager, products)
    await seedPrices(app.manager)
    await app.manager.query("vacuum analyze")
    console.log(`seeded ${products} products x 3 variants into ${config.projectConfig.embeddedDataDir}`)
  }
} finally {
  await app.close()
}
