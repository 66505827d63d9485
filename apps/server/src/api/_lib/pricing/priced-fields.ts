import { QueryContext } from "@stratum/framework/utils"
import type { PricingSelection } from "./pricing-selection.js"

/** Graph fields plus the context their `calculated_price` needs. */
export interface PricedFields {
  fields: string[]
  context?: Record<string, unknown>
}

/**
 * Pairs the `calculated_price` fields under `path` (e.g. `variants`, `items.variant`) with their
 * pricing context. Without a pricing context they are dropped, as Medusa answers without prices
 * when no region or currency is known.
 *
 * @example
 * pricedFields(["id", "variants.calculated_price.*"], "variants", { currency_code: "eur" })
 * // { fields: [...same], context: { variants: { calculated_price: QueryContext({ currency_code: "eur" }) } } }
 */
export function pricedFields(fields: readonly string[], path: string, selection?: PricingSelection): PricedFields {
  const priced = `${path}.calculated_price`
  const isPriced = (field: string) => field === priced || field.startsWith(`${priced}.`)
  if (!fields.some(isPriced)) return { fields: [...fields] }
  if (selection === undefined) return { fields: fields.filter((field) => !isPriced(field)) }
  const context = path.split(".").reduceRight<Record<string, unknown>>((inner, segment) => ({ [segment]: inner }), {
    calculated_price: QueryContext({ ...selection }),
  })
  return { fields: [...fields], context }
}
