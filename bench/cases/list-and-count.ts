import type pg from "pg"
import { countStatements } from "@stratum/framework/utils"
import { interleave } from "../lib/interleave.js"
import type { CaseResult } from "../lib/report.js"

interface ProductService {
  listAndCountProducts(filters: object, config: object): Promise<[unknown[], number]>
}

const PAGE = `select p.*, coalesce((select json_agg(v order by v.id) from product_variants v
  where v.product_id = p.id and v.deleted_at is null), '[]') as variants
  from products p where p.deleted_at is null order by p.id limit 50`
const COUNT = "select count(*)::int as count from products where deleted_at is null"

/** Case (d) as one call of a product module service (Stratum's or Medusa's: the same arguments). */
export const listAndCountCall = (product: ProductService) => () =>
  product.listAndCountProducts({}, { relations: ["variants"], take: 50 })

/** The hand-written limit of case (d): the page and the count, two prepared statements sent together. */
export const sqlListAndCountCall = (raw: pg.Pool) => async () => {
  const client = await raw.connect()
  try {
    const [page, count] = await Promise.all([
      client.query({ name: "bench_d_page", text: PAGE }),
      client.query({ name: "bench_d_count", text: COUNT }),
    ])
    return [page.rows, count.rows[0]]
  } finally {
    client.release()
  }
}

/** (d) listAndCount products with variants, take 50: the service against two prepared hand-written statements. */
export async function listAndCountCase(product: ProductService, raw: pg.Pool, runs: number): Promise<CaseResult> {
  const stratum = listAndCountCall(product)
  const handWritten = sqlListAndCountCall(raw)
  const [[rows, total], counter] = await countStatements(stratum)
  if (rows.length !== 50 || total < 50) throw new Error(`case (d) returned ${rows.length} rows of ${total}`)
  const timing = await interleave(
    [
      { name: "stratum", run: stratum },
      { name: "sql", run: handWritten },
    ],
    { warmup: 30, runs },
  )
  return {
    case: "(d) listAndCount products + variants, take 50",
    stratum: timing.get("stratum")!,
    baseline: timing.get("sql")!,
    statementsPerCall: counter.statements,
    baselineStatements: 2,
  }
}
