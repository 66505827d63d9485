import { QueryContext } from "@stratum/framework/utils"

/**
 * The graph request both bench routes make (the guide's pricing-context pattern): products with
 * every column, their variants and each variant's calculated price in the request's currency.
 */
export function pricedGraph(currency = "usd") {
  return {
    entity: "product",
    fields: ["*", "variants.*", "variants.calculated_price.*"],
    context: {
      variants: { calculated_price: QueryContext({ currency_code: currency }) },
    },
  } as const
}
