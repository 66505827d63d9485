// npm run bench: Stratum against the hand-written SQL limit on the same seeded data, in one run.
import pg from "pg"
import { PricingModule, ProductModule, productVariantPriceSetLink } from "@stratum/commerce"
import { createTestApp } from "@stratum/framework/testing"
import { graphCases } from "./cases/graph.js"
import { listAndCountCase } from "./cases/list-and-count.js"
import { writeCases } from "./cases/writes.js"
import { machine, toMarkdown, writeResults, type CaseResult } from "./lib/report.js"
import { seedCatalog, seedPrices } from "./lib/seed-catalog.js"

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000)
const RUNS = Number(process.env.BENCH_RUNS ?? 300)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)

console.log(
  `Seeding ${PRODUCTS} products x 3 variants on ${process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL"} (${machine()})`,
)
const app = await createTestApp({ modules: [ProductModule, PricingModule], links: [productVariantPriceSetLink] })
const raw = new pg.Pool({ connectionString: app.databaseUrl, max: 2 })
try {
  await seedCatalog(app.manager, PRODUCTS)
  await seedPrices(app.manager)
  const product = app.container.resolve<Parameters<typeof listAndCountCase>[0] & Parameters<typeof writeCases>[0]>(
    "product",
  )
  const results: CaseResult[] = []
  results.push(...(await graphCases(app.query, raw, RUNS)))
  results.push(await listAndCountCase(product, raw, RUNS))
  results.push(...(await writeCases(product, app.manager, raw, ROUNDS)))
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  console.log(`\n${toMarkdown(results)}\n\npeak RSS of the bench process: ${peakRssMb.toFixed(0)} MB`)
  writeResults(new URL("./results/", import.meta.url), results, { products: PRODUCTS, peakRssMb })
} finally {
  await raw.end()
  await app.close()
}
