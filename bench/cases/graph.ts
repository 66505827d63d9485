import type pg from "pg"
import { countStatements, QueryContext, type Query } from "@stratum/framework/utils"
import { interleave } from "../lib/interleave.js"
import type { CaseResult } from "../lib/report.js"

/** Every variant column, as the graph's `variants.*` returns them. */
const VARIANT_COLUMNS = [
  ...["id", "title", "sku", "barcode", "allow_backorder", "manage_inventory", "inventory_quantity", "variant_rank"],
  ...["metadata", "product_id", "created_at", "updated_at", "deleted_at"],
]
  .map((column) => `'${column}', v.${column}`)
  .join(", ")

/** The hand-written limit of a product page with variants and each variant's usd price object. */
const PAGE_SQL = `select p.*, coalesce((
    select json_agg(json_build_object(
      ${VARIANT_COLUMNS},
      'calculated_price', (
        select json_build_object('id', ps.id, 'currency_code', pr.currency_code, 'calculated_amount', pr.amount,
          'original_amount', pr.amount, 'calculated_price', json_build_object('id', pr.id, 'price_list_id', pr.price_list_id))
        from product_variant_price_set l
        join price_sets ps on ps.id = l.price_set_id and ps.deleted_at is null
        join prices pr on pr.price_set_id = ps.id and pr.deleted_at is null
        where l.product_variant_id = v.id and l.deleted_at is null and pr.currency_code = $1
          and pr.price_list_id is null and pr.rules_count = 0
        order by pr.amount limit 1)
    ) order by v.id)
    from product_variants v where v.product_id = p.id and v.deleted_at is null), '[]') as variants
  from products p where p.deleted_at is null order by p.id limit $2 offset 0`

const DETAIL_SQL = `select p.*, coalesce((
    select json_agg(json_build_object(${VARIANT_COLUMNS},
      'prices', coalesce((select json_agg(pr order by pr.id) from product_variant_price_set l
        join price_sets ps on ps.id = l.price_set_id and ps.deleted_at is null
        join prices pr on pr.price_set_id = ps.id and pr.deleted_at is null
        where l.product_variant_id = v.id and l.deleted_at is null), '[]')) order by v.id)
    from product_variants v where v.product_id = p.id and v.deleted_at is null), '[]') as variants
  from products p where p.id = $1 and p.deleted_at is null`

async function prepared(raw: pg.Pool, name: string, text: string, values: unknown[]): Promise<unknown[]> {
  const client = await raw.connect()
  try {
    return (await client.query({ name, text, values })).rows
  } finally {
    client.release()
  }
}

/** The product the detail case (c) reads (the same id in every compared system). */
export const DETAIL_ID = "prod_00001000"

/** Stratum's calls for cases (a), (b) and (c), through query.graph. */
export function graphCalls(query: Query) {
  const page = (take: number) => () =>
    query.graph({
      entity: "product",
      fields: ["*", "variants.*", "variants.calculated_price.*"],
      pagination: { take, skip: 0 },
      context: { variants: { calculated_price: QueryContext({ currency_code: "usd" }) } },
    })
  return {
    page20: page(20),
    page100: page(100),
    detail: () =>
      query.graph({ entity: "product", fields: ["*", "variants.*", "variants.prices.*"], filters: { id: DETAIL_ID } }),
  }
}

/** The hand-written limit of cases (a), (b) and (c): one prepared statement each. */
export function sqlGraphCalls(raw: pg.Pool) {
  return {
    page20: () => prepared(raw, "bench_a", PAGE_SQL, ["usd", 20]),
    page100: () => prepared(raw, "bench_a", PAGE_SQL, ["usd", 100]),
    detail: () => prepared(raw, "bench_c", DETAIL_SQL, [DETAIL_ID]),
  }
}

/** (a), (b) product pages with calculated prices and (c) one product with prices, through query.graph. */
export async function graphCases(query: Query, raw: pg.Pool, runs: number): Promise<CaseResult[]> {
  const calls = graphCalls(query)
  const sql = sqlGraphCalls(raw)
  const results: CaseResult[] = []
  const cases = [
    {
      label: "(a) graph page + calculated_price, take 20",
      stratum: calls.page20,
      sql: sql.page20,
    },
    {
      label: "(b) graph page + calculated_price, take 100",
      stratum: calls.page100,
      sql: sql.page100,
    },
    {
      label: "(c) product by id + variants + prices",
      stratum: calls.detail,
      sql: sql.detail,
    },
  ]
  for (const item of cases) {
    const [result, counter] = await countStatements(item.stratum)
    const rows = (result as { data: unknown[] }).data
    if (rows.length === 0) throw new Error(`${item.label} returned no rows`)
    const timing = await interleave(
      [
        { name: "stratum", run: item.stratum },
        { name: "sql", run: item.sql },
      ],
      { warmup: 30, runs },
    )
    results.push({
      case: item.label,
      stratum: timing.get("stratum")!,
      baseline: timing.get("sql")!,
      statementsPerCall: counter.statements,
      baselineStatements: 1,
    })
  }
  return results
}
