import type { NormalizedPricingContext } from "./pricing-context.js"

/** Typed placeholders of the four values the pricing SQL binds. */
export interface PricingPlaceholders {
  currencyCode: string
  quantity: string
  regionId: string
  rules: string
}

/**
 * Appends the pricing context's values to `params` and returns their placeholders (typed casts, so the
 * statement is the same for every context and can be prepared once).
 *
 * @example
 * const params: unknown[] = ["x"]
 * bindPricingContext(params, normalizePricingContext({ currency_code: "usd" }))
 * // { currencyCode: "$2::text", quantity: "$3::numeric", regionId: "$4::text", rules: "$5::jsonb" }
 */
export function bindPricingContext(params: unknown[], context: NormalizedPricingContext): PricingPlaceholders {
  const bind = (value: unknown, type: string): string => `$${params.push(value)}::${type}`
  return {
    currencyCode: bind(context.currencyCode, "text"),
    quantity: bind(context.quantity, "numeric"),
    // No region binds "" (which no rule or preference holds) rather than null: a null would let PostgreSQL fold
    // the region lookups away in per-call plans, making them cheaper on paper than the reusable generic plan.
    regionId: bind(context.regionId ?? "", "text"),
    rules: bind(JSON.stringify(context.rules), "jsonb"),
  }
}
