// npm run bench:scale: cases (a)-(d) at 2,000 and 100,000 products (and 1,000,000 with BENCH_SCALE_1M=1),
// how each grows with the catalog, and what an estimated count saves against the exact default.
import { graphCases } from "../cases/graph.js"
import { listAndCountCase } from "../cases/list-and-count.js"
import { machine } from "../lib/report.js"
import { seedScaleCatalog } from "./catalog-app.js"
import { countCases } from "./count-cases.js"
import { scaleMarkdown, writeScaleResults, type SizeResult } from "./report.js"

const BASE = Number(process.env.BENCH_SCALE_BASE ?? 2000)
const LARGE = Number(process.env.BENCH_SCALE_PRODUCTS ?? 100_000)
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 100)
const HUGE = process.env.BENCH_SCALE_1M === "1" ? Number(process.env.BENCH_SCALE_1M_PRODUCTS ?? 1_000_000) : 0
const HUGE_RUNS = Number(process.env.BENCH_SCALE_1M_RUNS ?? 30)

console.log(`bench:scale on ${process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL"} (${machine()})`)
const sizes: SizeResult[] = []
for (const [products, runs] of [[BASE, RUNS], [LARGE, RUNS], ...(HUGE ? [[HUGE, HUGE_RUNS]] : [])] as const) {
  console.log(`seeding ${products.toLocaleString("en-US")} products x 3 variants x 2 prices ...`)
  const catalog = await seedScaleCatalog(products)
  try {
    console.log(`  seeded in ${catalog.seedSeconds.toFixed(1)} s; timing (a)-(d) and the counts, ${runs} runs each`)
    const cases = [
      ...(await graphCases(catalog.app.query, catalog.raw, runs)),
      await listAndCountCase(catalog.product, catalog.raw, runs),
    ]
    const counts = await countCases(catalog.app.query, catalog.product, runs)
    sizes.push({ products, seedSeconds: catalog.seedSeconds, indexSeconds: catalog.indexSeconds, runs, cases, counts })
  } finally {
    await catalog.close()
  }
}
console.log(`\n${scaleMarkdown(sizes)}`)
writeScaleResults(new URL("../results/", import.meta.url), sizes)
