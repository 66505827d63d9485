// npm run bench:medusa: Stratum against MedusaJS 2.21.2's own module loaders, services and query.graph,
// on the same seeded catalog, in one process, interleaved A/B.
import { randomBytes } from "node:crypto"
import { loadavg } from "node:os"
import pg from "pg"
import { countStatements } from "@stratum/framework/utils"
import { testServerUrl } from "@stratum/framework/testing"
import { DETAIL_ID, graphCalls, sqlGraphCalls } from "../cases/graph.js"
import { listAndCountCall, sqlListAndCountCall } from "../cases/list-and-count.js"
import { sqlWriteContender, stratumWriteContender, timeWrites, WRITE_LABELS, type WriteKind } from "../cases/writes.js"
import { interleave } from "../lib/interleave.js"
import { machine } from "../lib/report.js"
import { setupStratum } from "../lib/stratum-app.js"
import { medusaReadCalls, medusaWriteContender } from "./cases.js"
import { startMedusa, type MedusaApp } from "./medusa-app.js"
import { ensureMedusaPeer, MEDUSA_VERSION } from "./peer.js"
import { toMarkdown, writeMedusaResults, type MedusaCaseResult } from "./report.js"
import { readStratumCatalog, seedMedusa } from "./seed.js"

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000)
const RUNS = Number(process.env.BENCH_MEDUSA_RUNS ?? 200)
const ROUNDS = Number(process.env.BENCH_MEDUSA_ROUNDS ?? 20)
const WARMUP = 20
const BLOCK = Number(process.env.BENCH_MEDUSA_BLOCK ?? 10)

type GraphResult = { data: Record<string, unknown>[] }
type Variant = { id: string; calculated_price?: { calculated_amount?: unknown }; prices?: { amount: unknown }[] }

ensureMedusaPeer()
const loadAtStart = loadavg()[0]!
const serverUrl = await testServerUrl()
console.log(
  `Stratum vs MedusaJS ${MEDUSA_VERSION}: ${PRODUCTS} products x 3 variants on ${process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL"} (${machine()})`,
)
const stratum = await setupStratum(PRODUCTS)
const medusaDb = `stratum_bench_medusa_${randomBytes(4).toString("hex")}`
const admin = async (sql: string, url = serverUrl) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
const medusaUrl = new URL(serverUrl)
medusaUrl.pathname = `/${medusaDb}`
let medusa: MedusaApp | undefined
try {
  await admin(`create database ${medusaDb}`)
  let started = performance.now()
  medusa = await startMedusa(medusaUrl.toString())
  const bootMs = performance.now() - started
  console.log(
    `Medusa booted with its migrations and ${medusa.linkTables.length} link tables in ${(bootMs / 1000).toFixed(1)} s`,
  )
  const catalog = await readStratumCatalog(stratum.app.manager)
  started = performance.now()
  await seedMedusa(medusa, catalog)
  const seedMs = performance.now() - started
  console.log(`Seeded Medusa through its services and links in ${(seedMs / 1000).toFixed(1)} s`)
  // Settled like Stratum's database (setupStratum): autovacuum would otherwise come by mid-run.
  await admin("vacuum analyze", medusaUrl.toString())

  const usdAmount = new Map(
    catalog.flatMap((p) => p.variants.map((v) => [v.id, v.prices.find((x) => x.currency_code === "usd")?.amount])),
  )
  const ours = graphCalls(stratum.app.query)
  const theirs = medusaReadCalls(medusa)
  const limit = sqlGraphCalls(stratum.raw)
  await checkSameAnswers(ours, theirs, usdAmount)

  const results: MedusaCaseResult[] = []
  const reads: {
    label: string
    stratum: () => Promise<unknown>
    medusa: () => Promise<unknown>
    sql: () => Promise<unknown>
    target?: number
  }[] = [
    {
      label: "(a) graph page + calculated_price, take 20",
      stratum: ours.page20,
      medusa: theirs.page20,
      sql: limit.page20,
      target: 15,
    },
    {
      label: "(b) graph page + calculated_price, take 100",
      stratum: ours.page100,
      medusa: theirs.page100,
      sql: limit.page100,
    },
    {
      label: "(c) product by id + variants + prices",
      stratum: ours.detail,
      medusa: theirs.detail,
      sql: limit.detail,
      target: 10,
    },
    {
      label: "(d) listAndCount products + variants, take 50",
      stratum: listAndCountCall(stratum.product),
      medusa: theirs.listAndCount,
      sql: sqlListAndCountCall(stratum.raw),
      target: 10,
    },
  ]
  for (const item of reads) {
    const contenders = [
      { name: "stratum", run: item.stratum },
      { name: "medusa", run: item.medusa },
      { name: "sql", run: item.sql },
    ]
    const timing = await interleave(contenders, { warmup: WARMUP, runs: RUNS, block: BLOCK })
    const alternating = await interleave(contenders, { warmup: 0, runs: RUNS })
    const [, counter] = await countStatements(item.stratum)
    const [, medusaStatements] = await medusa.countStatements(item.medusa)
    const result: MedusaCaseResult = {
      case: item.label,
      stratum: timing.get("stratum")!,
      medusa: timing.get("medusa")!,
      sql: timing.get("sql")!,
      perCall: {
        stratum: alternating.get("stratum")!,
        medusa: alternating.get("medusa")!,
        sql: alternating.get("sql")!,
      },
      stratumStatements: counter.statements,
      medusaStatements,
      target: item.target,
    }
    results.push(result)
    console.log(toMarkdown([result]).split("\n")[2])
  }

  const writes = await timeWrites(
    [
      stratumWriteContender(stratum.product, stratum.app.manager),
      medusaWriteContender(medusa),
      sqlWriteContender(stratum.raw, stratum.app.manager),
    ],
    ROUNDS,
  )
  const targets: Record<WriteKind, number> = { create: 10, softDelete: 50, restore: 50 }
  for (const kind of Object.keys(WRITE_LABELS) as WriteKind[]) {
    const result: MedusaCaseResult = {
      case: WRITE_LABELS[kind],
      stratum: writes.get("stratum")!.samples[kind],
      medusa: writes.get("medusa")!.samples[kind],
      sql: writes.get("sql")!.samples[kind],
      stratumStatements: writes.get("stratum")!.statements[kind],
      medusaStatements: writes.get("medusa")!.statements[kind],
      target: targets[kind],
    }
    results.push(result)
    console.log(toMarkdown([result]).split("\n")[2])
  }

  const load = `load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`
  const notes = [
    `Medusa ${MEDUSA_VERSION} (@medusajs/framework + @medusajs/medusa, bench/peers/medusa) runs in the same Node process: MedusaAppLoader with the modules ${medusa.loadedModules.join(", ")} (event_bus and cache are Medusa's own defaults: local event bus, in-memory cache; no Redis), its own migrations and link sync (${medusa.linkTables.length} link tables, product_variant_price_set among them), on a fresh database of the same PostgreSQL server. Boot with migrations: ${(bootMs / 1000).toFixed(1)} s; seeding through its services: ${(seedMs / 1000).toFixed(1)} s.`,
    `Same data: ${PRODUCTS} products x 3 variants with the ids, titles, handles, SKUs and usd/eur amounts of bench/lib/seed-catalog.ts, read back from Stratum's database and created through Medusa's createProducts, createPriceSets and link.create (variant inventory_quantity has no Medusa column; amounts are the same numbers). Both databases are vacuumed and analyzed once seeded, before any timing.`,
    `Reads (a)-(d): ${RUNS} runs of each contender after ${WARMUP} warm-up rounds, interleaved in turns of ${BLOCK} consecutive calls (Stratum x${BLOCK}, Medusa x${BLOCK}, SQL x${BLOCK}, then SQL, Medusa, Stratum, ...): the turns alternate, so drift on the machine reaches all three alike, and most calls follow a call of the same contender, as under steady load. Then ${RUNS} more runs each alternating call by call (the column "alternating call by call"): there half of Stratum's and of the SQL's calls come right after a Medusa call, which waits on PostgreSQL for most of its 5-50 ms and leaves the machine idle meanwhile, and a call after such a pause runs slower (see the README), so that column understates the fast contenders; the first one is the steady-state figure. Writes (e): ${ROUNDS} rounds of create -> softDelete -> restore per contender, the order alternating per round, after 3 warm-up rounds.`,
    "SQL limit: the hand-written prepared statements of `npm run bench` (bench/cases) on Stratum's database, timed in the same interleaving. Medusa median / SQL median is the most that any data layer could be faster than Medusa here: a target above it cannot be met by Stratum without beating hand-written SQL.",
    "Statements per call: every statement that reaches PostgreSQL, BEGIN/COMMIT/SAVEPOINT included. Stratum: its pool's statement monitor (countStatements). Medusa: Client.prototype.query of each copy of `pg` in Medusa's tree (knex's and MikroORM's), scoped to the call by AsyncLocalStorage. Reads are counted on a warm call after the timing; writes in the last timed round.",
    "Stratum vs Medusa = Medusa median / Stratum median (how many times faster Stratum is).",
    `Machine: ${machine()}, ${load}; other work on the machine slows both sides alike in the interleaving, but widens the p90s.`,
  ]
  console.log(`\n${toMarkdown(results)}\n\n${notes.map((n) => `- ${n}`).join("\n")}`)
  writeMedusaResults(
    new URL("../results/", import.meta.url),
    results,
    {
      products: PRODUCTS,
      runs: RUNS,
      block: BLOCK,
      rounds: ROUNDS,
      medusaVersion: MEDUSA_VERSION,
      medusaModules: medusa.loadedModules,
      medusaBootMs: bootMs,
      medusaSeedMs: seedMs,
      load,
    },
    notes,
  )
} finally {
  await medusa?.close()
  await admin(`drop database if exists ${medusaDb} with (force)`)
  await stratum.close()
}

/**
 * Both systems must answer the same question before they are timed: full pages of products with
 * 3 variants each whose usd calculated_price is the seeded amount, and the same detail product with
 * its variants' usd and eur prices.
 */
async function checkSameAnswers(
  ours: ReturnType<typeof graphCalls>,
  theirs: ReturnType<typeof medusaReadCalls>,
  usdAmount: Map<string, number | undefined>,
): Promise<void> {
  for (const [name, page, take] of [
    ["Stratum", ours.page20, 20],
    ["Medusa", theirs.page20, 20],
    ["Stratum", ours.page100, 100],
    ["Medusa", theirs.page100, 100],
  ] as const) {
    const { data } = (await page()) as GraphResult
    const variants = data.flatMap((p) => p.variants as Variant[])
    if (data.length !== take || variants.length !== take * 3) {
      throw new Error(`${name} page of ${take}: ${data.length} products, ${variants.length} variants`)
    }
    const wrong = variants.filter((v) => Number(v.calculated_price?.calculated_amount) !== usdAmount.get(v.id))
    if (wrong.length) throw new Error(`${name} page of ${take}: ${wrong.length} variants with another usd price`)
  }
  const prices = async (name: string, detail: () => Promise<unknown>) => {
    const { data } = (await detail()) as GraphResult
    if (data.length !== 1 || data[0]!.id !== DETAIL_ID) throw new Error(`${name} detail: ${data.length} products`)
    return (data[0]!.variants as Variant[])
      .flatMap((v) => (v.prices ?? []).map((p) => `${v.id}:${Number(p.amount)}`))
      .sort()
      .join(",")
  }
  const [a, b] = [await prices("Stratum", ours.detail), await prices("Medusa", theirs.detail)]
  if (a !== b || a.split(",").length !== 6) throw new Error(`detail prices differ: Stratum ${a} / Medusa ${b}`)
}
