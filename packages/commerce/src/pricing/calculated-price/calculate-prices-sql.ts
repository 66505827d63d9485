import { PriceSet } from "../models/index.js"
import { priceSetPriceSql } from "./price-set-price-sql.js"
import { normalizePricingContext } from "./pricing-context.js"
import { bindPricingContext } from "./pricing-params.js"

/**
 * The statement behind `calculatePrices`: one row per live price set of `priceSetIds`, with its calculated
 * price (or null), computed by the same SQL as the graph's `calculated_price`.
 *
 * @example
 * const { sql, params } = calculatePricesStatement(["pset_1"], { currency_code: "usd" })
 * // sql: select cp_set.id, (select json_build_array(...) ...) as calculated_price from price_sets cp_set where cp_set.id = any($1::text[]) ...
 */
export function calculatePricesStatement(
  priceSetIds: readonly string[],
  context: Record<string, unknown> | undefined,
): { sql: string; params: unknown[] } {
  const pricing = normalizePricingContext(context)
  const params: unknown[] = [priceSetIds]
  const placeholders = bindPricingContext(params, pricing)
  const sql = `select cp_set.id, ${priceSetPriceSql("cp_set.id", placeholders)} as calculated_price
    from ${PriceSet.tableName} cp_set
    where cp_set.id = any($1::text[]) and cp_set.deleted_at is null`
  return { sql, params }
}
