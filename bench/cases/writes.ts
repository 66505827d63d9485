import type pg from "pg"
import { countStatements, type Manager } from "@stratum/framework/utils"
import { summarize } from "../lib/stats.js"
import type { CaseResult } from "../lib/report.js"

interface ProductService {
  createProducts(data: object[]): Promise<{ id: string }[]>
  softDeleteProducts(ids: string[]): Promise<unknown>
  restoreProducts(ids: string[]): Promise<unknown>
}

function batch(round: number, who: string) {
  return Array.from({ length: 100 }, (_, p) => ({
    title: `Bench ${who} ${round}-${p}`,
    handle: `bench-${who}-${round}-${p}`,
    variants: [1, 2, 3].map((v) => ({ title: `V${v}`, sku: `B-${who}-${round}-${p}-${v}` })),
  }))
}

async function inTransaction(raw: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await raw.connect()
  try {
    await client.query("begin")
    await work(client)
    await client.query("commit")
  } catch (error) {
    await client.query("rollback")
    throw error
  } finally {
    client.release()
  }
}

/** The hand-written limit: the same rows with unnest arrays and two statements per operation. */
const sql = {
  async create(raw: pg.Pool, data: ReturnType<typeof batch>): Promise<string[]> {
    const ids = data.map((_, i) => `prod_hw_${Date.now()}_${i}`)
    await inTransaction(raw, async (client) => {
      await client.query({
        name: "bench_e_products",
        text: "insert into products (id, title, handle) select * from unnest($1::text[], $2::text[], $3::text[])",
        values: [ids, data.map((p) => p.title), data.map((p) => p.handle)],
      })
      const variants = data.flatMap((p, i) => p.variants.map((v) => ({ ...v, product: ids[i] })))
      await client.query({
        name: "bench_e_variants",
        text: "insert into product_variants (id, title, sku, product_id) select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])",
        values: [
          variants.map((v) => `variant_hw_${v.sku}`),
          variants.map((v) => v.title),
          variants.map((v) => v.sku),
          variants.map((v) => v.product),
        ],
      })
    })
    return ids
  },
  async mark(raw: pg.Pool, ids: string[], deleted: boolean): Promise<void> {
    await inTransaction(raw, async (client) => {
      const set = deleted ? "now()" : "null"
      const guard = deleted ? "is null" : "is not null"
      await client.query({
        name: `bench_e_products_${deleted}`,
        text: `update products set deleted_at = ${set} where id = any($1) and deleted_at ${guard}`,
        values: [ids],
      })
      await client.query({
        name: `bench_e_variants_${deleted}`,
        text: `update product_variants set deleted_at = ${set} where product_id = any($1) and deleted_at ${guard}`,
        values: [ids],
      })
    })
  },
}

/** (e) createProducts 100x3, softDelete 100, restore 100, each against the hand-written limit, interleaved. */
export async function writeCases(
  product: ProductService,
  manager: Manager,
  raw: pg.Pool,
  rounds: number,
): Promise<CaseResult[]> {
  const samples = { create: [[], []], softDelete: [[], []], restore: [[], []] } as Record<string, [number[], number[]]>
  const statements = { create: 0, softDelete: 0, restore: 0 }
  const time = async (fn: () => Promise<unknown>) => {
    const started = performance.now()
    await fn()
    return performance.now() - started
  }
  for (let round = 0; round < rounds + 3; round++) {
    const warm = round < 3
    let ids: string[] = []
    const stratumCreate = await time(async () => {
      const [created, counter] = await countStatements(() => product.createProducts(batch(round, "s")))
      ids = created.map((p) => p.id)
      statements.create = counter.statements
    })
    const stratumDelete = await time(async () => {
      statements.softDelete = (await countStatements(() => product.softDeleteProducts(ids)))[1].statements
    })
    const stratumRestore = await time(async () => {
      statements.restore = (await countStatements(() => product.restoreProducts(ids)))[1].statements
    })
    let sqlIds: string[] = []
    const sqlCreate = await time(async () => {
      sqlIds = await sql.create(raw, batch(round, "h"))
    })
    const sqlDelete = await time(() => sql.mark(raw, sqlIds, true))
    const sqlRestore = await time(() => sql.mark(raw, sqlIds, false))
    await manager.query("delete from products where id = any($1)", [[...ids, ...sqlIds]])
    if (warm) continue
    samples.create![0].push(stratumCreate)
    samples.create![1].push(sqlCreate)
    samples.softDelete![0].push(stratumDelete)
    samples.softDelete![1].push(sqlDelete)
    samples.restore![0].push(stratumRestore)
    samples.restore![1].push(sqlRestore)
  }
  const label = {
    create: "(e) createProducts 100 x 3 variants",
    softDelete: "(e) softDeleteProducts 100",
    restore: "(e) restoreProducts 100",
  }
  return (Object.keys(label) as (keyof typeof label)[]).map((kind) => ({
    case: label[kind],
    stratum: summarize(samples[kind]![0]),
    baseline: summarize(samples[kind]![1]),
    statementsPerCall: statements[kind],
    baselineStatements: 4,
  }))
}
