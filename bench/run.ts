// npm run bench: Stratum against the hand-written SQL limit on the same seeded data, in one run.
import { graphCases } from "./cases/graph.js"
import { listAndCountCase } from "./cases/list-and-count.js"
import { serverCases } from "./cases/rss.js"
import { writeCases } from "./cases/writes.js"
import { machine, toMarkdown, writeResults, type CaseResult } from "./lib/report.js"
import { setupStratum } from "./lib/stratum-app.js"

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000)
const RUNS = Number(process.env.BENCH_RUNS ?? 300)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)

console.log(
  `Seeding ${PRODUCTS} products x 3 variants on ${process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL"} (${machine()})`,
)
const { app, raw, product, close } = await setupStratum(PRODUCTS)
try {
  const results: CaseResult[] = []
  results.push(...(await graphCases(app.query, raw, RUNS)))
  results.push(await listAndCountCase(product, raw, RUNS))
  results.push(...(await writeCases(product, app.manager, raw, ROUNDS)))
  // (f) boot and (g) peak RSS of the reference server, in child processes (bench/cases/boot.ts, rss.ts).
  if (process.env.BENCH_SERVER !== "0") results.push(...(await serverCases(PRODUCTS)))
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  console.log(`\n${toMarkdown(results)}\n\npeak RSS of the bench process: ${peakRssMb.toFixed(0)} MB`)
  writeResults(new URL("./results/", import.meta.url), results, { products: PRODUCTS, peakRssMb })
} finally {
  await close()
}
