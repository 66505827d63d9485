import type { ComputedFieldCompileArgs, ComputedFieldDefinition } from "@stratum/framework/utils"
import { unpackCalculatedPrice } from "./packed-price.js"
import { assertPricingContext, normalizePricingContext } from "./pricing-context.js"
import { bindPricingContext } from "./pricing-params.js"
import { variantPriceSql } from "./variant-price-sql.js"

/**
 * `ProductVariant.calculated_price`, computed in SQL inside the graph's statement: one correlated subquery per
 * variant row that reaches the price set through the `product_variant_price_set` link and applies Medusa's
 * selection rules. The context is bound as four parameters, so the SQL text never depends on it.
 *
 * @example
 * await query.graph({
 *   entity: "product",
 *   fields: ["variants.calculated_price.*"],
 *   context: { variants: { calculated_price: QueryContext({ region_id, currency_code: "eur" }) } },
 * })
 */
export const calculatedPrice = {
  entity: "ProductVariant",
  name: "calculated_price",
  validateContext: assertPricingContext,
  // Needs no model registry: callable with just the row alias, the context and the statement's parameters.
  compile: ({ alias, context, params }: Pick<ComputedFieldCompileArgs, "alias" | "context" | "params">) =>
    variantPriceSql(alias, bindPricingContext(params, normalizePricingContext(context))),
  hydrate: unpackCalculatedPrice,
} satisfies ComputedFieldDefinition
