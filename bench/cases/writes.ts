import type pg from "pg"
import { countStatements, type Manager } from "@stratum/framework/utils"
import { summarize, type Summary } from "../lib/stats.js"
import type { CaseResult } from "../lib/report.js"

export interface ProductService {
  createProducts(data: object[]): Promise<{ id: string }[]>
  softDeleteProducts(ids: string[]): Promise<unknown>
  restoreProducts(ids: string[]): Promise<unknown>
}

/** 100 products x 3 variants, unique per round and contender (`who`). */
export function batch(round: number, who: string) {
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

/** One system whose writes case (e) times: create a batch, soft-delete it, restore it, then drop it untimed. */
export interface WriteContender {
  name: string
  create(round: number): Promise<string[]>
  softDelete(ids: string[]): Promise<unknown>
  restore(ids: string[]): Promise<unknown>
  /** Removes the round's rows for good (not timed). */
  cleanup(ids: string[]): Promise<unknown>
  /** Runs `fn` and tells how many statements reached PostgreSQL meanwhile. */
  count<T>(fn: () => Promise<T>): Promise<[T, number]>
}

export type WriteKind = "create" | "softDelete" | "restore"

export interface WriteTiming {
  samples: Record<WriteKind, Summary>
  /** Statements per call, as counted in the last round. */
  statements: Record<WriteKind, number>
}

/**
 * Times every contender's create -> softDelete -> restore of 100 products x 3 variants per round,
 * the contenders' order alternating between rounds (A, B then B, A), after `warmup` untimed rounds.
 */
export async function timeWrites(
  contenders: WriteContender[],
  rounds: number,
  warmup = 3,
): Promise<Map<string, WriteTiming>> {
  const kinds: WriteKind[] = ["create", "softDelete", "restore"]
  const samples = new Map(
    contenders.map((c) => [c.name, { create: [], softDelete: [], restore: [] } as Record<WriteKind, number[]>]),
  )
  const statements = new Map(contenders.map((c) => [c.name, { create: 0, softDelete: 0, restore: 0 }]))
  const timed = async <T>(contender: WriteContender, kind: WriteKind, fn: () => Promise<T>, keep: boolean) => {
    const started = performance.now()
    const [result, count] = await contender.count(fn)
    const elapsed = performance.now() - started
    if (keep) {
      samples.get(contender.name)![kind].push(elapsed)
      statements.get(contender.name)![kind] = count
    }
    return result
  }
  for (let round = 0; round < rounds + warmup; round++) {
    const keep = round >= warmup
    const order = round % 2 === 0 ? contenders : [...contenders].reverse()
    const created = new Map<WriteContender, string[]>()
    for (const contender of order) {
      const ids = await timed(contender, "create", () => contender.create(round), keep)
      await timed(contender, "softDelete", () => contender.softDelete(ids), keep)
      await timed(contender, "restore", () => contender.restore(ids), keep)
      created.set(contender, ids)
    }
    for (const [contender, ids] of created) await contender.cleanup(ids)
  }
  return new Map(
    contenders.map((c) => [
      c.name,
      {
        samples: Object.fromEntries(kinds.map((kind) => [kind, summarize(samples.get(c.name)![kind])])) as Record<
          WriteKind,
          Summary
        >,
        statements: statements.get(c.name)!,
      },
    ]),
  )
}

/** Stratum's product module service as a writes contender; its statements counted by the framework. */
export function stratumWriteContender(product: ProductService, manager: Manager): WriteContender {
  return {
    name: "stratum",
    create: async (round) => (await product.createProducts(batch(round, "s"))).map((p) => p.id),
    softDelete: (ids) => product.softDeleteProducts(ids),
    restore: (ids) => product.restoreProducts(ids),
    cleanup: (ids) => manager.query("delete from products where id = any($1)", [ids]),
    count: async (fn) => {
      const [result, counter] = await countStatements(fn)
      return [result, counter.statements]
    },
  }
}

/** The hand-written limit as a writes contender: unnest inserts and set-based updates on Stratum's tables. */
export function sqlWriteContender(raw: pg.Pool, manager: Manager): WriteContender {
  return {
    name: "sql",
    create: (round) => sql.create(raw, batch(round, "h")),
    softDelete: (ids) => sql.mark(raw, ids, true),
    restore: (ids) => sql.mark(raw, ids, false),
    cleanup: (ids) => manager.query("delete from products where id = any($1)", [ids]),
    // two statements inside BEGIN/COMMIT, by construction
    count: async (fn) => [await fn(), 4],
  }
}

export const WRITE_LABELS: Record<WriteKind, string> = {
  create: "(e) createProducts 100 x 3 variants",
  softDelete: "(e) softDeleteProducts 100",
  restore: "(e) restoreProducts 100",
}

/** (e) createProducts 100x3, softDelete 100, restore 100, each against the hand-written limit, interleaved. */
export async function writeCases(
  product: ProductService,
  manager: Manager,
  raw: pg.Pool,
  rounds: number,
): Promise<CaseResult[]> {
  const timing = await timeWrites([stratumWriteContender(product, manager), sqlWriteContender(raw, manager)], rounds)
  const stratum = timing.get("stratum")!
  const baseline = timing.get("sql")!
  return (Object.keys(WRITE_LABELS) as WriteKind[]).map((kind) => ({
    case: WRITE_LABELS[kind],
    stratum: stratum.samples[kind],
    baseline: baseline.samples[kind],
    statementsPerCall: stratum.statements[kind],
    baselineStatements: baseline.statements[kind],
  }))
}
