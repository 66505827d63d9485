import { QueryContext, type Query } from "@stratum/framework/utils"
import { interleave } from "../lib/interleave.js"
import type { Summary } from "../lib/stats.js"

interface ProductService {
  listAndCountProducts(filters: object, config: object): Promise<[unknown[], number]>
}

/** One listing timed with the exact count (the default) and with `count: "estimate"`, interleaved. */
export interface CountComparison {
  case: string
  exact: Summary
  estimate: Summary
  exactCount: number
  estimatedCount: number
  /** Whether the estimate mode actually estimated (a page that is not full is counted exactly). */
  estimated: boolean
}

type Mode = "exact" | "estimate"

/** Products with a variant low on stock: an EXISTS filter on a relation (about a quarter of the catalog). */
const LOW_STOCK = { variants: { inventory_quantity: { $lt: 5 } } }

/**
 * The listings whose count costs a scan, each as a function of the count mode: graph pages with
 * calculated prices (unfiltered and filtered on a relation) and listAndCount (the same two).
 */
function listings(query: Query, product: ProductService) {
  const page = (filters: Record<string, unknown>) => async (count: Mode) => {
    const { data, metadata } = await query.graph({
      entity: "product",
      fields: ["*", "variants.*", "variants.calculated_price.*"],
      filters,
      pagination: { take: 20, skip: 0, count },
      context: { variants: { calculated_price: QueryContext({ currency_code: "usd" }) } },
    })
    return { rows: data.length, count: metadata?.count ?? -1, estimated: metadata?.estimate === true }
  }
  const listAndCount = (filters: object) => async (count: Mode) => {
    const [rows, total] = await product.listAndCountProducts(filters, { relations: ["variants"], take: 50, count })
    return { rows: rows.length, count: total, estimated: count === "estimate" }
  }
  return [
    { label: "graph page + calculated_price, take 20", run: page({}) },
    { label: "graph page + calculated_price, take 20, filter on variants", run: page(LOW_STOCK) },
    { label: "listAndCount + variants, take 50", run: listAndCount({}) },
    { label: "listAndCount + variants, take 50, filter on variants", run: listAndCount(LOW_STOCK) },
  ]
}

/** Times every listing exact vs estimate (interleaved, after a warm-up) and records both totals. */
export async function countCases(query: Query, product: ProductService, runs: number): Promise<CountComparison[]> {
  const results: CountComparison[] = []
  for (const listing of listings(query, product)) {
    const exact = await listing.run("exact")
    const estimate = await listing.run("estimate")
    if (exact.rows === 0) throw new Error(`${listing.label} returned no rows`)
    const timing = await interleave(
      [
        { name: "exact", run: () => listing.run("exact") },
        { name: "estimate", run: () => listing.run("estimate") },
      ],
      { warmup: Math.min(10, runs), runs },
    )
    results.push({
      case: listing.label,
      exact: timing.get("exact")!,
      estimate: timing.get("estimate")!,
      exactCount: exact.count,
      estimatedCount: estimate.count,
      estimated: estimate.estimated,
    })
  }
  return results
}
